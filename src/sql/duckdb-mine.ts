import { canonical, resolveMiningOptions, type CountMiningOptions } from "../mining/count-mining.js";
import type { MiningCounts, MiningState, MiningTransition } from "../mining/mining-counts.js";
import { EventLogError } from "../logs/event-log-error.js";
import type { LogMapping } from "../logs/read-event-log.js";
import { withDuckDBEvents, type Connection } from "./duckdb-events.js";
import type { DuckDBLogOptions } from "./duckdb-log-options.js";
import { duckdbCustomerReport, duckdbJourneyTables } from "./duckdb-journeys.js";
import { duckdbPlan } from "./duckdb-plan.js";
import { logReportFromAggregate } from "./log-report-from-aggregate.js";
import type { CustomerReport } from "../log-report/customer-report.js";
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
  /**
   * With a customer column in the mapping: also measure the customers across their cases (the
   * `customers` block of `analyseLog`), cases starting at most `returnWindow` minutes after
   * another case of the same customer ended being returns.
   */
  customers?: { returnWindow: number };
}

/**
 * A log mined by DuckDB: the rows of the log report, the mined model's counts, and the log's
 * side of the model's fidelity.
 *
 * @example
 * const { aggregate, counts, caseMinutes } = await duckdbMine("events.csv", mapping);
 */
export interface DuckDBMined {
  /** The rows of `logAggregateSql` (and `skipped_rows`) of the unit mined (cases, or customer journeys), for `logReportFromAggregate`. */
  aggregate: LogAggregateRow[];
  /** The same rows of the cases: `aggregate` itself unless the unit is `customer`. */
  caseAggregate: LogAggregateRow[];
  /** The customers block, with `customers`; `null` without it. */
  customers: CustomerReport | null;
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
  const plan = duckdbPlan(mining, topVariants, mapping.startTimestamp !== undefined);
  const unit = options.unit ?? "case";
  const customers = options.customers;
  if ((unit === "customer" || customers !== undefined) && mapping.customer === undefined) {
    throw new EventLogError("mapping_required", `customers across cases (unit "customer", customers) need the customer column: name it (mapping customer, --customer)`);
  }
  return withDuckDBEvents(path, mapping, options, async ({ connection, skipped }) => {
    // the events are read (their rowid is the file order); every step from here orders what it needs
    await connection.run("SET preserve_insertion_order = false");
    /** Runs the plan on the events of `view`; returns the log report's rows. */
    const report = async (view: string) => {
      await connection.run(`CREATE OR REPLACE TEMP VIEW hukka_events AS SELECT ${view === "hukka_case_events" ? "rn" : "file_order AS rn"}, case_id, activity, department, t, st FROM ${view}`);
      for (const step of plan.steps) await connection.run(`CREATE OR REPLACE TEMP TABLE ${step.name} AS ${step.sql}`);
      const rows = (await connection.runAndReadAll(plan.report)).getRowObjectsJS() as unknown as LogAggregateRow[];
      if (skipped > 0) rows.push({ part: "total", name: "skipped_rows", next_name: null, n: skipped, micros: null, median_micros: null, rank: null, position: null });
      return rows;
    };
    if (unit === "customer" || customers !== undefined) await duckdbJourneyTables(connection, options);
    // the unit not mined first, then the mined one, whose tables the model is read from
    const other = customers === undefined ? null : await report(unit === "customer" ? "hukka_case_events" : "hukka_unit_events");
    const aggregate = await report(unit === "customer" ? "hukka_unit_events" : "hukka_case_events");
    const caseAggregate = unit === "customer" ? other ?? aggregate : aggregate;
    const journeyAggregate = unit === "customer" ? aggregate : other;
    const customerBlock =
      customers === undefined || journeyAggregate === null
        ? null
        : await duckdbCustomerReport(connection, logReportFromAggregate(journeyAggregate), { journeyGap: options.journeyGap ?? null, returnWindow: customers.returnWindow });
    await connection.run(`CREATE OR REPLACE TEMP TABLE hukka_model_transitions AS ${plan.transitions}`);
    const transitionCount = Number((await connection.runAndReadAll("SELECT COUNT(*) AS n FROM hukka_model_transitions")).getRowObjectsJS()[0]!["n"]);
    const totals = (await connection.runAndReadAll(plan.totals)).getRowObjectsJS()[0]!;
    const caseMinutes = Number(totals["span_micros"] ?? 0) / MICROS_PER_MINUTE;
    if (transitionCount > maxTransitions && options.skipLargeModel) return { aggregate, caseAggregate, customers: customerBlock, counts: null, transitions: transitionCount, caseMinutes };
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
      caseAggregate,
      customers: customerBlock,
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
