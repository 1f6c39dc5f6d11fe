import { canonical, resolveMiningOptions, type CountMiningOptions } from "../mining/count-mining.js";
import type { MiningCounts, MiningState, MiningTransition } from "../mining/mining-counts.js";
import type { AggregateNumber } from "./log-aggregate-row.js";

/**
 * One row of the aggregate that `miningCountsSql` computes (columns `MINING_AGGREGATE_COLUMNS`);
 * numbers as numbers, bigints or decimal strings.
 *
 * @example
 * const row: MiningAggregateRow = { part: "activity", name: "ER Triage", activity: 1 };
 */
export interface MiningAggregateRow {
  /** `total`, `activity`, `department`, `state` or `transition`. */
  part: string;
  name?: string | null;
  activity?: AggregateNumber;
  department?: AggregateNumber;
  history_1?: AggregateNumber;
  history_2?: AggregateNumber;
  next_activity?: AggregateNumber;
  next_department?: AggregateNumber;
  next_history_1?: AggregateNumber;
  next_history_2?: AggregateNumber;
  n?: AggregateNumber;
  starts?: AggregateNumber;
  ends?: AggregateNumber;
  micros?: AggregateNumber;
  /** A state's Σ microseconds from start to timestamp over its events with a start time (absent or NULL: none). */
  service_micros?: AggregateNumber;
  /** How many of a state's events had a start time (absent or NULL: none). */
  service_events?: AggregateNumber;
}

const MICROS_PER_MINUTE = 60_000_000;

/**
 * Builds the `MiningCounts` of `countMining` from the rows of `miningCountsSql`, run in a
 * database or warehouse with the same `history` and `missingDepartment`; the result goes to
 * `serviceFromCounts` like the counts made in process. Pure; the rows may come in any order.
 *
 * @example
 * const counts = miningCountsFromAggregate(rows, { history: 2 });
 * serviceFromCounts(counts, { id: "receipt" });
 */
export function miningCountsFromAggregate(rows: readonly MiningAggregateRow[], options: CountMiningOptions = {}): MiningCounts {
  const { history, missingDepartment } = resolveMiningOptions(options);
  const activities: string[] = [];
  const departments: string[] = [];
  const totals = new Map<string, number>();
  const stateIndex = new Map<string, number>();
  const states: MiningState[] = [];
  const pending: { from: string; to: string; count: number; micros: number }[] = [];
  rows.forEach((row, i) => {
    const where = `row ${i} (${row.part})`;
    const num = (column: keyof MiningAggregateRow): number => {
      const v = row[column] as AggregateNumber | undefined;
      const n = typeof v === "string" ? Number(v) : Number(v);
      if (v === null || v === undefined || !Number.isFinite(n)) throw new TypeError(`miningCountsFromAggregate: ${where}: ${column} must be a number, not ${JSON.stringify(String(v))}`);
      return n;
    };
    const slot = (column: keyof MiningAggregateRow) => (row[column] === null || row[column] === undefined ? null : num(column));
    const key = (a: keyof MiningAggregateRow, d: keyof MiningAggregateRow, h1: keyof MiningAggregateRow, h2: keyof MiningAggregateRow) =>
      `${num(a)}|${num(d)}|${[slot(h2), slot(h1)].filter((h) => h !== null).join(",")}`;
    switch (row.part) {
      case "total":
        totals.set(String(row.name), num("n"));
        break;
      case "activity":
        activities[num("activity")] = String(row.name);
        break;
      case "department":
        departments[num("department")] = String(row.name);
        break;
      case "state": {
        const history = [slot("history_2"), slot("history_1")].filter((h): h is number => h !== null);
        stateIndex.set(key("activity", "department", "history_1", "history_2"), states.length);
        const serviceMicros = slot("service_micros") ?? 0;
        states.push({
          activity: num("activity"),
          department: num("department"),
          history,
          visits: num("n"),
          starts: num("starts"),
          ends: num("ends"),
          serviceMinutes: serviceMicros / MICROS_PER_MINUTE,
          serviceEvents: slot("service_events") ?? 0,
        });
        break;
      }
      case "transition":
        pending.push({
          from: key("activity", "department", "history_1", "history_2"),
          to: key("next_activity", "next_department", "next_history_1", "next_history_2"),
          count: num("n"),
          micros: num("micros"),
        });
        break;
      default:
        throw new TypeError(`miningCountsFromAggregate: ${where}: unknown part ${JSON.stringify(row.part)} (known: total, activity, department, state, transition)`);
    }
  });
  const transitions: MiningTransition[] = pending.map((t) => {
    const from = stateIndex.get(t.from);
    const to = stateIndex.get(t.to);
    if (from === undefined || to === undefined) throw new TypeError(`miningCountsFromAggregate: a transition from ${t.from} to ${t.to} names a state the rows do not have: pass every row of the query`);
    return { from, to, count: t.count, waitMinutes: t.micros / MICROS_PER_MINUTE };
  });
  for (const total of ["cases", "events"]) {
    if (!totals.has(total)) throw new TypeError(`miningCountsFromAggregate: the aggregate lacks the total ${total}: pass every row of the query`);
  }
  return canonical({
    format: "hukka-mining-counts",
    version: 1,
    history,
    missingDepartment,
    cases: totals.get("cases")!,
    events: totals.get("events")!,
    activities,
    departments,
    hasStartTimes: states.some((s) => s.serviceEvents > 0),
    states,
    transitions,
  });
}
