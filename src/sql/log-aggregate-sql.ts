import { sqlDialects, type SqlDialectName } from "./sql-dialects.js";
import type { SqlLogMapping } from "./sql-log-mapping.js";
import { eventsStep } from "./events-step.js";
import { withStatement, type SqlQuery, type SqlStep } from "./sql-query.js";

/**
 * Options of `logAggregateSql`.
 *
 * @example
 * logAggregateSql(mapping, { dialect: "bigquery", topVariants: 20 });
 */
export interface LogAggregateSqlOptions {
  /** The engine to write for. */
  dialect?: SqlDialectName;
  /** How many of the most frequent variants to list. */
  topVariants?: number;
  /** Joins several activity columns into one activity. */
  activitySeparator?: string;
}

const DEFAULTS: Required<LogAggregateSqlOptions> = { dialect: "duckdb", topVariants: 10, activitySeparator: "+" };

/** The names of the aggregate's columns, in order. */
export const LOG_AGGREGATE_COLUMNS = ["part", "name", "next_name", "n", "micros", "median_micros", "rank", "position"] as const;

/**
 * The aggregation behind `analyseLog`, as one SQL query for a warehouse or DuckDB: window
 * functions over each case ordered by time (ties by the `order` column, e.g. a row number in
 * file order), giving a small table whose size grows with activities, departments and
 * variants, never with events. Its rows (columns `LOG_AGGREGATE_COLUMNS`) go to
 * `logReportFromAggregate`, which builds the same `LogReport` as `analyseLog` on the events.
 *
 * The rows, by `part`: `total` (name, n) for each count of the report; `handoff` and `follows`
 * (name → next_name, n, micros between, first case `rank` and `position` where the pair first
 * occurs); `variant` (the activity at `position` of the variant ranked `rank`, n cases); and
 * `minutes` (`cases`, `changes`, `stays`: n, Σ micros, median micros).
 *
 * @example
 * logAggregateSql(
 *   { source: "events", case: "case_id", activity: "activity", timestamp: "ts", department: "team", order: "event_id" },
 *   { dialect: "postgres" },
 * );
 * // "WITH events AS (SELECT CAST(\"case_id\" AS TEXT) AS case_id, …"
 */
export function logAggregateSql(mapping: SqlLogMapping, options: LogAggregateSqlOptions = {}): string {
  return withStatement(logAggregateQuery(mapping, options), sqlDialects[options.dialect ?? DEFAULTS.dialect].materialized);
}

/** `logAggregateSql` as its steps, for the DuckDB engine, which runs them one by one. Not part of the public API. */
export function logAggregateQuery(mapping: SqlLogMapping, options: LogAggregateSqlOptions = {}): SqlQuery {
  const { dialect: name, topVariants, activitySeparator } = { ...DEFAULTS, ...options };
  const d = sqlDialects[name];
  if (d === undefined) throw new TypeError(`logAggregateSql: unknown dialect ${JSON.stringify(name)}: use one of ${Object.keys(sqlDialects).join(", ")}`);
  if (!Number.isInteger(topVariants) || topVariants < 0) throw new TypeError(`logAggregateSql: topVariants must be a whole number ≥ 0, not ${topVariants}`);
  const events = eventsStep("logAggregateSql", mapping, d, activitySeparator);
  const nullText = `CAST(NULL AS ${d.text})`;
  const nullDouble = `CAST(NULL AS ${d.double})`;
  const nullBigint = `CAST(NULL AS ${d.bigint})`;
  const sum = (v: string) => `CAST(SUM(CAST(${v} AS ${d.decimal})) AS ${d.double})`;
  const medianColumn = d.medianColumn("duration", "kind");
  // `rank` is also a function's name: quoted where it names the column
  const rankAlias = d.identifier("rank");
  const total = (label: string, value: string, from: string) =>
    `SELECT 'total' AS part, ${d.literal(label)} AS name, ${nullText} AS next_name, CAST(${value} AS ${d.bigint}) AS n, ${nullDouble} AS micros, ${nullDouble} AS median_micros, ${nullBigint} AS ${rankAlias}, ${nullBigint} AS position FROM ${from}`;
  const rows = [
    total("cases", "COUNT(*)", "cases"),
    total("events", "SUM(event_count)", "cases"),
    total("activities", "COUNT(*)", "activity_ids"),
    total("departments", "COUNT(DISTINCT department)", "ordered"),
    total("handoffs", "SUM(runs - 1)", "case_runs"),
    total("ping_pongs", "SUM(ping_pongs)", "case_runs"),
    total("revisits", "SUM(runs - 1)", "department_runs"),
    total("repeats", "(SELECT COUNT(*) FROM ordered) - COUNT(*)", "case_activities"),
    total("cases_with_handoff", "SUM(CASE WHEN runs > 1 THEN 1 ELSE 0 END)", "case_runs"),
    total("cases_with_ping_pong", "SUM(CASE WHEN ping_pongs > 0 THEN 1 ELSE 0 END)", "case_runs"),
    total("cases_with_revisit", "COUNT(DISTINCT case_id)", "department_runs WHERE runs > 1"),
    total("variants", "COUNT(*)", "variant_totals"),
    `SELECT 'handoff', previous_run, department, n, ${nullDouble}, ${nullDouble}, case_rank, position FROM handoff_pairs`,
    `SELECT 'follows', activity, next_activity, n, micros, ${nullDouble}, case_rank, position FROM follow_pairs`,
    `SELECT 'variant', o.activity, ${nullText}, v.n, ${nullDouble}, ${nullDouble}, v.variant_rank, o.position FROM ranked_variants v JOIN ordered o ON o.case_id = v.case_id WHERE v.variant_rank <= ${topVariants}`,
    `SELECT 'minutes', kind, ${nullText}, COUNT(*), ${sum("duration")}, CAST(${d.median("duration")} AS ${d.double}), ${nullBigint}, ${nullBigint} FROM durations GROUP BY kind`,
  ];
  const key = d.variantKey;
  const caseVariants =
    "grouped" in key
      ? `SELECT o.case_id, MIN(o.case_rank) AS case_rank, ${key.grouped("i.activity_id", "o.position")} AS variant
  FROM ordered o JOIN activity_ids i ON i.activity = o.activity GROUP BY o.case_id`
      : `SELECT case_id, case_rank, ${key.key("ids")} AS variant FROM (
    SELECT o.case_id, o.case_rank, o.position, ${key.window("i.activity_id", "o.position")} OVER (PARTITION BY o.case_id) AS ids
    FROM ordered o JOIN activity_ids i ON i.activity = o.activity
  ) w WHERE position = 1`;
  const steps: SqlStep[] = [
    events,
    { name: "ordered", kept: true, sql: `  SELECT case_id, activity, department, t,
    MIN(file_order) OVER (PARTITION BY case_id) AS case_rank,
    ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY t, file_order) AS position,
    LEAD(activity) OVER (PARTITION BY case_id ORDER BY t, file_order) AS next_activity,
    LEAD(t) OVER (PARTITION BY case_id ORDER BY t, file_order) AS next_t
  FROM events` },
    { name: "cases", sql: `  SELECT case_id, COUNT(*) AS event_count, MAX(t) - MIN(t) AS duration FROM ordered GROUP BY case_id` },
    { name: "case_activities", sql: `  SELECT DISTINCT case_id, activity FROM ordered` },
    { name: "known", kept: true, sql: `  SELECT case_id, case_rank, position, department, t,
    LAG(department) OVER (PARTITION BY case_id ORDER BY position) AS previous_department,
    LAG(t) OVER (PARTITION BY case_id ORDER BY position) AS previous_t
  FROM ordered WHERE department IS NOT NULL` },
    { name: "runs", kept: true, sql: `  SELECT case_id, case_rank, position, department,
    LAG(department) OVER (PARTITION BY case_id ORDER BY position) AS previous_run,
    LAG(department, 2) OVER (PARTITION BY case_id ORDER BY position) AS run_before_previous
  FROM known WHERE previous_department IS NULL OR previous_department <> department` },
    { name: "case_runs", sql: `  SELECT case_id, COUNT(*) AS runs, SUM(CASE WHEN department = run_before_previous THEN 1 ELSE 0 END) AS ping_pongs
  FROM runs GROUP BY case_id` },
    { name: "department_runs", sql: `  SELECT case_id, department, COUNT(*) AS runs FROM runs GROUP BY case_id, department` },
    { name: "handoff_totals", sql: `  SELECT previous_run, department, COUNT(*) AS n, MIN(case_rank) AS case_rank
  FROM runs WHERE previous_run IS NOT NULL GROUP BY previous_run, department` },
    { name: "handoff_pairs", sql: `  SELECT t.previous_run, t.department, t.n, t.case_rank, MIN(r.position) AS position
  FROM handoff_totals t JOIN runs r ON r.previous_run = t.previous_run AND r.department = t.department AND r.case_rank = t.case_rank
  GROUP BY t.previous_run, t.department, t.n, t.case_rank` },
    { name: "follow_totals", sql: `  SELECT activity, next_activity, COUNT(*) AS n, ${sum("next_t - t")} AS micros, MIN(case_rank) AS case_rank
  FROM ordered WHERE next_activity IS NOT NULL GROUP BY activity, next_activity` },
    { name: "follow_pairs", sql: `  SELECT t.activity, t.next_activity, t.n, t.micros, t.case_rank, MIN(o.position) AS position
  FROM follow_totals t JOIN ordered o ON o.activity = t.activity AND o.next_activity = t.next_activity AND o.case_rank = t.case_rank
  GROUP BY t.activity, t.next_activity, t.n, t.micros, t.case_rank` },
    { name: "activity_ids", sql: `  SELECT activity, ROW_NUMBER() OVER (ORDER BY activity) AS activity_id FROM (SELECT DISTINCT activity FROM ordered) a` },
    { name: "case_variants", sql: `  ${caseVariants}` },
    { name: "variant_totals", sql: `  SELECT variant, COUNT(*) AS n, MIN(case_rank) AS case_rank FROM case_variants GROUP BY variant` },
    { name: "variant_firsts", sql: `  SELECT t.variant, t.n, t.case_rank, MIN(c.case_id) AS case_id
  FROM variant_totals t JOIN case_variants c ON c.variant = t.variant AND c.case_rank = t.case_rank
  GROUP BY t.variant, t.n, t.case_rank` },
    { name: "top_variants", sql: `  SELECT variant, n, case_rank, case_id FROM variant_firsts ORDER BY n DESC, case_rank, case_id LIMIT ${topVariants}` },
    { name: "ranked_variants", sql: `  SELECT variant, case_id, n, ROW_NUMBER() OVER (ORDER BY n DESC, case_rank, case_id) AS variant_rank FROM top_variants` },
    { name: "waits", sql: `  SELECT CASE WHEN department = previous_department THEN 'stays' ELSE 'changes' END AS kind, t - previous_t AS duration
  FROM known WHERE previous_department IS NOT NULL
  UNION ALL
  SELECT 'cases' AS kind, duration FROM cases` },
    { name: "durations", sql: `  SELECT kind, duration${medianColumn === null ? "" : `, ${medianColumn}`} FROM waits` },
  ];
  return { steps, select: `${rows.join("\nUNION ALL\n")}\n` };
}
