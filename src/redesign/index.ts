export { applyRedesign, safeApplyRedesign } from "./apply-redesign.js";
export type { SafeApplyRedesignResult } from "./apply-redesign.js";
export { compareReports } from "./compare-reports.js";
export type { CompareReportsOptions } from "./compare-reports.js";
export { parseRedesign, safeParseRedesign } from "./parse-redesign.js";
export type { SafeParseRedesignResult } from "./parse-redesign.js";
export { InvalidRedesignError } from "./invalid-redesign-error.js";
export { changeLabel } from "./change-label.js";
export { changeDescription } from "./change-description.js";
export { savingHeadline } from "./saving-headline.js";
export { replayRedesign } from "./replay-redesign.js";
export { replayedCases } from "./replayed-cases.js";
export type { ReplayOptions } from "./replayed-cases.js";
export { changeHeadline } from "./change-headline.js";
export type { ChangeHeadlineOptions, HeadlineFigures } from "./change-headline.js";
export { waitsSentence } from "./waits-sentence.js";
export { replayWords } from "./replay-words.js";
export { redesignWaits } from "./redesign-waits.js";
export type { RedesignWaits } from "./redesign-waits.js";
export { withinWaits } from "./within-waits.js";
export type { WithinWaits } from "./within-waits.js";
export { replayComparison } from "./replay-comparison.js";
export type { ReplayComparison, ReplayComparisonBefore, WanderDelta } from "./replay-comparison.js";
export { serviceDiff } from "./service-diff.js";
export type { ServiceDiff, DiffKind } from "./service-diff.js";
export {
  RedesignSchema,
  RedesignChangeSchema,
  RemoveStepSchema,
  SetStepSchema,
  MergeDepartmentsSchema,
  RenameDepartmentSchema,
  SetTransitionSchema,
  REDESIGN_OPS,
  MERGE_WAITS,
} from "./redesign-schema.js";
export type {
  Redesign,
  RedesignChange,
  RemoveStepChange,
  SetStepChange,
  MergeDepartmentsChange,
  RenameDepartmentChange,
  SetTransitionChange,
  RedesignIssue,
  Comparison,
  ComparisonDelta,
  ExpectedDelta,
  ContributorDelta,
} from "./types.js";
