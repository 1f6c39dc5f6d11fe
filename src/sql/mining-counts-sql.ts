import { sqlDialects, type SqlDialectName } from "./sql-dialects.js";
import type { SqlLogMapping } from "./sql-log-mapping.js";
import { eventsStep } from "./events-step.js";
import { unitSteps, type SqlUnitOptions } from "./journey-steps.js";
import { withStatement, type SqlQuery, type SqlStep } from "./sql-query.js";

/**
 * Options of `miningCountsSql`: the engine, and the mining options of `countMining`.
 *
 * @example
 * miningCountsSql(mapping, { dialect: "postgres", history: 1 });
 */
export interface MiningCountsSqlOptions extends SqlUnitOptions {
  dialect?: SqlDialectName;
  /** How many previous department runs refine a state (as `countMining`; default 2). */
  history?: 0 | 1 | 2;
  /** Where an event without a department goes (as `countMining`; default `inherit`). */
  missingDepartment?: "inherit" | "unknown";
  /** Joins several activity columns into one activity. */
  activitySeparator?: string;
}

/** The names of the mining aggregate's columns, in order. */
export const MINING_AGGREGATE_COLUMNS = [
  "part",
  "name",
  "activity",
  "department",
  "history_1",
  "history_2",
  "next_activity",
  "next_department",
  "next_history_1",
  "next_history_2",
  "n",
  "starts",
  "ends",
  "micros",
  "service_micros",
  "service_events",
] as const;

/**
 * The counts a mined model is made of (`MiningCounts`, as `countMining` computes them in
 * process), as one SQL query: events ordered per case by time (ties by `order`), missing
 * departments inherited, department runs numbered, each event's state = (activity, department,
 * departments of the last `history` runs), then per state the visits, starts and ends, and per
 * directly-following pair of states the count and the summed wait. Activities and departments
 * are numbered in order of first appearance (by `order`), the unknown department is -1 and an
 * absent history slot NULL. The rows go to `miningCountsFromAggregate`, whose result goes to
 * `serviceFromCounts`. With a `start` column, each state sums its service time (start to
 * timestamp) and waits run to the next event's start, as `countMining` counts them.
 *
 * @example
 * const sql = miningCountsSql({ source: "events", case: "case_id", activity: "activity", timestamp: "ts", department: "team", order: "event_id" }, { dialect: "postgres" });
 * const counts = miningCountsFromAggregate((await pg.query(sql)).rows, { history: 2, missingDepartment: "inherit" });
 * serviceFromCounts(counts, { id: "contacts" });
 */
export function miningCountsSql(mapping: SqlLogMapping, options: MiningCountsSqlOptions = {}): string {
  const query = miningCountsQuery(mapping, options);
  return withStatement(query, sqlDialects[options.dialect ?? "duckdb"].materialized);
}

/** `miningCountsSql` as its steps, for the DuckDB engine, which runs them one by one. Not part of the public API. */
export function miningCountsQuery(mapping: SqlLogMapping, options: MiningCountsSqlOptions = {}): SqlQuery {
  const { dialect = "duckdb", history = 2, missingDepartment = "inherit", activitySeparator = "+" } = options;
  if (sqlDialects[dialect] === undefined) throw new TypeError(`miningCountsSql: unknown dialect ${JSON.stringify(dialect)}: use one of ${Object.keys(sqlDialects).join(", ")}`);
  if (history !== 0 && history !== 1 && history !== 2) throw new RangeError(`miningCountsSql: invalid history ${JSON.stringify(history)}: use 0, 1 or 2`);
  if (missingDepartment !== "inherit" && missingDepartment !== "unknown") throw new RangeError(`miningCountsSql: invalid missingDepartment ${JSON.stringify(missingDepartment)}: use "inherit" or "unknown"`);
  const d = sqlDialects[dialect];
  const events = eventsStep("miningCountsSql", mapping, d, activitySeparator);
  const nullBig = `CAST(NULL AS ${d.bigint})`;
  const nullDouble = `CAST(NULL AS ${d.double})`;
  const sum = (v: string) => `CAST(SUM(CAST(${v} AS ${d.decimal})) AS ${d.double})`;
  const w = "(PARTITION BY case_id ORDER BY position)";
  // the history as deep as asked; an event's state and its successor's
  const h1 = history >= 1 ? "h1" : nullBig;
  const h2 = history >= 2 ? "h2" : nullBig;
  const nextH1 = history >= 1 ? "next_h1" : nullBig;
  const nextH2 = history >= 2 ? "next_h2" : nullBig;
  // Inherited: an unknown department is the last known one before it, or for the events before
  // the first known one that one's; a case without any stays unknown (-1).
  const place = missingDepartment === "unknown" ? "dep" : "MAX(dep) OVER (PARTITION BY case_id, GREATEST(known_seen, 1))";
  // every part fills the columns it has (MINING_AGGREGATE_COLUMNS) and leaves the others NULL
  const row = (part: string, cols: Partial<Record<string, string>>) =>
    `SELECT ${d.literal(part)} AS part, ${cols.name ?? `CAST(NULL AS ${d.text})`} AS name, ${["activity", "department", "history_1", "history_2", "next_activity", "next_department", "next_history_1", "next_history_2", "n", "starts", "ends"].map((c) => `${cols[c] ?? nullBig} AS ${c}`).join(", ")}, ${cols.micros ?? nullDouble} AS micros, ${cols.service_micros ?? nullDouble} AS service_micros, ${cols.service_events ?? nullBig} AS service_events`;
  const steps: SqlStep[] = [
    ...unitSteps(events, mapping, d, options, "miningCountsSql"),
    { name: "activity_index", sql: `  SELECT activity, ROW_NUMBER() OVER (ORDER BY MIN(file_order), activity) - 1 AS a FROM events GROUP BY activity` },
    { name: "department_index", sql: `  SELECT department, ROW_NUMBER() OVER (ORDER BY MIN(file_order), department) - 1 AS dep FROM events WHERE department IS NOT NULL GROUP BY department` },
    { name: "ordered", sql: `  SELECT e.case_id, i.a, COALESCE(x.dep, -1) AS dep, e.t, e.st,
    ROW_NUMBER() OVER (PARTITION BY e.case_id ORDER BY e.t, e.file_order) AS position,
    COUNT(*) OVER (PARTITION BY e.case_id) AS length,
    SUM(CASE WHEN x.dep IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY e.case_id ORDER BY e.t, e.file_order ROWS UNBOUNDED PRECEDING) AS known_seen
  FROM events e JOIN activity_index i ON i.activity = e.activity LEFT JOIN department_index x ON x.department = e.department` },
    { name: "placed", sql: `  SELECT case_id, a, t, st, position, length, ${place} AS place
  FROM ordered` },
    { name: "marked", sql: `  SELECT case_id, a, t, st, position, length, place,
    CASE WHEN position = 1 OR place <> LAG(place) OVER ${w} THEN 1 ELSE 0 END AS new_run,
    LEAD(a) OVER ${w} AS next_a, LEAD(place) OVER ${w} AS next_place, LEAD(t) OVER ${w} AS next_t, LEAD(st) OVER ${w} AS next_st
  FROM placed` },
    { name: "numbered", sql: `  SELECT case_id, a, t, st, position, length, place, new_run, next_a, next_place, next_t, next_st,
    SUM(new_run) OVER (PARTITION BY case_id ORDER BY position ROWS UNBOUNDED PRECEDING) AS run
  FROM marked` },
    { name: "runs", sql: `  SELECT case_id, run,
    LAG(place) OVER (PARTITION BY case_id ORDER BY run) AS h1,
    LAG(place, 2) OVER (PARTITION BY case_id ORDER BY run) AS h2
  FROM numbered WHERE new_run = 1` },
    { name: "histories", sql: `  SELECT n.position, n.length, n.t, n.st, n.a, n.place AS dep, r.h1, r.h2, n.next_a, n.next_place AS next_dep, n.next_t, n.next_st,
    CASE WHEN n.next_place = n.place THEN r.h1 ELSE n.place END AS next_h1,
    CASE WHEN n.next_place = n.place THEN r.h2 ELSE r.h1 END AS next_h2
  FROM numbered n JOIN runs r ON r.case_id = n.case_id AND r.run = n.run` },
    { name: "states", sql: `  SELECT position, length, t, st, a, dep, ${h1} AS h1, ${h2} AS h2, next_a, next_dep, ${nextH1} AS next_h1, ${nextH2} AS next_h2, next_t, next_st
  FROM histories` },
  ];
  return { steps, select: `${row("total", { name: "'cases'", n: "SUM(CASE WHEN position = 1 THEN 1 ELSE 0 END)" })} FROM states
UNION ALL ${row("total", { name: "'events'", n: "COUNT(*)" })} FROM states
UNION ALL ${row("activity", { name: "activity", activity: "a" })} FROM activity_index
UNION ALL ${row("department", { name: "department", department: "dep" })} FROM department_index
UNION ALL ${row("state", { activity: "a", department: "dep", history_1: "h1", history_2: "h2", n: "COUNT(*)", starts: "SUM(CASE WHEN position = 1 THEN 1 ELSE 0 END)", ends: "SUM(CASE WHEN position = length THEN 1 ELSE 0 END)", service_micros: `COALESCE(${sum("t - st")}, 0)`, service_events: "COUNT(st)" })} FROM states GROUP BY a, dep, h1, h2
UNION ALL ${row("transition", { activity: "a", department: "dep", history_1: "h1", history_2: "h2", next_activity: "next_a", next_department: "next_dep", next_history_1: "next_h1", next_history_2: "next_h2", n: "COUNT(*)", micros: sum("COALESCE(next_st, next_t) - t") })} FROM states WHERE next_a IS NOT NULL GROUP BY a, dep, h1, h2, next_a, next_dep, next_h1, next_h2
` };
}
