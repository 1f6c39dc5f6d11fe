import type { z } from "zod";
import type { DepartmentSchema, MinedSchema, ServiceSchema, StepSchema, TouchpointSchema, TransitionSchema } from "./schema.js";
import type { LANES, OUTCOMES, STEP_TYPES } from "./vocabulary.js";

/**
 * A service model, as `parseService` returns it: departments, touchpoints with their steps, and
 * the transitions between touchpoints (see the modelling guide).
 *
 * @interface
 * @example
 * const service: Service = parseService(JSON.parse(text));
 */
export type Service = z.infer<typeof ServiceSchema>;
/**
 * A mined model's record of what its log could tell: the cases it was mined from, whether the log
 * had start times, and what a classification named.
 *
 * @interface
 * @example
 * const mined: MinedRecord = { cases: 1050, startTimes: false, classified: [] };
 */
export type MinedRecord = z.infer<typeof MinedSchema>;
/**
 * A department of a service model.
 *
 * @interface
 * @example
 * const lab: Department = { id: "lab", name: "Laboratory", lane: "support" };
 */
export type Department = z.infer<typeof DepartmentSchema>;
/**
 * A touchpoint of a service model: where the customer meets the service.
 *
 * @interface
 * @example
 * const call: Touchpoint = {
 *   id: "call", department: "health-centre", channel: "phone", entry: 1,
 *   steps: [{ name: "Queue on the phone", type: "waste", waste: "delay", minutes: 25 }],
 * };
 */
export type Touchpoint = z.infer<typeof TouchpointSchema>;
/**
 * One step of a touchpoint.
 *
 * @interface
 * @example
 * const step: Step = { name: "Queue on the phone", type: "waste", waste: "delay", minutes: 25 };
 */
export type Step = z.infer<typeof StepSchema>;
/**
 * A transition of a service model: where customers go next, with the wait in between.
 *
 * @interface
 * @example
 * const transition: Transition = { from: "call", to: "gp-visit", probability: 0.7, wait: 4320 };
 */
export type Transition = z.infer<typeof TransitionSchema>;
/**
 * The blueprint lane of a department: above (frontstage) or below (backstage, support) the line of visibility.
 *
 * @example
 * const lane: Lane = "backstage";
 */
export type Lane = (typeof LANES)[number];
/**
 * `value`, `necessary` or `waste` (see the concepts page).
 *
 * @example
 * const type: StepType = "necessary";
 */
export type StepType = (typeof STEP_TYPES)[number];
/**
 * How a journey ends at a terminal touchpoint.
 *
 * @example
 * const done: Touchpoint = { id: "done", department: "clinic", outcome: "resolved", steps: [] };
 */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A problem found in a model: a stable snake_case `code`, a JSON `path` and an English message.
 *
 * @example
 * const result = safeParseService(json);
 * if (!result.success) result.issues[0];
 * // { code: "unknown_department", path: ["touchpoints", 3, "department"],
 * //   message: 'touchpoints[3].department: unknown department "radiology" (known: health-centre, lab, clinic)' }
 */
export interface Issue {
  code: string;
  path: (string | number)[];
  message: string;
}
