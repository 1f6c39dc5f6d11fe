import { canonical, resolveMiningOptions, type CountMiningOptions } from "../mining/count-mining.js";
import type { MiningCounts, MiningState, MiningTransition } from "../mining/mining-counts.js";
import { EventLogError } from "../logs/event-log-error.js";
import type { LogMapping } from "../logs/read-event-log.js";
import { withDuckDBEvents, type Connection, type DuckDBLogOptions } from "./duckdb-events.js";
import { duckdbPlan } from "./duckdb-plan.js";
import type { LogAggregateRow } from "./log-aggregate-row.js";

/**
 * Options of `duckdbMine`: the reading and DuckDB's settings, the mining options, and how large
 * a mined model may come back into Node.
 *
 * @example
 * await duckdbMine("events.parquet", mapping, { history: 1, memoryLimit: "2GB", maxTransitions: 1_000_000 });
 */
export interface DuckDBMineOptions extends DuckDBLogOptions, CountMiningOptions {
  /**
   * The most transitions (directly-following pairs of states) a mined model may have; past it
   * `duckdbMine` refuses before any of them enters Node, naming the history that keeps the model
   * small. Each one becomes a transition of the model, and the whole model is analysed in Node.
   */
  maxTransitions?: number;
  /** Past `maxTransitions`, return the report without the counts (`counts: null`) instead of refusing. */
  skipLargeModel?: boolean;
}

/**
 * A log mined by DuckDB: the rows of the log report, the mined model's counts, and the log's
 * side of the model's fidelity.
 *
 * @example
 * const { aggregate, counts, caseMinutes } = await duckdbMine("events.csv", mapping);
 */
export interface DuckDBMined {
  /** The rows of `logAggregateSql` (and `skipped_rows`), for `logReportFromAggregate`. */
  aggregate: LogAggregateRow[];
  /** The counts of `countMining`, service times from start timestamps included; `null` when left out (`skipLargeModel`). */
  counts: MiningCounts | null;
  /** How many transitions the mined model has (or would have, when its counts are left out). */
  transitions: number;
  /** Σ over cases of the minutes from the first event's start (its time when it has none) to the last event. */
  caseMinutes: number;
}

/**
 * The default bound on a mined model's transitions: a model this size takes about 2 GB in Node
 * once built and analysed (about 1 kB a transition).
 *
 * @example
 * DUCKDB_MAX_TRANSITIONS; // 2_000_000
 */
export const DUCKDB_MAX_TRANSITIONS = 2_000_000;

const MICROS_PER_MINUTE = 60_000_000;

/**
 * Mines a CSV or Parquet file, or a DuckDB table, in DuckDB: the file is read once and sorted
 * per case twice, and only the aggregates come back (see `duckdbPlan`): the log report's rows,
 * and the mined model's states and transitions, streamed chunk by chunk into the counts, after
 * checking that they are not more than `maxTransitions`. Needs the optional dependency
 * `@duckdb/node-api`.
 *
 * @example
 * const { aggregate, counts } = await duckdbMine("sepsis.csv", { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] }, { delimiter: ";" });
 * logReportFromAggregate(aggregate).cases; // 1050
 * serviceFromCounts(counts, { id: "sepsis" });
 */
export async function duckdbMine(path: string, mapping: LogMapping, options: DuckDBMineOptions = {}): Promise<DuckDBMined> {
  const mining = resolveMiningOptions(options);
  const topVariants = options.topVariants ?? 10;
  if (!Number.isInteger(topVariants) || topVariants < 0) throw new EventLogError("bad_option", `topVariants must be a whole number ≥ 0, not ${topVariants}`);
  const maxTransitions = options.maxTransitions ?? DUCKDB_MAX_TRANSITIONS;
  const plan = duckdbPlan(mining, topVariants);
  return withDuckDBEvents(path, mapping, options, async ({ connection, skipped }) => {
    for (const step of plan.steps) await connection.run(`CREATE TEMP TABLE ${step.name} AS ${step.sql}`);
    const aggregate = (await connection.runAndReadAll(plan.report)).getRowObjectsJS() as unknown as LogAggregateRow[];
    if (skipped > 0) aggregate.push({ part: "total", name: "skipped_rows", next_name: null, n: skipped, micros: null, median_micros: null, rank: null, position: null });
    await connection.run(`CREATE TEMP TABLE hukka_model_transitions AS ${plan.transitions}`);
    const transitionCount = Number((await connection.runAndReadAll("SELECT COUNT(*) AS n FROM hukka_model_transitions")).getRowObjectsJS()[0]!["n"]);
    const totals = (await connection.runAndReadAll(plan.totals)).getRowObjectsJS()[0]!;
    const caseMinutes = Number(totals["span_micros"] ?? 0) / MICROS_PER_MINUTE;
    if (transitionCount > maxTransitions && options.skipLargeModel) return { aggregate, counts: null, transitions: transitionCount, caseMinutes };
    if (transitionCount > maxTransitions) {
      const smaller = mining.history > 0 ? `mine with history ${mining.history - 1} (--history ${mining.history - 1}), which keeps the model to fewer states, or ` : "";
      throw new EventLogError(
        "model_too_large",
        `the mined model would have ${transitionCount.toLocaleString("en")} transitions, more than ${maxTransitions.toLocaleString("en")} (maxTransitions): too many to build and analyse in memory; ${smaller}measure the log alone (skipLargeModel; leave out --model and --html)`,
      );
    }
    const names = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS().map((r) => String(r["name"]));
    const counts = await modelCounts(connection, plan.states);
    return {
      aggregate,
      counts: canonical({
        format: "hukka-mining-counts",
        version: 1,
        history: mining.history,
        missingDepartment: mining.missingDepartment,
        cases: Number(totals["cases"]),
        events: Number(totals["events"] ?? 0),
        activities: await names(plan.activities),
        departments: await names(plan.departments),
        hasStartTimes: counts.states.some((s) => s.serviceEvents > 0),
        ...counts,
      }),
      transitions: transitionCount,
      caseMinutes,
    };
  });
}

/** The states and transitions, read chunk by chunk: only the counts' own objects are kept. */
async function modelCounts(connection: Connection, statesSql: string): Promise<{ states: MiningState[]; transitions: MiningTransition[] }> {
  const key = (a: number, d: number, h1: number | null, h2: number | null) => `${a}|${d}|${h1 ?? ""}|${h2 ?? ""}`;
  const index = new Map<string, number>();
  const states: MiningState[] = [];
  const int = (v: unknown) => (v === null ? null : Number(v));
  const statesResult = await connection.stream(statesSql);
  for await (const rows of statesResult.yieldRowsJs()) {
    for (const [a, d, h1, h2, visits, starts, ends, serviceMicros, serviceEvents] of rows) {
      index.set(key(Number(a), Number(d), int(h1), int(h2)), states.length);
      states.push({
        activity: Number(a),
        department: Number(d),
        // oldest first; the plan leaves the slots past the history NULL
        history: [int(h2), int(h1)].filter((h): h is number => h !== null),
        visits: Number(visits),
        starts: Number(starts),
        ends: Number(ends),
        serviceMinutes: Number(serviceMicros) / MICROS_PER_MINUTE,
        serviceEvents: Number(serviceEvents),
      });
    }
  }
  const transitions: MiningTransition[] = [];
  const transitionsResult = await connection.stream("SELECT * FROM hukka_model_transitions");
  for await (const rows of transitionsResult.yieldRowsJs()) {
    for (const [a, d, h1, h2, nextA, nextD, nextH1, nextH2, count, micros] of rows) {
      const from = index.get(key(Number(a), Number(d), int(h1), int(h2)));
      const to = index.get(key(Number(nextA), Number(nextD), int(nextH1), int(nextH2)));
      // every event's state is a state: a miss here is a defect of the plan, not of the log
      if (from === undefined || to === undefined) throw new Error(`duckdbMine: a transition names a state the states do not have (${String([a, d, h1, h2, nextA, nextD, nextH1, nextH2])})`);
      transitions.push({ from, to, count: Number(count), waitMinutes: Number(micros) / MICROS_PER_MINUTE });
    }
  }
  return { states, transitions };
}
