import type { Issue } from "../model/types.js";
import { CliError } from "./cli-error.js";
import { issueLine } from "./issue-line.js";

/**
 * Invalid input (exit status 1): a headline naming the file, then every issue as its own
 * `error:` line.
 *
 * @example
 * throw invalidInput("m.json: invalid service model", result.issues);
 */
export function invalidInput(headline: string, issues: Pick<Issue, "code" | "message">[]): CliError {
  return new CliError([headline, ...issues.map(issueLine)].join("\n"));
}
