import type { Issue } from "../model/types.js";
import { terminalText } from "./terminal-text.js";

/**
 * One validation issue or warning as a line of terminal text, its code last; names from the
 * model inside the message (a "known: …" list included) are shown, never obeyed.
 *
 * @example
 * issueLine({ code: "no_entry", path: [], message: "no touchpoint has an entry weight" });
 * // "no touchpoint has an entry weight [no_entry]"
 */
export function issueLine(issue: Pick<Issue, "code" | "message">): string {
  return `${terminalText(issue.message)} [${issue.code}]`;
}
