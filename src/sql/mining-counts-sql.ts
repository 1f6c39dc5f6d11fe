import { sqlDialects, type SqlDialectName } from "./sql-dialects.js";
import type { SqlLogMapping } from "./sql-log-mapping.js";

/**
 * Options of `miningCountsSql`: the engine, and the mining options of `countMining`.
 *
 * @example
 * miningCountsSql(mapping, { dialect: "postgres", history: 1 });
 */
export interface MiningCountsSqlOptions {
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
] as const;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The counts a mined model is made of (`MiningCounts`, as `countMining` computes them in
 * process), as one SQL query: events ordered per case by time (ties by `order`), missing
 * departments inherited, department runs numbered, each event's state = (activity, department,
 * departments of the last `history` runs), then per state the visits, starts and ends, and per
 * directly-following pair of states the count and the summed wait. Activities and departments
 * are numbered in order of first appearance (by `order`), the unknown department is -1 and an
 * absent history slot NULL. The rows go to `miningCountsFromAggregate`, whose result goes to
 * `serviceFromCounts`. Start times (service time) are not part of it: all time is waiting.
 *
 * @example
 * const sql = miningCountsSql({ source: "events", case: "case_id", activity: "activity", timestamp: "ts", department: "team", order: "event_id" }, { dialect: "postgres" });
 * const counts = miningCountsFromAggregate((await pg.query(sql)).rows, { history: 2, missingDepartment: "inherit" });
 * serviceFromCounts(counts, { id: "contacts" });
 */
export function miningCountsSql(mapping: SqlLogMapping, options: MiningCountsSqlOptions = {}): string {
  const { dialect = "duckdb", history = 2, missingDepartment = "inherit", activitySeparator = "+" } = options;
  if (sqlDialects[dialect] === undefined) throw new TypeError(`miningCountsSql: unknown dialect ${JSON.stringify(dialect)}: use one of ${Object.keys(sqlDialects).join(", ")}`);
  if (history !== 0 && history !== 1 && history !== 2) throw new RangeError(`miningCountsSql: invalid history ${JSON.stringify(history)}: use 0, 1 or 2`);
  if (missingDepartment !== "inherit" && missingDepartment !== "unknown") throw new RangeError(`miningCountsSql: invalid missingDepartment ${JSON.stringify(missingDepartment)}: use "inherit" or "unknown"`);
  const d = sqlDialects[dialect];
  const column = (c: string) => d.identifier(c);
  const text = (c: string) => `CAST(${column(c)} AS ${d.text})`;
  const activities = typeof mapping.activity === "string" ? [mapping.activity] : mapping.activity;
  const activity = activities.length === 1 ? text(activities[0]!) : d.joinNonEmpty(activities.map(text), activitySeparator);
  const markers = ["", ...(mapping.missing ?? [])].map(literal).join(", ");
  const department =
    mapping.department === undefined
      ? `CAST(NULL AS ${d.text})`
      : `CASE WHEN ${text(mapping.department)} IN (${markers}) THEN NULL ELSE ${text(mapping.department)} END`;
  const micros = d.epochMicros(column(mapping.timestamp));
  const fileOrder = mapping.order === undefined ? micros : `CAST(${column(mapping.order)} AS ${d.bigint})`;
  const kept = d.materialized === "" ? "" : `${d.materialized} `;
  const nullBig = `CAST(NULL AS ${d.bigint})`;
  const nullDouble = `CAST(NULL AS ${d.double})`;
  const sum = (v: string) => `CAST(SUM(CAST(${v} AS ${d.decimal})) AS ${d.double})`;
  const w = "(PARTITION BY case_id ORDER BY position)";
  const h1 = history >= 1 ? "r1.place" : nullBig;
  const h2 = history >= 2 ? "r2.place" : nullBig;
  // every part fills the columns it has (MINING_AGGREGATE_COLUMNS) and leaves the others NULL
  const row = (part: string, cols: Partial<Record<string, string>>) =>
    `SELECT ${literal(part)} AS part, ${cols.name ?? `CAST(NULL AS ${d.text})`} AS name, ${["activity", "department", "history_1", "history_2", "next_activity", "next_department", "next_history_1", "next_history_2", "n", "starts", "ends"].map((c) => `${cols[c] ?? nullBig} AS ${c}`).join(", ")}, ${cols.micros ?? nullDouble} AS micros`;
  return `WITH events AS (
  SELECT ${text(mapping.case)} AS case_id, ${activity} AS activity, ${department} AS department,
    ${micros} AS t, ${fileOrder} AS file_order
  FROM ${mapping.source}
),
activity_index AS (
  SELECT activity, ROW_NUMBER() OVER (ORDER BY MIN(file_order), activity) - 1 AS a FROM events GROUP BY activity
),
department_index AS (
  SELECT department, ROW_NUMBER() OVER (ORDER BY MIN(file_order), department) - 1 AS dep FROM events WHERE department IS NOT NULL GROUP BY department
),
ordered AS ${kept}(
  SELECT e.case_id, i.a, COALESCE(x.dep, -1) AS dep, e.t,
    ROW_NUMBER() OVER (PARTITION BY e.case_id ORDER BY e.t, e.file_order) AS position,
    COUNT(*) OVER (PARTITION BY e.case_id) AS length
  FROM events e JOIN activity_index i ON i.activity = e.activity LEFT JOIN department_index x ON x.department = e.department
),
placed AS (
  SELECT case_id, a, dep, t, position, length,
    SUM(CASE WHEN dep >= 0 THEN 1 ELSE 0 END) OVER (PARTITION BY case_id ORDER BY position ROWS UNBOUNDED PRECEDING) AS known_seen,
    MIN(CASE WHEN dep >= 0 THEN position END) OVER (PARTITION BY case_id) AS first_known
  FROM ordered
),
first_known AS (
  SELECT p.case_id, o.dep FROM (SELECT DISTINCT case_id, first_known FROM placed WHERE first_known IS NOT NULL) p
  JOIN ordered o ON o.case_id = p.case_id AND o.position = p.first_known
),
inherited AS (
  SELECT p.case_id, p.a, p.t, p.position, p.length, ${
    missingDepartment === "unknown"
      ? "p.dep"
      : "CASE WHEN p.dep >= 0 THEN p.dep WHEN p.known_seen = 0 THEN COALESCE(f.dep, -1) ELSE MAX(p.dep) OVER (PARTITION BY p.case_id, p.known_seen) END"
  } AS place
  FROM placed p LEFT JOIN first_known f ON f.case_id = p.case_id
),
marked AS (
  SELECT case_id, a, t, position, length, place,
    CASE WHEN position = 1 OR place <> LAG(place) OVER (PARTITION BY case_id ORDER BY position) THEN 1 ELSE 0 END AS new_run
  FROM inherited
),
numbered AS ${kept}(
  SELECT case_id, a, t, position, length, place, SUM(new_run) OVER (PARTITION BY case_id ORDER BY position ROWS UNBOUNDED PRECEDING) AS run
  FROM marked
),
runs AS (
  SELECT DISTINCT case_id, run, place FROM numbered
),
states AS ${kept}(
  SELECT n.case_id, n.position, n.length, n.t, n.a, n.place AS dep, ${h1} AS h1, ${h2} AS h2
  FROM numbered n LEFT JOIN runs r1 ON r1.case_id = n.case_id AND r1.run = n.run - 1 LEFT JOIN runs r2 ON r2.case_id = n.case_id AND r2.run = n.run - 2
),
steps AS (
  SELECT a, dep, h1, h2, t,
    LEAD(a) OVER ${w} AS next_a, LEAD(dep) OVER ${w} AS next_dep, LEAD(h1) OVER ${w} AS next_h1,
    LEAD(h2) OVER ${w} AS next_h2, LEAD(t) OVER ${w} AS next_t
  FROM states
)
${row("total", { name: "'cases'", n: "COUNT(DISTINCT case_id)" })} FROM events
UNION ALL ${row("total", { name: "'events'", n: "COUNT(*)" })} FROM events
UNION ALL ${row("activity", { name: "activity", activity: "a" })} FROM activity_index
UNION ALL ${row("department", { name: "department", department: "dep" })} FROM department_index
UNION ALL ${row("state", { activity: "a", department: "dep", history_1: "h1", history_2: "h2", n: "COUNT(*)", starts: "SUM(CASE WHEN position = 1 THEN 1 ELSE 0 END)", ends: "SUM(CASE WHEN position = length THEN 1 ELSE 0 END)" })} FROM states GROUP BY a, dep, h1, h2
UNION ALL ${row("transition", { activity: "a", department: "dep", history_1: "h1", history_2: "h2", next_activity: "next_a", next_department: "next_dep", next_history_1: "next_h1", next_history_2: "next_h2", n: "COUNT(*)", micros: sum("next_t - t") })} FROM steps WHERE next_a IS NOT NULL GROUP BY a, dep, h1, h2, next_a, next_dep, next_h1, next_h2
`;
}
