// The peer of the DuckDB engine (DESIGN §10): the log report of the million-event receipt log as
// one DuckDB SQL session, as a data analyst would write it — window functions over each case
// ordered by time (ties in file order): runs by LAG, hand-offs = runs − cases, ping-pongs by
// LAG(…, 2), directly-follows by LEAD, variants by string_agg, the waits when the department
// changes or stays with their medians. Run by bench/sql.mjs in a child process of its own:
// `node bench/sql-peer.mjs FILE` prints its figures as JSON.
import { DuckDBInstance } from "@duckdb/node-api";

const file = process.argv[2];
const instance = await DuckDBInstance.create(":memory:");
const c = await instance.connect();
const rows = async (sql) => (await c.runAndReadAll(sql)).getRowObjectsJS();
await c.run(`CREATE TABLE ev AS SELECT ROW_NUMBER() OVER () AS rn, "case:concept:name" AS case_id, "concept:name" AS activity,
  NULLIF(NULLIF("org:group", 'EMPTY'), '') AS dept, CAST("time:timestamp" AS TIMESTAMPTZ) AS t
  FROM read_csv('${file.replace(/'/g, "''")}', all_varchar = true)`);
await c.run(`CREATE TABLE o AS SELECT *, ROW_NUMBER() OVER w AS pos, LEAD(activity) OVER w AS next_activity, LEAD(t) OVER w AS next_t
  FROM ev WINDOW w AS (PARTITION BY case_id ORDER BY t, rn)`);
await c.run(`CREATE TABLE known AS SELECT case_id, dept, pos, t, LAG(dept) OVER w AS prev, LAG(t) OVER w AS prev_t
  FROM o WHERE dept IS NOT NULL WINDOW w AS (PARTITION BY case_id ORDER BY pos)`);
await c.run(`CREATE TABLE runs AS SELECT case_id, dept, LAG(dept) OVER w AS prev_run, LAG(dept, 2) OVER w AS prev2
  FROM known WHERE prev IS NULL OR prev <> dept WINDOW w AS (PARTITION BY case_id ORDER BY pos)`);
const [totals] = await rows(`SELECT (SELECT COUNT(DISTINCT case_id) FROM ev) AS cases, (SELECT COUNT(*) FROM ev) AS events,
  (SELECT COUNT(*) FROM runs) - (SELECT COUNT(DISTINCT case_id) FROM runs) AS handoffs,
  (SELECT COUNT(*) FROM runs WHERE dept = prev2) AS ping_pongs,
  (SELECT COUNT(*) - COUNT(DISTINCT (case_id, dept)) FROM runs) AS revisits`);
const handoffs = await rows(`SELECT prev_run, dept, COUNT(*) AS n FROM runs WHERE prev_run IS NOT NULL GROUP BY ALL ORDER BY n DESC`);
const follows = await rows(`SELECT activity, next_activity, COUNT(*) AS n, AVG(epoch_us(next_t) - epoch_us(t)) / 6e7 AS minutes
  FROM o WHERE next_activity IS NOT NULL GROUP BY ALL ORDER BY n DESC`);
const variants = await rows(`SELECT v, COUNT(*) AS n, COUNT(*) OVER () AS variants FROM (
  SELECT case_id, string_agg(activity, ' → ' ORDER BY pos) AS v FROM o GROUP BY case_id) GROUP BY v ORDER BY n DESC LIMIT 10`);
const waits = await rows(`SELECT CASE WHEN dept = prev THEN 'stays' ELSE 'changes' END AS kind, COUNT(*) AS n, MEDIAN(epoch_us(t) - epoch_us(prev_t)) / 6e7 AS median
  FROM known WHERE prev IS NOT NULL GROUP BY ALL`);
const number = (x) => Number(x);
process.stdout.write(
  JSON.stringify({
    cases: number(totals.cases),
    events: number(totals.events),
    handoffs: number(totals.handoffs),
    pingPongs: number(totals.ping_pongs),
    revisits: number(totals.revisits),
    handoffPairs: handoffs.length,
    followPairs: follows.length,
    variantCount: number(variants[0]?.variants ?? 0),
    waits: Object.fromEntries(waits.map((w) => [w.kind, { count: number(w.n), medianMinutes: w.median }])),
  }),
);
