import { wanderMetrics } from "../analysis/wander-metrics.js";
import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import { caseReturns } from "./case-returns.js";
import { customerJourneys } from "./customer-journeys.js";
import { minutesSummary, type MinutesSummary } from "./minutes-summary.js";

/**
 * Options of `customerReport` (and of `analyseLog` for its `customers` block).
 *
 * @example
 * customerReport(log, { journeyGap: 30 * 24 * 60, returnWindow: 7 * 24 * 60 });
 */
export interface CustomerReportOptions {
  /** Minutes; a case starting more than this after every earlier case of its customer ended begins a new journey. Default: no cut. */
  journeyGap?: number | null;
  /** Minutes after a case ended within which another case of the same customer is a return. Default: 7 days. */
  returnWindow?: number;
}

/**
 * The customers block of a log report: how customers wander across their cases.
 *
 * @example
 * analyseLog(helpdesk).customers;
 * // { customers: 397, journeys: 397, casesPerJourney: { mean: 11.5, median: 3, max: 251 }, … }
 */
export interface CustomerReport {
  /** Customers with at least one case. */
  customers: number;
  /** Cases with a customer (a case of two customers counts once). */
  cases: number;
  /** Customer journeys (one per customer without a journey gap). */
  journeys: number;
  /** Cases per journey; a case with two customers counts in both journeys. */
  casesPerJourney: { mean: number; median: number; max: number };
  /** Journeys in which a case starts before an earlier case of the journey has ended. */
  concurrentJourneys: number;
  /** Changes of department along each journey's events across its cases, summed over the journeys. */
  handoffs: number;
  /** Direct returns A → B → A along the journeys, summed. */
  pingPongs: number;
  /** Department re-entries along the journeys, summed. */
  revisits: number;
  /** Journey duration: minutes from a journey's first event to its last. */
  journeyMinutes: MinutesSummary;
  /** Cases that start at most `returnWindowMinutes` after another case of the same customer ended. */
  returns: number;
  /** returns / cases with a customer (0 when there are none). */
  returnShare: number;
  /** Cases whose events name more than one customer; each counts in every one's journey. */
  casesWithSeveralCustomers: number;
  /** Events that name more than one customer (OCEL); each counts in every one's journey. */
  eventsWithSeveralCustomers: number;
  /** Cases no event of which names a customer: in no journey. */
  casesWithoutCustomer: number;
  returnWindowMinutes: number;
  /** null: no cut, one journey per customer. */
  journeyGapMinutes: number | null;
}

const DEFAULTS = { journeyGap: null as number | null, returnWindow: 7 * 24 * 60 };

const MS_PER_MINUTE = 60_000;

function median(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return n % 2 === 1 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
}

/**
 * Measures the customer journeys of a log read with a customer mapping (`null` without one):
 * each journey's events across its cases are measured with `wanderMetrics`, the one definition
 * of hand-offs, ping-pongs and revisits; returns are counted per customer across all their
 * cases, whatever the journey gap.
 *
 * @example
 * customerReport(log, { returnWindow: 10080 })?.returnShare; // 0.31
 */
export function customerReport(log: EventLog, options: CustomerReportOptions = {}): CustomerReport | null {
  const journeyGap = options.journeyGap ?? DEFAULTS.journeyGap;
  const returnWindow = options.returnWindow ?? DEFAULTS.returnWindow;
  if (!(returnWindow >= 0) || !Number.isFinite(returnWindow)) throw new RangeError(`returnWindow must be a finite number of minutes ≥ 0, not ${String(returnWindow)}`);
  const journeys = customerJourneys(log, { journeyGap });
  if (journeys === null) return null;
  const { caseStart, cases, eventStart, events, relation } = journeys;
  const count = journeys.customer.length;
  const { department, activity, time } = log;
  const sizes = new Uint32Array(count);
  const minutes = new Float64Array(count);
  let handoffs = 0;
  let pingPongs = 0;
  let revisits = 0;
  let concurrent = 0;
  const known: (number | null)[] = [];
  const visited: number[] = [];
  for (let j = 0; j < count; j++) {
    sizes[j] = caseStart[j + 1]! - caseStart[j]!;
    let end = -Infinity;
    let overlaps = false;
    for (let p = caseStart[j]!; p < caseStart[j + 1]!; p++) {
      const c = cases[p]!;
      if (time[log.caseStart[c]!]! < end) overlaps = true;
      end = Math.max(end, time[log.caseStart[c + 1]! - 1]!);
    }
    if (overlaps) concurrent++;
    known.length = 0;
    visited.length = 0;
    for (let e = eventStart[j]!; e < eventStart[j + 1]!; e++) {
      const i = events[e]!;
      visited.push(activity[i]!);
      known.push(department[i] === MISSING_DEPARTMENT ? null : department[i]!);
    }
    const m = wanderMetrics(visited, known);
    handoffs += m.handoffs;
    pingPongs += m.pingPongs;
    revisits += m.revisits;
    const from = eventStart[j]!;
    const to = eventStart[j + 1]!;
    minutes[j] = to > from ? (time[events[to - 1]!]! - time[events[from]!]!) / MS_PER_MINUTE : 0;
  }
  const isReturn = caseReturns(log, relation, returnWindow);
  let returns = 0;
  for (const r of isReturn) returns += r;
  const withCustomer = log.cases.length - relation.casesWithoutCustomer;
  sizes.sort();
  let total = 0;
  for (const s of sizes) total += s;
  let customers = 0;
  for (let k = 0; k + 1 < relation.caseOf.length; k++) if (relation.caseOf[k + 1]! > relation.caseOf[k]!) customers++;
  return {
    customers,
    cases: withCustomer,
    journeys: count,
    casesPerJourney: { mean: count === 0 ? 0 : total / count, median: median(sizes), max: count === 0 ? 0 : sizes[count - 1]! },
    concurrentJourneys: concurrent,
    handoffs,
    pingPongs,
    revisits,
    journeyMinutes: minutesSummary(minutes),
    returns,
    returnShare: withCustomer === 0 ? 0 : returns / withCustomer,
    casesWithSeveralCustomers: relation.casesWithSeveralCustomers,
    eventsWithSeveralCustomers: relation.eventsWithSeveralCustomers,
    casesWithoutCustomer: relation.casesWithoutCustomer,
    returnWindowMinutes: returnWindow,
    journeyGapMinutes: journeyGap,
  };
}
