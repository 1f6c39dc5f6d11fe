/**
 * A value as JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c`,
 * `\u003e`, `\u0026` (so no `</script>` or `<!--` can end or bend the element), and U+2028 and
 * U+2029 escaped (they end a line in older JavaScript parsers). `JSON.parse` of the element's text
 * gives the value back exactly.
 *
 * @example
 * embedJson({ name: "</script><script>alert(1)</script>" });
 * // '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
