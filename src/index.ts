/**
 * The analysis entry point: the service model and its validation, the service graph, `analyse`,
 * event logs and redesign. Plain data in and out; no DOM, no d3.
 *
 * @module hukka
 */
export { ServiceSchema, DepartmentSchema, TouchpointSchema, StepSchema, TransitionSchema, MinedSchema } from "./model/schema.js";
export { STANDARD_WASTES, CLASSIFIED_FACTS } from "./model/vocabulary.js";
export type { Service, MinedRecord, Department, Touchpoint, Step, Transition, Lane, StepType, Outcome, Issue } from "./model/types.js";
export { parseService, safeParseService } from "./model/parse-service.js";
export type { SafeParseServiceResult } from "./model/parse-service.js";
export { InvalidServiceError } from "./model/invalid-service-error.js";
export { serviceJsonSchema } from "./model/service-json-schema.js";
export { issueMessage } from "./model/issue-message.js";
export { formatPath } from "./model/format-path.js";
export { WARNING_CODES } from "./model/problem.js";
export { entryWeight } from "./model/entry-weight.js";
export type { Problem, ModelProblem, IssuePath, TransitionRef } from "./model/problem.js";
export { serviceGraph, touchpointKey } from "./graph/service-graph.js";
export type { ServiceGraph, TouchpointAttributes, TransitionAttributes, ServiceGraphAttributes } from "./graph/service-graph.js";
export { transitionProbabilities } from "./graph/transition-probabilities.js";
export { wanderMetrics } from "./analysis/wander-metrics.js";
export type { WanderMetrics } from "./analysis/wander-metrics.js";
export type {
  WasteReport,
  ExpectedValues,
  Journey,
  JourneyMetrics,
  WanderPath,
  UnknownFigure,
  IdealRoute,
  Hotspot,
  HandoffCount,
} from "./analysis/report.js";
export { analyse, ANALYSE_DEFAULTS } from "./analysis/analyse.js";
export type { AnalyseOptions } from "./analysis/analyse.js";
export { journeyMetrics } from "./analysis/journey-metrics.js";
export type { JourneyVisit, JourneyMetricsOptions } from "./analysis/journey-metrics.js";
export { markovChain } from "./analysis/markov-chain.js";
export type { MarkovChain } from "./analysis/markov-chain.js";
export { expectedVisits } from "./analysis/expected-visits.js";
export { expectedValues } from "./analysis/expected-values.js";
export { expectedPingPongs } from "./analysis/expected-ping-pongs.js";
export { idealRoutes } from "./analysis/ideal-routes.js";
export { formatDuration } from "./analysis/format-duration.js";
export { headline } from "./analysis/headline.js";
export type { HeadlineOptions } from "./analysis/headline.js";
export { journeyIdeals } from "./analysis/journey-ideals.js";
export type { JourneyIdeal } from "./analysis/journey-ideals.js";
export { fastestRoutes } from "./analysis/fastest-routes.js";
export type { FastestRoutes } from "./analysis/fastest-routes.js";
export { likelyJourneys } from "./analysis/likely-journeys.js";
export type { LikelyJourneys, LikelyJourneysOptions, ChainJourney } from "./analysis/likely-journeys.js";
export { modelJourney } from "./analysis/model-journey.js";
export { wanderPaths } from "./analysis/wander-paths.js";
export {
  applyRedesign,
  safeApplyRedesign,
  compareReports,
  parseRedesign,
  safeParseRedesign,
  InvalidRedesignError,
  RedesignSchema,
  REDESIGN_OPS,
  serviceDiff,
  changeDescription,
  savingHeadline,
  replayRedesign,
  replayedCases,
  replayComparison,
  changeHeadline,
  waitsSentence,
  replayWords,
  redesignWaits,
  MERGE_WAITS,
} from "./redesign/index.js";
export type {
  Redesign,
  RedesignChange,
  RedesignIssue,
  Comparison,
  ComparisonDelta,
  ExpectedDelta,
  ContributorDelta,
  SafeApplyRedesignResult,
  ReplayComparison,
  ReplayComparisonBefore,
  WanderDelta,
  ReplayOptions,
  ChangeHeadlineOptions,
  HeadlineFigures,
  RedesignWaits,
  SafeParseRedesignResult,
  CompareReportsOptions,
  ServiceDiff,
  DiffKind,
} from "./redesign/index.js";
export { readEventLog } from "./logs/read-event-log.js";
export type { LogMapping, ReadEventLogOptions } from "./logs/read-event-log.js";
export type { EventLogSource } from "./logs/log-source.js";
export type { LogEncoding } from "./logs/decode-text.js";
export { MISSING_DEPARTMENT } from "./logs/event-log.js";
export type { EventLog } from "./logs/event-log.js";
export { EventLogError } from "./logs/event-log-error.js";
export type { LogFix } from "./logs/log-fix.js";
export { timestampParser } from "./logs/timestamp-parser.js";
export type { TimestampParser } from "./logs/timestamp-parser.js";
export { analyseLog } from "./log-report/analyse-log.js";
export { logHeadline } from "./log-report/log-headline.js";
export type { AnalyseLogOptions } from "./log-report/analyse-log.js";
export type { LogReport, DirectlyFollows, Variant } from "./log-report/log-report.js";
export type { MinutesSummary } from "./log-report/minutes-summary.js";
export { departmentFlows } from "./log-report/department-flows.js";
export type { DepartmentFlows } from "./log-report/department-flows.js";
export { observedJourneys, OBSERVED_JOURNEYS_DEFAULTS } from "./log-report/observed-journeys.js";
export type { ObservedJourneys, ObservedJourney, ObservedEvent, ObservedJourneysOptions } from "./log-report/observed-journeys.js";
export { NO_CUSTOMER } from "./logs/event-log.js";
export { readOcel, ocelFormat } from "./logs/read-ocel.js";
export type { ReadOcelOptions } from "./logs/read-ocel.js";
export type { OcelMapping } from "./logs/ocel-log-builder.js";
export { customerReport } from "./log-report/customer-report.js";
export type { CustomerReport, CustomerReportOptions } from "./log-report/customer-report.js";
export { customerJourneys } from "./log-report/customer-journeys.js";
export type { CustomerJourneys, CustomerJourneysOptions } from "./log-report/customer-journeys.js";
export { caseCustomers } from "./log-report/case-customers.js";
export type { CaseCustomers } from "./log-report/case-customers.js";
export { caseReturns } from "./log-report/case-returns.js";
export { journeyLog } from "./log-report/journey-log.js";
export { parseDuration } from "./log-report/parse-duration.js";
export { observedCustomerJourney } from "./log-report/observed-customer-journey.js";
export type { ObservedCustomerJourney, ObservedCase } from "./log-report/observed-customer-journey.js";
export { customerHeadline } from "./log-report/customer-headline.js";
export { miningUnitLog } from "./mining/mining-unit-log.js";
export type { MiningUnitOptions } from "./mining/mining-unit-log.js";
export { mineService } from "./mining/mine-service.js";
export type { MineServiceOptions } from "./mining/mine-service.js";
export { countMining, MINING_DEFAULTS } from "./mining/count-mining.js";
export type { CountMiningOptions } from "./mining/count-mining.js";
export { compareMiningStates } from "./mining/mining-counts.js";
export type { MiningCounts, MiningState, MiningTransition } from "./mining/mining-counts.js";
export { serviceFromCounts } from "./mining/service-from-counts.js";
export { miningFidelity, miningFidelityFromTotals, FIDELITY_TOLERANCE } from "./mining/mining-fidelity.js";
export type { MiningFidelity, FidelityFigures, FidelityUnit } from "./mining/mining-fidelity.js";
export type { ServiceFromCountsOptions } from "./mining/service-from-counts.js";
export { parseClassification, ClassificationSchema, InvalidClassificationError } from "./mining/classification.js";
export { parseCalendar } from "./working-time/parse-calendar.js";
export { safeParseCalendar } from "./working-time/safe-parse-calendar.js";
export type { SafeParseCalendarResult } from "./working-time/safe-parse-calendar.js";
export { InvalidCalendarError } from "./working-time/invalid-calendar-error.js";
export { WEEKDAYS } from "./working-time/calendar.js";
export type { Calendar, CalendarInput, CalendarWeek, CalendarHolidays, Weekday } from "./working-time/calendar.js";
export type { WorkingHours, DayHours } from "./working-time/working-hours.js";
export type { LogWorkingTime } from "./log-report/log-working-time.js";
export { formatWorkingTime, formatDayLength } from "./analysis/format-working-time.js";
export { formatBothClocks } from "./analysis/format-both-clocks.js";
export { zoneClock } from "./logs/zone-clock.js";
export type { ZoneClock } from "./logs/zone-clock.js";
export type { Classification, ClassifiedActivity } from "./mining/classification.js";
