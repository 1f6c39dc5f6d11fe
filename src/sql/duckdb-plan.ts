import type { CountMiningOptions } from "../mining/count-mining.js";
import type { SqlStep } from "./sql-query.js";

/**
 * The DuckDB engine's own plan of the log report and the mining counts together: one sort of
 * the events per case by time (ties in file order) for everything a row and its neighbours
 * give, and a second, per case by position, for the department runs; the rest are hash
 * aggregates. It reads the view `hukka_events` (`rn` file order, `case_id`, `activity`,
 * `department` with missing markers as NULL, `t` and `st` in microseconds since 1970, `st` NULL
 * without a start time). The published SQL (`logAggregateSql`, `miningCountsSql`) says the same
 * in the SQL every engine reads; this one uses what DuckDB has beside it (`IGNORE NULLS`, lists,
 * structs) to sort the events twice instead of six times. Not part of the public API.
 */
export interface DuckDBPlan {
  /** Tables made in order, each from the ones before. */
  readonly steps: readonly SqlStep[];
  /** The rows of `LogAggregateRow`. */
  readonly report: string;
  /** Cases, events and Σ over cases of the microseconds from the first start (or event) to the last event. */
  readonly totals: string;
  readonly activities: string;
  readonly departments: string;
  /** Per state: activity, department, history (`h1` the run before, `h2` the one before it), visits, starts, ends, service. */
  readonly states: string;
  /** Per pair of states: both states, count, Σ microseconds waited. */
  readonly transitions: string;
}

/** Positions and activity ids packed in one BIGINT of a variant key: positions 1…n above, the id below. */
const PACK = 4_294_967_296;

/**
 * Writes the plan for the mining options and the number of variants listed.
 *
 * @example
 * duckdbPlan({ history: 2, missingDepartment: "inherit" }, 10).steps.map((s) => s.name);
 * // ["hukka_activities", "hukka_departments", "hukka_case_keys", "hukka_states", "hukka_cases", "hukka_case_departments", "hukka_variants"]
 */
export function duckdbPlan(mining: Required<CountMiningOptions>, topVariants: number, startTimes = true): DuckDBPlan {
  const { history, missingDepartment } = mining;
  // Without start times the columns of starts are left out of the rows sorted and kept (an empty
  // column still takes its width in every row), and read as NULL.
  const st = startTimes ? "st" : "CAST(NULL AS BIGINT)";
  const nextSt = startTimes ? "next_st" : "CAST(NULL AS BIGINT)";
  const withStarts = (columns: string) => (startTimes ? columns : "");
  const inherit = missingDepartment === "inherit";
  // A run of departments starts where the known department changes; its mark is the department
  // of the run before (-2: none). The mined model's runs are the same when missing departments
  // are inherited; with `unknown` the unknown department is one more department (-1).
  const runStart = "d IS NOT NULL AND (known_before IS NULL OR known_before <> d)";
  const modelRunMark = inherit
    ? `CASE WHEN ${runStart} THEN COALESCE(known_before, -2) END`
    : "CASE WHEN placed_before IS NULL OR placed_before <> COALESCE(d, -1) THEN COALESCE(placed_before, -2) END";
  const placed = inherit ? "COALESCE(d, known_before, first_known, -1)" : "COALESCE(d, -1)";
  const nextPlaced = inherit ? "COALESCE(next_d, d, known_before, first_known, -1)" : "COALESCE(next_d, -1)";
  const slot = (v: string) => `CASE WHEN ${v} >= -1 THEN ${v} END`;
  const none = "CAST(NULL AS BIGINT)";
  const steps: SqlStep[] = [
    // ids as INTEGER: half the width of a BIGINT in every row sorted and kept
    { name: "hukka_activities", sql: "SELECT activity, CAST(ROW_NUMBER() OVER (ORDER BY MIN(rn), activity) - 1 AS INTEGER) AS a FROM hukka_events GROUP BY activity" },
    {
      name: "hukka_departments",
      sql: "SELECT department, CAST(ROW_NUMBER() OVER (ORDER BY MIN(rn), department) - 1 AS INTEGER) AS d FROM hukka_events WHERE department IS NOT NULL GROUP BY department",
    },
    { name: "hukka_case_keys", sql: "SELECT case_id, MIN(rn) AS case_rank FROM hukka_events GROUP BY case_id" },
    {
      // The one sort by time gives every neighbour (the next event, none after the case's last;
      // the last known department before); read backwards from each event, the first run mark is its run's (the run before)
      // and the second the run before that one's: the history of every event in one window.
      name: "hukka_states",
      sql: `SELECT case_rank, position, a, d, t, ${withStarts("st, ")}next_a, next_t, ${withStarts("next_st, ")}known_before, known_before_t, mark,
    mark IS NOT NULL AND d = ${inherit ? "model_h2" : "mark_2"} AS ping_pong,
    ${placed} AS place, ${history >= 1 ? slot("model_h1") : none} AS h1, ${history >= 2 ? slot("model_h2") : none} AS h2, ${nextPlaced} AS next_place
  FROM (SELECT *,
      FIRST_VALUE(model_mark IGNORE NULLS) OVER back AS model_h1, NTH_VALUE(model_mark, 2 IGNORE NULLS) OVER back AS model_h2${inherit ? "" : ",\n      NTH_VALUE(mark, 2 IGNORE NULLS) OVER back AS mark_2"}
    FROM (SELECT *, CASE WHEN ${runStart} THEN COALESCE(known_before, -2) END AS mark, ${modelRunMark} AS model_mark FROM (
      SELECT k.case_rank, i.a, x.d, e.t, ${withStarts("e.st, ")}ROW_NUMBER() OVER w AS position,
        LEAD(i.a) OVER w AS next_a, LEAD(x.d) OVER w AS next_d, LEAD(e.t) OVER w AS next_t, ${withStarts("LEAD(e.st) OVER w AS next_st, ")}
        LAG(x.d IGNORE NULLS) OVER w AS known_before,
        LAG(CASE WHEN x.d IS NOT NULL THEN e.t END IGNORE NULLS) OVER w AS known_before_t,
        FIRST_VALUE(x.d IGNORE NULLS) OVER c AS first_known${inherit ? "" : ",\n        LAG(COALESCE(x.d, -1)) OVER w AS placed_before"}
      FROM hukka_events e JOIN hukka_case_keys k ON k.case_id = e.case_id JOIN hukka_activities i ON i.activity = e.activity LEFT JOIN hukka_departments x ON x.department = e.department
      WINDOW c AS (PARTITION BY k.case_rank), w AS (PARTITION BY k.case_rank ORDER BY e.t, e.rn)) o) m
    WINDOW back AS (PARTITION BY case_rank ORDER BY position DESC ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)) r`,
    },
    {
      // a variant's key: the sorted list of position × PACK + activity id (an unordered list
      // sorted afterwards costs a fifth of an ordered aggregate)
      name: "hukka_cases",
      sql: `SELECT case_rank, COUNT(*) AS events, COUNT(mark) AS runs, COUNT(CASE WHEN ping_pong THEN 1 END) AS ping_pongs,
    MAX(t) - MIN(t) AS duration, MAX(t) - arg_min(COALESCE(${st}, t), position) AS span, list_sort(list(position * ${PACK} + a)) AS variant
  FROM hukka_states GROUP BY case_rank`,
    },
    // runs per (case, department), for revisits: a second list per case (its departments) did
    // not spill, and ran out of memory at a hundred million events
    { name: "hukka_case_departments", sql: "SELECT case_rank, COUNT(*) AS runs FROM hukka_states WHERE mark IS NOT NULL GROUP BY case_rank, d" },
    { name: "hukka_variants", sql: "SELECT variant, COUNT(*) AS n, MIN(case_rank) AS case_rank FROM hukka_cases GROUP BY variant" },
  ];
  const N = "NULL";
  const total = (name: string, value: string, from: string) => `SELECT 'total', '${name}', ${N}, ${value}, ${N}, ${N}, ${N}, ${N} FROM ${from}`;
  const report = [
    `SELECT 'total' AS part, 'cases' AS name, CAST(NULL AS VARCHAR) AS next_name, COUNT(*) AS n, CAST(NULL AS DOUBLE) AS micros, CAST(NULL AS DOUBLE) AS median_micros, ${none} AS rank, ${none} AS position FROM hukka_cases`,
    total("events", "SUM(events)", "hukka_cases"),
    total("handoffs", "SUM(runs) - COUNT(CASE WHEN runs > 0 THEN 1 END)", "hukka_cases"),
    total("ping_pongs", "SUM(ping_pongs)", "hukka_cases"),
    total("cases_with_handoff", "COUNT(CASE WHEN runs > 1 THEN 1 END)", "hukka_cases"),
    total("cases_with_ping_pong", "COUNT(CASE WHEN ping_pongs > 0 THEN 1 END)", "hukka_cases"),
    total("revisits", "SUM(runs - 1)", "hukka_case_departments"),
    total("cases_with_revisit", "COUNT(DISTINCT case_rank)", "hukka_case_departments WHERE runs > 1"),
    // a case's repeats are its events less its activities, the same for every case of a variant
    total("repeats", `SUM(n * (len(variant) - len(list_distinct(list_transform(variant, lambda k: k % ${PACK})))))`, "hukka_variants"),
    total("activities", "COUNT(*)", "hukka_activities"),
    total("departments", "COUNT(*)", "hukka_departments"),
    total("variants", "COUNT(*)", "hukka_variants"),
    `SELECT 'handoff', f.department, g.department, h.n, ${N}, ${N}, h.first.r, h.first.p FROM (
  SELECT known_before, d, COUNT(*) AS n, MIN({'r': case_rank, 'p': position}) AS first FROM hukka_states WHERE mark >= 0 GROUP BY known_before, d
) h JOIN hukka_departments f ON f.d = h.known_before JOIN hukka_departments g ON g.d = h.d`,
    `SELECT 'follows', f.activity, g.activity, p.n, p.micros, ${N}, p.first.r, p.first.p FROM (
  SELECT a, next_a, COUNT(*) AS n, CAST(SUM(next_t - t) AS DOUBLE) AS micros, MIN({'r': case_rank, 'p': position}) AS first
  FROM hukka_states WHERE next_a IS NOT NULL GROUP BY a, next_a
) p JOIN hukka_activities f ON f.a = p.a JOIN hukka_activities g ON g.a = p.next_a`,
    `SELECT 'variant', i.activity, ${N}, v.n, ${N}, ${N}, v.rank, v.key // ${PACK} FROM (
  SELECT n, rank, UNNEST(variant) AS key FROM (
    SELECT variant, n, ROW_NUMBER() OVER (ORDER BY n DESC, case_rank) AS rank FROM hukka_variants ORDER BY n DESC, case_rank LIMIT ${topVariants})
) v JOIN hukka_activities i ON i.a = v.key % ${PACK}`,
    minutesFromCounts("'cases'", "duration", "hukka_cases"),
    minutesFromCounts(
      "CASE WHEN d = known_before THEN 'stays' ELSE 'changes' END",
      "t - known_before_t",
      "hukka_states WHERE d IS NOT NULL AND known_before IS NOT NULL",
    ),
  ].join("\nUNION ALL ");
  return {
    steps,
    report,
    totals: "SELECT COUNT(*) AS cases, SUM(events) AS events, CAST(SUM(span) AS DOUBLE) AS span_micros FROM hukka_cases",
    activities: "SELECT activity AS name FROM hukka_activities ORDER BY a",
    departments: "SELECT department AS name FROM hukka_departments ORDER BY d",
    states: `SELECT a, place, h1, h2, COUNT(*) AS n, COUNT(CASE WHEN position = 1 THEN 1 END) AS starts, COUNT(CASE WHEN next_a IS NULL THEN 1 END) AS ends,
  CAST(COALESCE(SUM(t - ${st}), 0) AS DOUBLE) AS service_micros, COUNT(${st}) AS service_events
FROM hukka_states GROUP BY a, place, h1, h2`,
    transitions: `SELECT a, place, h1, h2, next_a, next_place,
  CASE WHEN next_place = place THEN h1 ELSE ${history >= 1 ? "place" : none} END AS next_h1,
  CASE WHEN next_place = place THEN h2 ELSE ${history >= 2 ? "h1" : none} END AS next_h2,
  COUNT(*) AS n, CAST(SUM(COALESCE(${nextSt}, next_t) - t) AS DOUBLE) AS micros
FROM hukka_states WHERE next_a IS NOT NULL GROUP BY ALL`,
  };
}

/**
 * The `minutes` rows of one kind of duration (`kind` and `value` SQL expressions over `from`):
 * count, Σ microseconds and the exact median, from the count of each distinct value. DuckDB's
 * `median` holds every value in memory (about 80 million stays and changes at a hundred million
 * events, beyond its memory limit); a count per distinct value is a hash aggregate, which
 * spills, and event logs' durations repeat (whole seconds or minutes). The median is the mean
 * of the values at positions ⌊(n + 1) / 2⌋ and ⌊n / 2⌋ + 1 of the sorted values, each the
 * smallest value whose running count reaches its position: `median`'s own value, as the
 * values are whole microseconds (below 2⁵³, so the mean of two is exact).
 */
function minutesFromCounts(kind: string, value: string, from: string): string {
  return `SELECT 'minutes', kind, NULL, CAST(SUM(c) AS BIGINT), CAST(SUM(s) AS DOUBLE),
  (MIN(x) FILTER (WHERE upto >= (total + 1) // 2) + MIN(x) FILTER (WHERE upto >= total // 2 + 1)) / 2, NULL, NULL
FROM (SELECT kind, x, c, s, SUM(c) OVER (PARTITION BY kind ORDER BY x ROWS UNBOUNDED PRECEDING) AS upto, SUM(c) OVER (PARTITION BY kind) AS total
  FROM (SELECT ${kind} AS kind, ${value} AS x, COUNT(*) AS c, SUM(${value}) AS s FROM ${from} GROUP BY ALL))
GROUP BY kind`;
}
