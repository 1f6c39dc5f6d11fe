// Benchmark `sql` (DESIGN §10, §12): logs too big for one process, through `hukka mine --engine
// duckdb`. Generated logs of 10 and 100 million events in Parquet (written by DuckDB itself),
// each mined in a child process of its own with DuckDB's memory limit and a spill directory,
// with wall time and peak memory (the child's maximum resident set: Node and DuckDB together);
// and the million-event receipt log of bench/mine.mjs through both engines. Each child does
// what `hukka mine --json` does with its engine.
// Not part of `npm run bench` by default (the 100M log takes minutes): `npm run bench -- sql`,
// or `node bench/sql.mjs [10m] [100m] [1m]`.
//
// Log for the million-event file: J.C.A.M. Buijs, Receipt phase of an environmental permit
// application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/sql.js", import.meta.url));
const MEMORY_LIMIT = process.env.HUKKA_BENCH_MEMORY ?? "2GB";
/** DuckDB's spill directory for one run: runs side by side never share one. */
const spill = (name) => `${OUT}duckdb-spill-${name}`;
const GENERATED = { "10m": 10_000_000, "100m": 100_000_000 };
const RECEIPT_1M = `${OUT}receipt-1m.csv`;
const RECEIPT = fileURLToPath(new URL("../../shared/data/receipt/receipt.csv", import.meta.url));
const RECEIPT_MAPPING = { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] };
const GENERATED_MAPPING = { case: "case_id", activity: "activity", timestamp: "ts", department: "team", missing: ["EMPTY"] };
const duckdbOptions = (name) => ({ memoryLimit: MEMORY_LIMIT, tempDirectory: spill(name) });

/**
 * A log of `events` events in Parquet, written by DuckDB from `range()`: cases of 10 events,
 * 30 activities, 40 teams (each case draws from 3) of which one in twenty events has none
 * (`EMPTY`), times 0 to 12 hours apart per step, not always increasing, with ties, rows in case
 * order. Deterministic: every value is a hash of the row number.
 */
async function generate(name, events) {
  const file = `${OUT}generated-${name}.parquet`;
  if (existsSync(file)) return file;
  mkdirSync(OUT, { recursive: true });
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: MEMORY_LIMIT, temp_directory: spill(`generate-${name}`) });
  const c = await instance.connect();
  // no ORDER BY: DuckDB keeps the order of range() (insertion order is preserved by default)
  await c.run(`
    COPY (
      SELECT 'case-' || k AS case_id,
        'activity ' || (hash(i, 1) % 30) AS activity,
        CASE WHEN hash(i, 2) % 20 = 0 THEN 'EMPTY' ELSE 'team ' || (hash(k, i % 3) % 40) END AS team,
        TIMESTAMP '2024-01-01' + to_minutes(CAST((k % 100000) * 7 + position * (hash(i, 3) % 4) * 240 AS BIGINT)) AS ts
      FROM (SELECT i, i // 10 AS k, i % 10 AS position FROM range(${events}) t(i))
    ) TO '${file}.part' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`);
  c.closeSync();
  instance.closeSync();
  renameSync(`${file}.part`, file);
  rmSync(spill(`generate-${name}`), { recursive: true, force: true });
  return file;
}

/**
 * Mines a log in a child process of its own, as `hukka mine --json` does (the default engine:
 * readEventLog + analyseLog; DuckDB: duckdbLogAggregate + logReportFromAggregate); wall time
 * and the child's peak resident memory (Node and DuckDB together).
 */
function run(label, engine, file, mapping, options) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "child", JSON.stringify({ engine, file, mapping, options })], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${label} failed (status ${child.status}):\n${child.stderr}`);
  const { peakMB, cpuSeconds, report } = JSON.parse(child.stdout);
  console.log(
    `${label.padEnd(36)} ${seconds.toFixed(1).padStart(7)} s wall ${cpuSeconds.toFixed(1).padStart(7)} s cpu ${String(Math.round(peakMB)).padStart(6)} MB peak   ` +
      `${report.cases.toLocaleString("en")} cases, ${report.events.toLocaleString("en")} events, ${report.handoffs.toLocaleString("en")} hand-offs, ${report.variantCount.toLocaleString("en")} variants`,
  );
  return { seconds, cpuSeconds, peakMB, report };
}

async function child({ engine, file, mapping, options }) {
  let report;
  if (engine === "duckdb") {
    const { duckdbLogAggregate, logReportFromAggregate } = await import("../dist/sql.js");
    report = logReportFromAggregate(await duckdbLogAggregate(file, mapping, options));
  } else {
    const { readEventLog, analyseLog } = await import("../dist/index.js");
    report = analyseLog(await readEventLog(createReadStream(file, { highWaterMark: 1 << 20 }), mapping, options));
  }
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  // CPU time of every thread (DuckDB's workers included): on a shared machine the wall clock also measures the neighbours
  process.stdout.write(JSON.stringify({ peakMB: maxRSS / 1024, cpuSeconds: (userCPUTime + systemCPUTime) / 1e6, report }));
}

/** The million-event receipt log of bench/mine.mjs (the receipt log repeated with renamed cases), written the same way if missing. */
async function receipt1m() {
  if (existsSync(RECEIPT_1M)) return RECEIPT_1M;
  if (!existsSync(RECEIPT)) throw new Error(`bench sql needs the receipt log at ${RECEIPT} (doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6)`);
  mkdirSync(OUT, { recursive: true });
  const [header, ...rows] = readFileSync(RECEIPT, "utf8").trimEnd().split(/\r?\n/);
  const caseColumn = header.split(",").indexOf("case:concept:name");
  const lines = [header];
  for (let copy = 0; lines.length <= 1_000_000; copy++) {
    for (const row of rows) {
      if (lines.length > 1_000_000) break;
      const fields = row.split(","); // the receipt log has no quoted fields
      fields[caseColumn] = `${fields[caseColumn]}-r${copy}`;
      lines.push(fields.join(","));
    }
  }
  writeFileSync(`${RECEIPT_1M}.part`, lines.join("\n") + "\n");
  renameSync(`${RECEIPT_1M}.part`, RECEIPT_1M);
  return RECEIPT_1M;
}

async function main(which) {
  console.log(`# sql: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; DuckDB memory_limit ${MEMORY_LIMIT}, spilling to bench/out/duckdb-spill-*\n`);
  if (!existsSync(DIST)) throw new Error("bench sql needs dist/: run npm run build first");
  for (const name of which) {
    if (name === "1m") {
      const file = await receipt1m();
      const inProcess = run("receipt 1M CSV, default engine", "default", file, RECEIPT_MAPPING, {});
      const duckdb = run("receipt 1M CSV, DuckDB engine", "duckdb", file, RECEIPT_MAPPING, duckdbOptions("1m"));
      const same = ["cases", "events", "handoffs", "pingPongs", "revisits", "variantCount"].every((k) => inProcess.report[k] === duckdb.report[k]);
      console.log(`  same counts from both engines: ${same}; DuckDB / in process: ${(duckdb.cpuSeconds / inProcess.cpuSeconds).toFixed(2)}× the CPU time, ${(duckdb.peakMB / inProcess.peakMB).toFixed(2)}× the peak memory\n`);
      continue;
    }
    const events = GENERATED[name];
    if (events === undefined) throw new Error(`bench sql: unknown log ${name} (have: 1m, ${Object.keys(GENERATED).join(", ")})`);
    const t = process.hrtime.bigint();
    const file = await generate(name, events);
    console.log(`generated-${name}.parquet: ${(statSync(file).size / 2 ** 20).toFixed(0)} MB (written in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(0)} s, or earlier)`);
    run(`${name} events Parquet, DuckDB engine`, "duckdb", file, GENERATED_MAPPING, duckdbOptions(name));
    rmSync(spill(name), { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "child") await child(JSON.parse(rest[0]));
else await main(mode === undefined ? ["1m", "10m", "100m"] : [mode, ...rest]);
