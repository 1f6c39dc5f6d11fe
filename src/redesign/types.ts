import type { z } from "zod";
import type { ExpectedValues, WasteReport } from "../analysis/report.js";
import type { Issue } from "../model/types.js";
import type {
  MergeDepartmentsSchema,
  RenameDepartmentSchema,
  RedesignChangeSchema,
  RedesignSchema,
  RemoveStepSchema,
  SetStepSchema,
  SetTransitionSchema,
} from "./redesign-schema.js";

/**
 * A redesign file (DESIGN §7), as `parseRedesign` returns it.
 *
 * @example
 * const redesign: Redesign = parseRedesign({
 *   name: "One-stop desk",
 *   changes: [{ op: "remove-step", touchpoint: "call", step: "Queue on the phone" }],
 * });
 */
export type Redesign = z.infer<typeof RedesignSchema>;
/**
 * One change of a redesign, told apart by its `op`.
 *
 * @example
 * const change: RedesignChange = { op: "set-transition", from: "call", to: "call", probability: 0 };
 */
export type RedesignChange = z.infer<typeof RedesignChangeSchema>;
export type RemoveStepChange = z.infer<typeof RemoveStepSchema>;
export type SetStepChange = z.infer<typeof SetStepSchema>;
export type MergeDepartmentsChange = z.infer<typeof MergeDepartmentsSchema>;
export type RenameDepartmentChange = z.infer<typeof RenameDepartmentSchema>;
export type SetTransitionChange = z.infer<typeof SetTransitionSchema>;

/**
 * A problem with a redesign. `change` is the index of the change it comes from; its `path` then
 * points into the redesign file (`["changes", 2, "step"]`). `change` is `null` for problems of the
 * redesign file as a whole and of the service it is applied to (whose `path` points into the model).
 *
 * @example
 * const result = safeApplyRedesign(service, redesign);
 * if (!result.success) result.issues[0].change; // the index of the change that failed
 */
export interface RedesignIssue extends Issue {
  change: number | null;
}

/**
 * A figure by id (touchpoint, department or waste category) and how it changed: after − before.
 *
 * @example
 * compareReports(before, after).delta.contributors.touchpoints[0];
 * // { id: "call", before: 25, after: 0, delta: -25 }
 */
export interface ContributorDelta {
  id: string;
  before: number;
  after: number;
  delta: number;
}

/**
 * after − before for every number of `expected` (DESIGN §7); maps over the union of keys, missing = 0.
 *
 * @example
 * compareReports(before, after).delta.handoffs; // e.g. -0.79: fewer hand-offs per customer
 */
export type ExpectedDelta = ExpectedValues;

/**
 * The delta of a comparison: `ExpectedDelta`, yearly figures and where the saving comes from.
 *
 * @example
 * compareReports(before, after).delta.yearly?.wasteHours; // negative: hours of waste saved a year
 */
export interface ComparisonDelta extends ExpectedDelta {
  /**
   * Per year, after − before (negative = saved): every customer's hours, the waste hours, the cost
   * and the waste cost. `null` unless both reports have `totals` (the service has a volume).
   */
  yearly: { hours: number; wasteHours: number; cost: number; wasteCost: number } | null;
  /**
   * Where the expected waste minutes per customer dropped most, largest drop first (only drops are
   * listed). Departments the redesign merged away are left out (their waste moved, it was not
   * saved), and so are touchpoints whose figure a cut hotspot list does not tell.
   */
  contributors: {
    touchpoints: ContributorDelta[];
    departments: ContributorDelta[];
    categories: ContributorDelta[];
  };
}

/**
 * The result of `compareReports`.
 *
 * @example
 * const { before, after, delta } = compareReports(analyse(service), analyse(applyRedesign(service, redesign)));
 */
export interface Comparison {
  before: WasteReport;
  after: WasteReport;
  delta: ComparisonDelta;
}
