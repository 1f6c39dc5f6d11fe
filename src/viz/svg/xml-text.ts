/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return;
 * lone surrogates; U+FFFE, U+FFFF): hukka writes U+FFFD in their place so that a static SVG stays
 * well-formed whatever the labels contain.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything xmlText or xmlAttribute would change: most labels and every number have none of it.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as XML character data: `&`, `<`, `>` escaped, carriage returns as a character reference
 * (a parser would turn a literal one into a line feed), characters XML cannot hold as U+FFFD.
 *
 * @example
 * xmlText("a < b & c\u0001"); // "a &lt; b &amp; c\uFFFD"
 */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/**
 * Text as a double-quoted XML attribute value: as `xmlText`, plus `"` and the whitespace that
 * attribute-value normalisation would turn into spaces (tab, line feed) as character references.
 *
 * @example
 * xmlAttribute('say "hi"\n'); // "say &quot;hi&quot;&#10;"
 */
export function xmlAttribute(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return xmlText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
