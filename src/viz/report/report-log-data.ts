import type { DepartmentFlows } from "../../log-report/department-flows.js";
import type { ObservedJourneys } from "../../log-report/observed-journeys.js";
import type { MiningFidelity } from "../../mining/mining-fidelity.js";
import type { ReportRedesign } from "./redesign-section.js";

/**
 * What a report made from an event log adds to the model's report: the log's own department
 * flows (the department map then shows what the cases did) and its observed journeys. Plain
 * JSON, so `reportHtml` can embed it.
 *
 * @example
 * renderReport(element, service, analyse(service), { log: { departments: departmentFlows(log), observed: observedJourneys(log) } });
 */
export interface ReportLogData {
  departments: DepartmentFlows;
  observed: ObservedJourneys;
  /** The log's own sentence (`logHeadline`): the report leads with it. */
  headline?: string | undefined;
  /** The mined model beside its log (`miningFidelity`), shown as a table. */
  fidelity?: MiningFidelity | undefined;
  /** A redesign replayed on the log's cases (`redesignSection`), when one was asked for. */
  redesign?: ReportRedesign | undefined;
}
