// JSON.stringify escapes U+0000–U+001F but leaves DEL, the C1 controls (U+009B is a one-character
// escape sequence to some terminals), the line separators and the bidirectional controls raw.
const RAW = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The JSON the CLI prints: `JSON.stringify(value, null, 2)` and a newline, with every control
 * character written as a `\uXXXX` escape, so the text is safe on a terminal and parses back to
 * exactly the same value.
 *
 * @example
 * jsonText({ name: "a\u009b2J" }); // '{\n  "name": "a\\u009b2J"\n}\n'
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}
