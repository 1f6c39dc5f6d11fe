import { wanderMetrics } from "../analysis/wander-metrics.js";
import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import { caseReturns } from "./case-returns.js";
import { customerJourneys } from "./customer-journeys.js";
import type { CustomerReportOptions } from "./customer-report.js";
import type { ObservedEvent } from "./observed-journeys.js";

/**
 * One case of an observed customer journey: its name, its first and last event (ms), and
 * whether it is a return (it starts within the return window after another case of the
 * customer ended).
 *
 * @example
 * observedCustomerJourney(log)!.cases[1]; // { case: "K1", start: 1709647200000, end: 1709712000000, return: false }
 */
export interface ObservedCase {
  case: string;
  start: number;
  end: number;
  return: boolean;
}

/**
 * A customer journey as it happened, across the customer's cases: its events on their real
 * timestamps, each naming its case (`caseIndex` into `cases`), and its wandering across the
 * cases measured with `wanderMetrics`.
 *
 * @example
 * const j = observedCustomerJourney(log)!;
 * `${j.customer}: ${j.cases.length} cases, ${j.returns} returns, ${j.handoffs} hand-offs`;
 */
export interface ObservedCustomerJourney {
  customer: string;
  cases: ObservedCase[];
  events: (ObservedEvent & { caseIndex: number })[];
  /** From the journey's first event to its last. */
  minutes: number;
  handoffs: number;
  pingPongs: number;
  revisits: number;
  returns: number;
}

/** Journeys drawn are ones a reader can follow: at most this many cases and events. */
const MAX_CASES = 12;
const MAX_EVENTS = 60;

/**
 * The customer journey to draw in a report: among the journeys of 2 to 12 cases and at most 60
 * events, the one with the most returns, then the most hand-offs across its cases (ties: the
 * first customer). `null` when the log has no customer mapping or no such journey.
 *
 * @example
 * observedCustomerJourney(helpdesk, { journeyGap: 43200 })?.customer; // "Value 12"
 */
export function observedCustomerJourney(log: EventLog, options: CustomerReportOptions = {}): ObservedCustomerJourney | null {
  const journeys = customerJourneys(log, { journeyGap: options.journeyGap ?? null });
  if (journeys === null) return null;
  const isReturn = caseReturns(log, journeys.relation, options.returnWindow ?? 7 * 24 * 60);
  const { caseStart: casesOf, cases, eventStart, events } = journeys;
  const { caseStart } = log;
  const departmentsOf = (j: number) => Array.from(events.subarray(eventStart[j]!, eventStart[j + 1]!), (i) => (log.department[i] === MISSING_DEPARTMENT ? null : log.department[i]!));
  let best = -1;
  let bestReturns = -1;
  let bestHandoffs = -1;
  for (let j = 0; j < journeys.customer.length; j++) {
    const n = casesOf[j + 1]! - casesOf[j]!;
    if (n < 2 || n > MAX_CASES || eventStart[j + 1]! - eventStart[j]! > MAX_EVENTS) continue;
    let returns = 0;
    for (let p = casesOf[j]!; p < casesOf[j + 1]!; p++) returns += isReturn[cases[p]!]!;
    const handoffs = wanderMetrics([], departmentsOf(j)).handoffs;
    if (returns > bestReturns || (returns === bestReturns && handoffs > bestHandoffs)) [best, bestReturns, bestHandoffs] = [j, returns, handoffs];
  }
  if (best < 0) return null;
  const own = Array.from(cases.subarray(casesOf[best]!, casesOf[best + 1]!));
  const position = new Map(own.map((c, k) => [c, k] as const));
  const time = log.time;
  const list = Array.from(events.subarray(eventStart[best]!, eventStart[best + 1]!));
  // an event's case: the one of the journey whose event range holds it
  const caseOf = (i: number) => position.get(own.find((c) => i >= caseStart[c]! && i < caseStart[c + 1]!)!)!;
  const m = wanderMetrics(list.map((i) => log.activity[i]!), departmentsOf(best));
  return {
    customer: log.customers![journeys.customer[best]!]!,
    cases: own.map((c) => ({ case: log.cases[c]!, start: time[caseStart[c]!]!, end: time[caseStart[c + 1]! - 1]!, return: isReturn[c] === 1 })),
    events: list.map((i) => ({
      activity: log.activities[log.activity[i]!]!,
      department: log.department[i] === MISSING_DEPARTMENT ? null : log.departments[log.department[i]!]!,
      time: time[i]!,
      caseIndex: caseOf(i),
    })),
    minutes: list.length > 0 ? (time[list[list.length - 1]!]! - time[list[0]!]!) / 60_000 : 0,
    handoffs: m.handoffs,
    pingPongs: m.pingPongs,
    revisits: m.revisits,
    returns: bestReturns,
  };
}
