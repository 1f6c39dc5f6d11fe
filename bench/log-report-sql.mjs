// The peer of `hukka mine` for the log report (DESIGN §10): the same figures as one DuckDB SQL
// session, written as a data analyst would write them — window functions over each case ordered
// by time (ties in file order): runs by LAG, hand-offs = runs − cases, ping-pongs by LAG(…, 2),
// directly-follows pairs by LEAD, variants by string_agg, the waits' medians by `median`.
// Used by bench/mine.mjs; DuckDB (`@duckdb/node-api`) is hukka's optional dependency.

/** The log report's figures for the CSV `file` with the columns of `mapping`, in one DuckDB session. */
export async function logReportSql(file, mapping) {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const id = (name) => `"${name.replace(/"/g, '""')}"`;
  const text = (value) => `'${value.replace(/'/g, "''")}'`;
  const missing = ["", ...mapping.missing].map(text).join(", ");
  const sql = `
    WITH events AS (
      SELECT ${id(mapping.case)} AS case_id, ${id(mapping.activity)} AS activity,
        CASE WHEN ${id(mapping.department)} IN (${missing}) THEN NULL ELSE ${id(mapping.department)} END AS department,
        epoch_us(CAST(${id(mapping.timestamp)} AS TIMESTAMPTZ)) AS t, row_number() OVER () AS file_order
      FROM read_csv(${text(file)}, header = true, all_varchar = true)
    ),
    ordered AS (
      SELECT case_id, activity, department, t,
        row_number() OVER w AS position, LEAD(activity) OVER w AS next_activity, LEAD(t) OVER w AS next_t
      FROM events WINDOW w AS (PARTITION BY case_id ORDER BY t, file_order)
    ),
    known AS (
      SELECT case_id, position, department, t,
        LAG(department) OVER w AS previous_department, LAG(t) OVER w AS previous_t
      FROM ordered WHERE department IS NOT NULL WINDOW w AS (PARTITION BY case_id ORDER BY position)
    ),
    runs AS (
      SELECT case_id, department, LAG(department, 2) OVER (PARTITION BY case_id ORDER BY position) AS run_before_previous
      FROM known WHERE previous_department IS NULL OR previous_department <> department
    ),
    case_runs AS (
      SELECT case_id, COUNT(*) AS runs, COUNT(DISTINCT department) AS departments,
        SUM(CASE WHEN department = run_before_previous THEN 1 ELSE 0 END) AS ping_pongs
      FROM runs GROUP BY case_id
    ),
    follows AS (
      SELECT activity, next_activity, COUNT(*) AS n, AVG(next_t - t) AS mean_micros
      FROM ordered WHERE next_activity IS NOT NULL GROUP BY activity, next_activity
    ),
    handoff_pairs AS (
      SELECT previous_department, department, COUNT(*) AS n FROM known
      WHERE previous_department <> department GROUP BY previous_department, department
    ),
    variants AS (
      SELECT string_agg(activity, ',' ORDER BY position) AS variant FROM ordered GROUP BY case_id
    ),
    waits AS (
      SELECT median(CASE WHEN department <> previous_department THEN t - previous_t END) AS changes,
        median(CASE WHEN department = previous_department THEN t - previous_t END) AS stays
      FROM known WHERE previous_department IS NOT NULL
    )
    SELECT
      (SELECT COUNT(DISTINCT case_id) FROM events) AS cases,
      (SELECT COUNT(*) FROM events) AS events,
      (SELECT SUM(runs - 1) FROM case_runs) AS handoffs,
      (SELECT SUM(ping_pongs) FROM case_runs) AS ping_pongs,
      (SELECT SUM(runs - departments) FROM case_runs) AS revisits,
      (SELECT COUNT(*) FROM follows) AS follow_pairs,
      (SELECT COUNT(*) FROM handoff_pairs) AS handoff_pairs,
      (SELECT COUNT(DISTINCT variant) FROM variants) AS variants,
      (SELECT changes / 60e6 FROM waits) AS median_wait_changes_minutes,
      (SELECT stays / 60e6 FROM waits) AS median_wait_stays_minutes`;
  const reader = await connection.runAndReadAll(sql);
  const row = reader.getRowObjectsJson()[0];
  connection.closeSync();
  instance.closeSync();
  return row;
}
