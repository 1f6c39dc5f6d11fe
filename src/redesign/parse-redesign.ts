import type { z } from "zod";
import { formatPath } from "../model/format-path.js";
import { issueMessage } from "../model/issue-message.js";
import { InvalidRedesignError } from "./invalid-redesign-error.js";
import { REDESIGN_OPS, RedesignSchema } from "./redesign-schema.js";
import type { Redesign, RedesignIssue } from "./types.js";

/**
 * What `safeParseRedesign` returns: the redesign, or every issue.
 *
 * @example
 * const result = safeParseRedesign(json);
 * if (!result.success) for (const issue of result.issues) console.error(issue.message);
 */
export type SafeParseRedesignResult =
  | { success: true; data: Redesign }
  | { success: false; issues: RedesignIssue[] };

/**
 * Checks a redesign file against `RedesignSchema` and reports every problem at once (never
 * throws). Whether the touchpoints, steps and departments it names exist is checked by
 * `applyRedesign`, which knows the service.
 *
 * @example
 * safeParseRedesign({ changes: [{ op: "remove-stp" }] }).issues[0].message;
 * // 'changes[0].op: unknown operation "remove-stp" (known: remove-step, set-step, merge-departments, set-transition)'
 */
export function safeParseRedesign(input: unknown): SafeParseRedesignResult {
  const result = RedesignSchema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map((issue) => redesignIssue(issue, input)) };
}

/**
 * Checks a redesign file; throws `InvalidRedesignError` carrying every problem.
 *
 * @example
 * parseRedesign({ name: "One-stop desk", changes: [] }); // { name: "One-stop desk", changes: [] }
 */
export function parseRedesign(input: unknown): Redesign {
  const result = safeParseRedesign(input);
  if (!result.success) throw new InvalidRedesignError(result.issues);
  return result.data;
}

function redesignIssue(issue: z.core.$ZodIssue, input: unknown): RedesignIssue {
  const path = issue.path as (string | number)[];
  const change = path[0] === "changes" && typeof path[1] === "number" ? path[1] : null;
  const where = path.length === 0 ? "redesign" : formatPath(path);
  // zod's own issues in the words of model validation ("must be ≥ 0, got -1"), minus its path prefix
  let message = issue.code === "custom" ? issue.message : issueMessage(issue).slice(formatPath(path).length + 2);
  if (issue.code === "invalid_union" && path[path.length - 1] === "op") {
    const op = valueAt(input, path);
    message =
      op === undefined
        ? `missing "op" (one of ${REDESIGN_OPS.join(", ")})`
        : `unknown operation ${JSON.stringify(op)} (known: ${REDESIGN_OPS.join(", ")})`;
  } else if (issue.code === "unrecognized_keys") {
    const op = valueAt(input, [...path, "op"]);
    const of = typeof op === "string" ? ` of ${op}` : "";
    message = `unknown field${issue.keys.length > 1 ? "s" : ""}${of} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}: remove or rename ${issue.keys.length > 1 ? "them" : "it"}`;
  } else if (issue.code === "invalid_type" && valueAt(input, path) === undefined) {
    message = `missing ${JSON.stringify(path[path.length - 1] ?? "redesign")} (${issue.expected})`;
  }
  return { code: issue.code, path, change, message: `${where}: ${message}` };
}

/** The value at a path of the raw input, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const part of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
