import type { Issue } from "./types.js";

/** The error message lists this many issues; `.issues` holds them all. */
const MESSAGE_LIMIT = 20;

/**
 * Thrown by `parseService` when a model is invalid; `.issues` lists every problem found,
 * `.warnings` the warnings.
 *
 * @example
 * try { parseService(json); } catch (e) {
 *   if (e instanceof InvalidServiceError) e.issues.map((i) => i.code); // ["unknown_department"]
 * }
 */
export class InvalidServiceError extends Error {
  override name = "InvalidServiceError";
  readonly issues: Issue[];
  readonly warnings: Issue[];

  constructor(issues: Issue[], warnings: Issue[] = []) {
    const head = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const shown = issues.slice(0, MESSAGE_LIMIT).map((i) => `  ${i.message}`);
    if (issues.length > MESSAGE_LIMIT) shown.push(`  … and ${issues.length - MESSAGE_LIMIT} more (see .issues)`);
    super(`invalid service model (${head}):\n${shown.join("\n")}`);
    this.issues = issues;
    this.warnings = warnings;
  }
}
