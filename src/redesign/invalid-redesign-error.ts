import type { Issue } from "../model/types.js";
import type { RedesignIssue } from "./types.js";

/**
 * Thrown by `parseRedesign` and `applyRedesign`: `.issues` lists every problem found (each
 * naming its change), `.warnings` what was noted on the way.
 *
 * @example
 * try { applyRedesign(service, redesign); }
 * catch (e) { if (e instanceof InvalidRedesignError) e.issues[0].message; }
 * // 'changes[0].touchpoint: unknown touchpoint "cal" (known: call, gp-visit, done)'
 */
export class InvalidRedesignError extends Error {
  override name = "InvalidRedesignError";
  readonly issues: RedesignIssue[];
  readonly warnings: Issue[];

  constructor(issues: RedesignIssue[], warnings: Issue[] = []) {
    const head = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`invalid redesign (${head}):\n${issues.map((i) => `  ${i.message}`).join("\n")}`);
    this.issues = issues;
    this.warnings = warnings;
  }
}
