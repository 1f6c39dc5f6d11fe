/**
 * One state of a mined model: an (activity, department) pair, refined by the departments of the
 * customer's previous runs when `history` > 0. Every state becomes one touchpoint.
 *
 * @example
 * // "Review" done by team G97, after runs in G96 then G12 (history 2):
 * const state: MiningState = { activity: 3, department: 5, history: [8, 2], visits: 41, starts: 0, ends: 7, serviceMinutes: 0, serviceEvents: 0 };
 */
export interface MiningState {
  /** Index into `MiningCounts.activities`. */
  activity: number;
  /**
   * Index into `MiningCounts.departments` (the department after inheritance, see
   * `MiningCounts.missingDepartment`), or -1 for the unknown department.
   */
  department: number;
  /**
   * The departments (indices, -1 = unknown) of the previous department runs of the case,
   * oldest first: the last `history` runs before the run this event belongs to, fewer at the
   * start of a case (`[]` in the first run). Always `[]` when `history` is 0.
   */
  history: number[];
  /** Events in this state (= expected visits × cases in the mined model). */
  visits: number;
  /** Cases whose first event is in this state. */
  starts: number;
  /** Cases whose last event is in this state. */
  ends: number;
  /**
   * Σ minutes from start to completion over the events of this state that have a start time
   * (0 when none has). The touchpoint's service time is `serviceMinutes / visits`: an event
   * without a start counts as 0 minutes of service, which keeps every case's minutes exact.
   */
  serviceMinutes: number;
  /** How many of the `visits` had a start time. */
  serviceEvents: number;
}

/**
 * How often the state `to` directly follows the state `from` within a case.
 *
 * @example
 * const t: MiningTransition = { from: 0, to: 4, count: 12, waitMinutes: 3600 }; // mean wait 300 min
 */
export interface MiningTransition {
  /** Index into `MiningCounts.states`. */
  from: number;
  to: number;
  count: number;
  /**
   * Σ minutes between the two events over the `count` pairs: from the first's timestamp to the
   * second's start when the second has a start time, else to the second's timestamp. A sum, not
   * a mean, so that counts of parts of a log add up exactly.
   */
  waitMinutes: number;
  /**
   * Σ working minutes of the same waits, each on the working hours of the department of `to`
   * (counted with a calendar only).
   */
  workingWaitMinutes?: number;
}

/**
 * The aggregate of an event log that a mined model is made of (`countMining`), small (its size
 * grows with activities × departments × history, not with events) and JSON-serialisable, so
 * that an engine other than hukka (DuckDB, Postgres, Spark, …) can compute it where the log
 * lives and hand it to `serviceFromCounts`. Every figure is a count or a sum: the counts of two
 * disjoint sets of cases add up state by state and transition by transition.
 *
 * Order rules (what another engine must reproduce):
 * - `activities` and `departments` are in order of first appearance in the file (the row order
 *   of the CSV, document order of the XES), as `EventLog` interns them. Departments list only
 *   known departments; missing markers never appear.
 * - A case's events are ordered by timestamp, ties in file order.
 * - `states` are sorted by activity index, then department index (-1, the unknown department,
 *   after every known one), then history length, then history element by element (-1 last).
 * - `transitions` are sorted by `from`, then `to`.
 * `serviceFromCounts` re-sorts its input by these rules, so they matter for reproducing the
 * counts exactly, not for the model built from them.
 *
 * @example
 * const counts = countMining(log, { history: 1 });
 * JSON.parse(JSON.stringify(counts)); // the same counts
 * serviceFromCounts(counts, { id: "receipt" }); // the mined Service
 */
export interface MiningCounts {
  /** Always `"hukka-mining-counts"`; with `version`, tells the format apart. */
  format: "hukka-mining-counts";
  version: 1;
  /** How many previous department runs refine a state (0, 1 or 2). */
  history: 0 | 1 | 2;
  /**
   * `inherit`: an event with a missing department takes the department of the case's previous
   * event with a known one (leading events: the first known one; a case with none at all:
   * unknown, -1). `unknown`: it is in the unknown department.
   */
  missingDepartment: "inherit" | "unknown";
  /** Cases with at least one event. */
  cases: number;
  events: number;
  /** Activity names. */
  activities: string[];
  /** Known department names. */
  departments: string[];
  /** Whether any event had a start time (then touchpoints get service time from `serviceMinutes`). */
  hasStartTimes: boolean;
  /** The calendar's working day in minutes, when the waits were counted on a calendar too. */
  workingDayMinutes?: number;
  states: MiningState[];
  transitions: MiningTransition[];
}

/**
 * The canonical order of the states (see `MiningCounts`): a comparison of two states.
 *
 * @example
 * [...counts.states].sort(compareMiningStates);
 */
export function compareMiningStates(a: Pick<MiningState, "activity" | "department" | "history">, b: Pick<MiningState, "activity" | "department" | "history">): number {
  const last = (d: number) => (d < 0 ? Number.MAX_SAFE_INTEGER : d);
  if (a.activity !== b.activity) return a.activity - b.activity;
  if (a.department !== b.department) return last(a.department) - last(b.department);
  if (a.history.length !== b.history.length) return a.history.length - b.history.length;
  for (let k = 0; k < a.history.length; k++) {
    if (a.history[k] !== b.history[k]) return last(a.history[k]!) - last(b.history[k]!);
  }
  return 0;
}
