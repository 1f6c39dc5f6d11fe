// The peer of the DuckDB engine in bench/sql.mjs: the log report of the million-event receipt log
// as one DuckDB SQL session, as a data analyst would write it (bench/log-report-sql.mjs, the peer
// of bench/mine.mjs too), run in a child process of its own so that its peak memory is its alone:
// `node bench/sql-peer.mjs FILE` prints its figures as JSON.
import { logReportSql } from "./log-report-sql.mjs";

const MAPPING = { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] };
const r = await logReportSql(process.argv[2], MAPPING);
process.stdout.write(
  JSON.stringify({
    cases: Number(r.cases),
    events: Number(r.events),
    handoffs: Number(r.handoffs),
    pingPongs: Number(r.ping_pongs),
    revisits: Number(r.revisits),
    variantCount: Number(r.variants),
  }),
);
