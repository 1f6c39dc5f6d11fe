import type { z } from "zod";
import type { Outcome, StepType } from "./types.js";

/**
 * A JSON path into a model, e.g. `["touchpoints", 3, "department"]`.
 *
 * @example
 * const path: IssuePath = ["touchpoints", 3, "department"];
 */
export type IssuePath = (string | number)[];

/**
 * A transition named in a problem: its index in `transitions` and where it leads.
 *
 * @example
 * // in a probabilities_do_not_sum_to_one problem:
 * { index: 4, to: "gp-visit", probability: 0.7 }
 */
export interface TransitionRef {
  index: number;
  to: string;
  probability?: number;
}

/**
 * A problem found in a model, as data: a stable snake_case `code`, the `path` it sits at and the
 * facts needed to word it. `issueMessage` turns it into English; nothing else writes wording.
 *
 * @example
 * const problem: ModelProblem = {
 *   code: "unknown_department", path: ["touchpoints", 3, "department"],
 *   value: "radiology", known: ["health-centre", "lab", "clinic"],
 * };
 * issueMessage(problem); // 'touchpoints[3].department: unknown department "radiology" (known: health-centre, lab, clinic)'
 */
export type ModelProblem =
  | { code: "duplicate_id"; path: IssuePath; kind: "department" | "touchpoint"; id: string; first: IssuePath }
  | { code: "unknown_department"; path: IssuePath; value: string; known: string[] }
  | { code: "unknown_touchpoint"; path: IssuePath; value: string; known: string[] }
  | { code: "duplicate_transition"; path: IssuePath; from: string; to: string; first: number }
  | { code: "group_mismatch"; path: IssuePath; group: string; field: "name" | "department"; value: string; expected: string; first: number }
  | { code: "no_entry"; path: IssuePath }
  | { code: "missing_outcome"; path: IssuePath; id: string }
  | { code: "outcome_with_exits"; path: IssuePath; id: string; outcome: Outcome; transitions: TransitionRef[] }
  | { code: "probabilities_do_not_sum_to_one"; path: IssuePath; id: string; sum: number; transitions: TransitionRef[] }
  | { code: "mixed_probabilities"; path: IssuePath; id: string; without: TransitionRef[]; given: number }
  | { code: "mixed_volumes"; path: IssuePath; id: string; without: TransitionRef[]; given: number }
  | { code: "zero_volumes"; path: IssuePath; id: string; count: number }
  | { code: "missing_waste_category"; path: IssuePath; step: string }
  | { code: "unexpected_waste_category"; path: IssuePath; step: string; type: Exclude<StepType, "waste">; waste: string }
  | { code: "unreachable_outcome"; path: IssuePath; loop: string[] }
  | { code: "nearly_closed_loop"; path: IssuePath; loop: string[]; visits: number | null }
  | { code: "unreachable_touchpoint"; path: IssuePath; id: string }
  | { code: "uniform_split"; path: IssuePath; id: string; count: number };

/**
 * Every problem `safeParseService` can report: zod's own issues and hukka's model problems.
 *
 * @example
 * issueMessage(problem); // its English message, naming the place and the fix
 */
export type Problem = z.core.$ZodIssue | ModelProblem;

/**
 * Codes that are warnings: the model is still valid. Every other code is an error.
 *
 * @example
 * WARNING_CODES.has("uniform_split"); // true
 * WARNING_CODES.has("unknown_department"); // false
 */
export const WARNING_CODES: ReadonlySet<string> = new Set(["unreachable_touchpoint", "uniform_split"]);
