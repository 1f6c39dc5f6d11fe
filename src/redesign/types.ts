import type { z } from "zod";
import type { HandoffCount, WasteReport } from "../analysis/report.js";
import type { Issue } from "../model/types.js";
import type {
  MergeDepartmentsSchema,
  RedesignChangeSchema,
  RedesignSchema,
  RemoveStepSchema,
  SetStepSchema,
  SetTransitionSchema,
} from "./redesign-schema.js";

/** A redesign file (DESIGN §7), as `parseRedesign` returns it. */
export type Redesign = z.infer<typeof RedesignSchema>;
export type RedesignChange = z.infer<typeof RedesignChangeSchema>;
export type RemoveStepChange = z.infer<typeof RemoveStepSchema>;
export type SetStepChange = z.infer<typeof SetStepSchema>;
export type MergeDepartmentsChange = z.infer<typeof MergeDepartmentsSchema>;
export type SetTransitionChange = z.infer<typeof SetTransitionSchema>;

/**
 * A problem with a redesign. `change` is the index of the change it comes from; its `path` then
 * points into the redesign file (`["changes", 2, "step"]`). `change` is `null` for problems of the
 * redesign file as a whole and of the service it is applied to (whose `path` points into the model).
 */
export interface RedesignIssue extends Issue {
  change: number | null;
}

/** A figure by id (touchpoint, department or waste category) and how it changed: after − before. */
export interface ContributorDelta {
  id: string;
  before: number;
  after: number;
  delta: number;
}

/** after − before for every number of `expected` (DESIGN §7); maps over the union of keys, missing = 0. */
export interface ExpectedDelta {
  minutes: number;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  flowEfficiency: number;
  handoffs: number;
  pingPongs: number;
  failureDemandShare: number;
  resolved: number;
  abandoned: number;
  cost: number;
  wasteCost: number;
  visits: Record<string, number>;
  wasteByCategory: Record<string, number>;
  wasteByDepartment: Record<string, number>;
  handoffsByPair: HandoffCount[];
}

/** The delta of a comparison: `ExpectedDelta`, yearly figures and where the saving comes from. */
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

/** The result of `compareReports`. */
export interface Comparison {
  before: WasteReport;
  after: WasteReport;
  delta: ComparisonDelta;
}
