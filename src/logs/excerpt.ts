/** Echoed values longer than this are cut: an error message stays a line, whatever the input. */
const EXCERPT_CHARS = 60;

/**
 * A value from the input as an error message quotes it: JSON-quoted, and when long cut to its
 * first characters with the full length said, so that a 40 MB line never becomes a 40 MB message.
 *
 * @example
 * excerpt("2024-13-01"); // '"2024-13-01"'
 * excerpt("x".repeat(1e6)); // '"xxxxxxxx…" (1,000,000 characters)'
 */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, EXCERPT_CHARS - 1) + "…")} (${text.length.toLocaleString("en")} characters)`;
}

/**
 * A list of values from the input, each as `excerpt` quotes it, at most `limit` of them and a
 * count of the rest.
 *
 * @example
 * excerptList(["a", "b", "c"], 2); // '"a", "b" and 1 more'
 */
export function excerptList(values: readonly string[], limit = 20): string {
  const shown = values.slice(0, limit).map(excerpt).join(", ");
  return values.length > limit ? `${shown} and ${(values.length - limit).toLocaleString("en")} more` : shown;
}
