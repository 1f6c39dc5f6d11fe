// JSON.stringify escapes U+0000–U+001F but leaves DEL, the C1 controls (U+009B is a one-character
// escape sequence to some terminals), the line separators and the bidirectional controls raw.
const RAW = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The JSON the CLI prints: `JSON.stringify(value, null, 2)` and a newline, with every control
 * character written as a `\uXXXX` escape, so the text is safe on a terminal and parses back to
 * exactly the same value. For a value whose JSON may not fit in one string, `jsonChunks`.
 *
 * @example
 * jsonText({ name: "a\u009b2J" }); // '{\n  "name": "a\\u009b2J"\n}\n'
 */
export function jsonText(value: unknown): string {
  return safeJsonText(JSON.stringify(value, null, 2)) + "\n";
}

/**
 * JSON text (or a piece of it) with the control characters that `JSON.stringify` leaves raw
 * written as `\uXXXX` escapes; each is one character, so pieces may be escaped one by one.
 *
 * @example
 * safeJsonText('"a\u009b"'); // '"a\\u009b"'
 */
export function safeJsonText(json: string): string {
  return json.replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
