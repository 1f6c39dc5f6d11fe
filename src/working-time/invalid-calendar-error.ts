import type { Issue } from "../model/types.js";

/**
 * Thrown (as a rejection) by `parseCalendar` when a calendar is invalid; `.issues` lists every
 * problem, each with its code, path and fix.
 *
 * @example
 * try { await parseCalendar(json); } catch (e) {
 *   if (e instanceof InvalidCalendarError) e.issues.map((i) => i.code); // ["unknown_timezone"]
 * }
 */
export class InvalidCalendarError extends Error {
  override name = "InvalidCalendarError";
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(`invalid calendar (${issues.length === 1 ? "1 problem" : `${issues.length} problems`}):\n${issues.map((i) => `  ${i.message}`).join("\n")}`);
    this.issues = issues;
  }
}
