// C0 and C1 controls and DEL (escape sequences, bells, carriage returns), the line and paragraph
// separators, and the bidirectional overrides and isolates that reorder what a terminal shows.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Every control but the newline that ends a line and the carriage return that redraws a progress
// line: the safety net for whole lines of output.
const UNSAFE_IN_LINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escaped(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Text from a model or a log (a name, an id, a path, an error echoing a value) as it may reach a
 * terminal: every control character is shown as an escape (`\x1b`, `\n`, `\u202e`) instead of
 * being obeyed, so a name cannot clear the screen, set the window title or fake a line of output.
 *
 * @example
 * terminalText("Lab\x1b[2J"); // "Lab\\x1b[2J"
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/**
 * Whole lines of output with the same rule, line feeds and carriage returns kept: the last guard
 * on everything the CLI prints, behind the formatting that already escaped each name.
 *
 * @example
 * terminalLines("a\x07\nb\n"); // "a\\x07\nb\n"
 */
export function terminalLines(text: string): string {
  return text.replace(UNSAFE_IN_LINES, escaped);
}
