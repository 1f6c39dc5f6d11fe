import type { EventLog } from "../logs/event-log.js";

/** A directly-follows pair of activities (indices into `log.activities`). */
export interface ActivityPair {
  from: number;
  to: number;
  /** How often `to` directly follows `from` within a case. */
  count: number;
  /** Σ minutes between the two events. */
  totalMinutes: number;
}

/** Directly-follows pairs, and per activity how many cases start and end with it. */
export interface ActivityFlows {
  pairs: ActivityPair[];
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * Counts directly-follows pairs of activities over every case, with the minutes between the
 * two events, and the start and end activity of every case. Pairs come in order of first
 * appearance. Shared by `analyseLog` and `mineService`.
 *
 * @example
 * // one case a → b → a at minutes 0, 5, 6:
 * activityFlows(log).pairs; // [{ from: 0, to: 1, count: 1, totalMinutes: 5 }, { from: 1, to: 0, count: 1, totalMinutes: 1 }]
 */
export function activityFlows(log: EventLog): ActivityFlows {
  const n = log.activities.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const pairs: ActivityPair[] = [];
  const index = new Map<number, number>();
  const { activity, time, caseStart } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    if (from === to) continue;
    starts[activity[from]!]!++;
    ends[activity[to - 1]!]!++;
    for (let i = from; i + 1 < to; i++) {
      const a = activity[i]!;
      const b = activity[i + 1]!;
      const key = a * n + b;
      let p = index.get(key);
      if (p === undefined) {
        p = pairs.length;
        pairs.push({ from: a, to: b, count: 0, totalMinutes: 0 });
        index.set(key, p);
      }
      const pair = pairs[p]!;
      pair.count++;
      pair.totalMinutes += (time[i + 1]! - time[i]!) / 60_000;
    }
  }
  return { pairs, starts, ends };
}
