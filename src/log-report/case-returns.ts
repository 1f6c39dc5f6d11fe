import type { EventLog } from "../logs/event-log.js";
import type { CaseCustomers } from "./case-customers.js";

const MS_PER_MINUTE = 60_000;

/**
 * Marks the returns of a log: a case is a return when it starts at or after the end of an
 * earlier case of one of its customers and at most `windowMinutes` after that end — demand
 * the earlier case did not settle. Earlier means an earlier first event (ties: case order).
 * A case with two customers is a return when it is one for either; it counts once.
 *
 * @example
 * // customer X: case A 1 May–3 May, case B starts 5 May: B returns within a 7-day window
 * caseReturns(log, relation, 7 * 24 * 60); // Uint8Array [0, 1]
 */
export function caseReturns(log: EventLog, relation: CaseCustomers, windowMinutes: number): Uint8Array {
  const { caseStart, time } = log;
  const windowMs = windowMinutes * MS_PER_MINUTE;
  const first = (c: number) => time[caseStart[c]!]!;
  const last = (c: number) => time[caseStart[c + 1]! - 1]!;
  const isReturn = new Uint8Array(log.cases.length);
  const ends: number[] = [];
  for (let k = 0; k + 1 < relation.caseOf.length; k++) {
    const mine = Array.from(relation.cases.subarray(relation.caseOf[k]!, relation.caseOf[k + 1]!)).sort((a, b) => first(a) - first(b));
    ends.length = 0;
    for (const c of mine) {
      const start = first(c);
      // The latest end at or before this start is the closest one: a binary search in the sorted ends.
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid]! <= start) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && start - ends[lo - 1]! <= windowMs) isReturn[c] = 1;
      const end = last(c);
      let at = ends.length;
      while (at > 0 && ends[at - 1]! > end) at--;
      ends.splice(at, 0, end);
    }
  }
  return isReturn;
}
