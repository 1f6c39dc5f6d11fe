import type { HandoffCount } from "../analysis/report.js";
import { wanderMetrics } from "../analysis/wander-metrics.js";
import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";

/**
 * How the cases of a log move between departments, counted over every case: the department map's
 * data. JSON-serialisable.
 *
 * @example
 * departmentFlows(sepsisLog).departments[0]; // { id: "A", visits: 4046 }
 */
export interface DepartmentFlows {
  cases: number;
  /** Events per department (a visit is an event), most visited first, ties in log order. */
  departments: { id: string; visits: number }[];
  /** Hand-offs by (from, to), most frequent first: the same counts as `analyseLog`'s `handoffsByPair`. */
  handoffs: HandoffCount[];
  /**
   * Direct ping-pongs by the pair they bounce on: a run sequence … A, B, A … counts one for
   * (A, B). Their sum is `analyseLog`'s `pingPongs`. Most frequent first.
   */
  pingPongs: HandoffCount[];
}

/**
 * Counts the visits (events) of every department, the hand-offs between each pair and the
 * ping-pongs on each pair, with the journey metrics' one definition (`wanderMetrics`: events
 * with a missing department are left out of the department sequence). The log is not changed.
 *
 * @example
 * // one case desk → lab → desk
 * departmentFlows(log);
 * // { cases: 1, departments: [{ id: "desk", visits: 2 }, { id: "lab", visits: 1 }],
 * //   handoffs: [{ from: "desk", to: "lab", count: 1 }, { from: "lab", to: "desk", count: 1 }],
 * //   pingPongs: [{ from: "desk", to: "lab", count: 1 }] }
 */
export function departmentFlows(log: EventLog): DepartmentFlows {
  const { caseStart, department, activity, departments } = log;
  const nd = departments.length;
  const visits = new Float64Array(nd);
  const handoffs = new Map<number, HandoffCount>();
  const pingPongs = new Map<number, HandoffCount>();
  const count = (pairs: Map<number, HandoffCount>, a: number, b: number) => {
    const key = a * nd + b;
    const pair = pairs.get(key);
    if (pair) pair.count++;
    else pairs.set(key, { from: departments[a]!, to: departments[b]!, count: 1 });
  };
  const known: (number | null)[] = [];
  for (let c = 0; c + 1 < caseStart.length; c++) {
    known.length = 0;
    for (let i = caseStart[c]!; i < caseStart[c + 1]!; i++) {
      const d = department[i]!;
      known.push(d === MISSING_DEPARTMENT ? null : d);
      if (d !== MISSING_DEPARTMENT) visits[d]!++;
    }
    const runs = wanderMetrics(activity.subarray(caseStart[c]!, caseStart[c + 1]!), known).departments;
    for (let k = 0; k + 1 < runs.length; k++) {
      count(handoffs, runs[k]!, runs[k + 1]!);
      if (k + 2 < runs.length && runs[k] === runs[k + 2]) count(pingPongs, runs[k]!, runs[k + 1]!);
    }
  }
  const byCount = (p: HandoffCount, q: HandoffCount) => q.count - p.count;
  return {
    cases: log.cases.length,
    departments: departments
      .map((id, d) => ({ id, visits: visits[d]! }))
      .filter((d) => d.visits > 0)
      .sort((a, b) => b.visits - a.visits),
    handoffs: [...handoffs.values()].sort(byCount),
    pingPongs: [...pingPongs.values()].sort(byCount),
  };
}
