import type { EventLog } from "../logs/event-log.js";
import { caseCustomers, type CaseCustomers } from "./case-customers.js";

/**
 * Options of `customerJourneys`.
 *
 * @example
 * customerJourneys(log, { journeyGap: 30 * 24 * 60 }); // cut where a customer was away 30 days
 */
export interface CustomerJourneysOptions {
  /**
   * Minutes; a case that starts more than this after the end of every earlier case of its
   * customer begins a new journey. Default: no cut, one journey per customer.
   */
  journeyGap?: number | null;
}

/**
 * The customer journeys of a log, in columns: journey `j` belongs to customer `customer[j]`,
 * holds the cases `cases[caseStart[j]] …` (ordered by their first event, ties in case order)
 * and the events `events[eventStart[j]] …` of those cases merged by time (ties: case order of
 * first appearance, then file order).
 *
 * @example
 * const j = customerJourneys(log)!;
 * Array.from(j.events.subarray(j.eventStart[0], j.eventStart[1])); // event indices of journey 0
 */
export interface CustomerJourneys {
  /** Per journey: index into `log.customers`. Journeys of a customer follow each other. */
  customer: Uint32Array;
  /** `journeys + 1` offsets into `cases`. */
  caseStart: Uint32Array;
  /** Case indices. */
  cases: Uint32Array;
  /** `journeys + 1` offsets into `events`. */
  eventStart: Uint32Array;
  /** Event indices (an event of a case with two customers is in both customers' journeys). */
  events: Uint32Array;
  /** The case–customer relation the journeys were made from. */
  relation: CaseCustomers;
}

const MS_PER_MINUTE = 60_000;

/**
 * Cuts each customer's cases into journeys: one per customer, or, with `journeyGap`, a new
 * one wherever a case starts more than the gap after the end of every earlier case of the
 * customer. A case is never split. `null` when the log was read without a customer mapping.
 * Customers without a case have no journey.
 *
 * @example
 * const journeys = customerJourneys(log, { journeyGap: 43200 })!;
 * journeys.customer.length; // the number of journeys
 */
export function customerJourneys(log: EventLog, options: CustomerJourneysOptions = {}): CustomerJourneys | null {
  const relation = caseCustomers(log);
  if (relation === null) return null;
  const gap = options.journeyGap ?? null;
  if (gap !== null && !(gap >= 0)) throw new RangeError(`journeyGap must be a number of minutes ≥ 0, not ${String(gap)}`);
  const { caseStart, time } = log;
  const first = (c: number) => time[caseStart[c]!]!;
  const last = (c: number) => time[caseStart[c + 1]! - 1]!;
  const gapMs = gap === null ? Infinity : gap * MS_PER_MINUTE;

  const journeyCustomer: number[] = [];
  const journeyCaseStart: number[] = [0];
  const orderedCases = new Uint32Array(relation.cases.length);
  let placed = 0;
  for (let k = 0; k + 1 < relation.caseOf.length; k++) {
    const from = relation.caseOf[k]!;
    const to = relation.caseOf[k + 1]!;
    if (to === from) continue;
    // The customer's cases by their first event; a stable sort keeps case order on ties.
    const mine = Array.from(relation.cases.subarray(from, to)).sort((a, b) => first(a) - first(b));
    let end = -Infinity;
    for (let p = 0; p < mine.length; p++) {
      const c = mine[p]!;
      if (p === 0 || first(c) - end > gapMs) {
        if (p > 0) journeyCaseStart.push(placed);
        journeyCustomer.push(k);
      }
      orderedCases[placed++] = c;
      end = Math.max(end, last(c));
    }
    journeyCaseStart.push(placed);
  }

  const caseStartOut = Uint32Array.from(journeyCaseStart);
  const journeys = journeyCustomer.length;
  const eventStart = new Uint32Array(journeys + 1);
  for (let j = 0; j < journeys; j++) {
    let n = 0;
    for (let p = caseStartOut[j]!; p < caseStartOut[j + 1]!; p++) n += caseStart[orderedCases[p]! + 1]! - caseStart[orderedCases[p]!]!;
    eventStart[j + 1] = eventStart[j]! + n;
  }
  const events = new Uint32Array(eventStart[journeys]!);
  for (let j = 0; j < journeys; j++) {
    const from = caseStartOut[j]!;
    const to = caseStartOut[j + 1]!;
    let at = eventStart[j]!;
    for (let p = from; p < to; p++) {
      const c = orderedCases[p]!;
      for (let i = caseStart[c]!; i < caseStart[c + 1]!; i++) events[at++] = i;
    }
    if (to - from > 1) {
      // Merge by time; ties: the case that appeared first in the log, then file order — which
      // is the order of event indices, as the log groups events by case in order of appearance.
      const slice = events.subarray(eventStart[j]!, at);
      const sorted = Array.from(slice).sort((a, b) => time[a]! - time[b]! || a - b);
      slice.set(sorted);
    }
  }
  return { customer: Uint32Array.from(journeyCustomer), caseStart: caseStartOut, cases: orderedCases, eventStart, events, relation };
}
