import type { Issue } from "./types.js";

/** Thrown by `parseService` when a model is invalid; `.issues` lists every problem found. */
export class InvalidServiceError extends Error {
  override name = "InvalidServiceError";
  readonly issues: Issue[];
  readonly warnings: Issue[];

  constructor(issues: Issue[], warnings: Issue[] = []) {
    const head = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`invalid service model (${head}):\n${issues.map((i) => `  ${i.message}`).join("\n")}`);
    this.issues = issues;
    this.warnings = warnings;
  }
}
