// Benchmark `sql` (DESIGN §10, §12): logs too big for one process, through `hukka mine --engine
// duckdb`. Generated logs of 10 and 100 million events in Parquet (written by DuckDB itself),
// each mined by `hukka mine --engine duckdb --model` in a child process of its own with DuckDB's
// memory limit and a spill directory, with wall time and peak memory (the child's maximum
// resident set: Node and DuckDB together); and the million-event receipt log of bench/mine.mjs
// through both engines, whose reports and models must be the same, beside the peer: the same log
// report as one DuckDB SQL session, as a data analyst would write it (bench/log-report-sql.mjs, run
// by bench/sql-peer.mjs).
// Not part of `npm run bench` by default (the 100M log takes minutes): `npm run bench -- sql`,
// or `node bench/sql.mjs [10m] [100m] [1m]`.
//
// Log for the million-event file: J.C.A.M. Buijs, Receipt phase of an environmental permit
// application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USAGE = fileURLToPath(new URL("./resource-usage.mjs", import.meta.url));
const PEER = fileURLToPath(new URL("./sql-peer.mjs", import.meta.url));
const MEMORY_LIMIT = process.env.HUKKA_BENCH_MEMORY ?? "2GB";
/** DuckDB's spill directory for one run: runs side by side never share one. */
const spill = (name) => `${OUT}duckdb-spill-${name}`;
const GENERATED = { "10m": 10_000_000, "100m": 100_000_000 };
const RECEIPT_1M = `${OUT}receipt-1m.csv`;
const RECEIPT = fileURLToPath(new URL("../../shared/data/receipt/receipt.csv", import.meta.url));
const RECEIPT_MAPPING = ["--case", "case:concept:name", "--activity", "concept:name", "--timestamp", "time:timestamp", "--department", "org:group", "--missing", "EMPTY"];
const GENERATED_MAPPING = ["--case", "case_id", "--activity", "activity", "--timestamp", "ts", "--department", "team", "--missing", "EMPTY"];
const duckdb = (name) => ["--engine", "duckdb", "--memory-limit", MEMORY_LIMIT, "--temp-directory", spill(name)];

/**
 * A log of `events` events in Parquet, written by DuckDB from `range()`: cases of 10 events
 * that go through 10 stages, each stage a choice of 3 of 30 activities. Each activity has its
 * team (of 19); one event in ten goes to the next team instead, and one in twenty has no team
 * (`EMPTY`). Even stages share teams, so cases come back and ping-pong. Times are 0 to 12 hours
 * apart per step, not always increasing, with ties; rows in case order. Deterministic: every
 * value is a hash of the row number.
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
        'activity ' || (position * 3 + choice) AS activity,
        CASE WHEN hash(i, 2) % 20 = 0 THEN 'EMPTY'
          ELSE 'team ' || ((CASE WHEN position % 2 = 0 THEN 0 ELSE 3 + 3 * (position % 5) END + choice + CASE WHEN hash(i, 4) % 10 = 0 THEN 1 ELSE 0 END) % 19)
        END AS team,
        TIMESTAMP '2024-01-01' + to_minutes(CAST((k % 100000) * 7 + position * (hash(i, 3) % 4) * 240 AS BIGINT)) AS ts
      FROM (SELECT i, i // 10 AS k, i % 10 AS position, hash(i // 10, i % 10) % 3 AS choice FROM range(${events}) t(i))
    ) TO '${file}.part' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`);
  c.closeSync();
  instance.closeSync();
  renameSync(`${file}.part`, file);
  rmSync(spill(`generate-${name}`), { recursive: true, force: true });
  return file;
}

/**
 * `hukka mine FILE … --model M --json` in a child process of its own; wall time, and the
 * child's peak resident memory and CPU time (Node and DuckDB together), taken at its exit by
 * bench/resource-usage.mjs.
 */
function run(label, file, args) {
  const usage = `${OUT}usage-${process.pid}.json`;
  const model = `${OUT}model-${process.pid}.json`;
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--import", USAGE, CLI, "mine", file, ...args, "--model", model, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, HUKKA_BENCH_USAGE: usage },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { peakMB, cpuSeconds } = existsSync(usage) ? JSON.parse(readFileSync(usage, "utf8")) : { peakMB: NaN, cpuSeconds: NaN };
  const service = child.status === 0 ? JSON.parse(readFileSync(model, "utf8")) : null;
  rmSync(usage, { force: true });
  rmSync(model, { force: true });
  if (child.status !== 0) {
    throw new Error(`${label} failed (status ${child.status}) after ${seconds.toFixed(0)} s, ${cpuSeconds.toFixed(0)} s CPU, ${Math.round(peakMB)} MB peak:\n${child.stderr}`);
  }
  const report = JSON.parse(child.stdout);
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s wall ${cpuSeconds.toFixed(1).padStart(6)} s cpu ${String(Math.round(peakMB)).padStart(5)} MB peak  ` +
      `${report.cases.toLocaleString("en")} cases, ${report.events.toLocaleString("en")} events, ${report.handoffs.toLocaleString("en")} hand-offs, ` +
      `${report.variantCount.toLocaleString("en")} variants; model: ${service.touchpoints.length.toLocaleString("en")} touchpoints, ${service.transitions.length.toLocaleString("en")} transitions`,
  );
  return { seconds, cpuSeconds, peakMB, report, service };
}

/** The peer, one DuckDB SQL session of the log report, in a child process of its own: wall, CPU, peak memory and its figures. */
function runPeer(file) {
  const usage = `${OUT}usage-peer-${process.pid}.json`;
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--import", USAGE, PEER, file], { encoding: "utf8", env: { ...process.env, HUKKA_BENCH_USAGE: usage } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`the one-session SQL failed (status ${child.status}):\n${child.stderr}`);
  const { peakMB, cpuSeconds } = JSON.parse(readFileSync(usage, "utf8"));
  rmSync(usage, { force: true });
  const figures = JSON.parse(child.stdout);
  console.log(
    `${"receipt 1M CSV, one DuckDB SQL session".padEnd(34)} ${seconds.toFixed(1).padStart(6)} s wall ${cpuSeconds.toFixed(1).padStart(6)} s cpu ${String(Math.round(peakMB)).padStart(5)} MB peak  ` +
      `${figures.cases.toLocaleString("en")} cases, ${figures.events.toLocaleString("en")} events, ${figures.handoffs.toLocaleString("en")} hand-offs, ${figures.variantCount.toLocaleString("en")} variants (the report only)`,
  );
  return { seconds, cpuSeconds, peakMB, figures };
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

/**
 * Whether two outputs are the same: equal names, counts and orders, and numbers within 1e-12
 * relative (absolute below 1) (the SQL sums whole microseconds, the default engine minutes in floating point);
 * with the largest relative difference of a number.
 */
function sameFigures(a, b) {
  let largest = 0;
  const same = (x, y) => {
    if (typeof x === "number" && typeof y === "number") {
      // relative, or absolute near zero (the fidelity's differences are about 1e-15 either way)
      const relative = x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1);
      largest = Math.max(largest, relative);
      return relative <= 1e-12;
    }
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object") return x === y;
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => same(x[k], y[k]));
  };
  return `${same(a, b)} (numbers within ${largest.toExponential(1)} relative)`;
}

async function main(which) {
  console.log(`# sql: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; DuckDB memory_limit ${MEMORY_LIMIT}, spilling to bench/out/duckdb-spill-*\n`);
  if (!existsSync(CLI)) throw new Error("bench sql needs dist/: run npm run build first");
  for (const name of which) {
    if (name === "1m") {
      const file = await receipt1m();
      const peer = runPeer(file);
      const inProcess = run("receipt 1M CSV, default engine", file, RECEIPT_MAPPING);
      const inDuckDB = run("receipt 1M CSV, DuckDB engine", file, [...RECEIPT_MAPPING, ...duckdb("1m")]);
      rmSync(spill("1m"), { recursive: true, force: true });
      const r = inDuckDB.report;
      const agree = ["cases", "events", "handoffs", "pingPongs", "revisits"].every((k) => r[k] === peer.figures[k]) && r.variantCount === peer.figures.variantCount;
      console.log(
        `  both engines: the same report ${sameFigures(inProcess.report, inDuckDB.report)} (fidelity included), the same model ${sameFigures(inProcess.service, inDuckDB.service)}; ` +
          `the one-session SQL's counts ${agree ? "agree" : "DIFFER"}\n` +
          `  DuckDB engine / one-session SQL: ${(inDuckDB.seconds / peer.seconds).toFixed(2)}× the wall time, ${(inDuckDB.cpuSeconds / peer.cpuSeconds).toFixed(2)}× the CPU time (target ≤ 1.5×), ${(inDuckDB.peakMB / peer.peakMB).toFixed(2)}× the peak memory\n` +
          `  DuckDB engine / default engine: ${(inDuckDB.seconds / inProcess.seconds).toFixed(2)}× the wall time, ${(inDuckDB.cpuSeconds / inProcess.cpuSeconds).toFixed(2)}× the CPU time, ${(inDuckDB.peakMB / inProcess.peakMB).toFixed(2)}× the peak memory\n`,
      );
      continue;
    }
    const events = GENERATED[name];
    if (events === undefined) throw new Error(`bench sql: unknown log ${name} (have: 1m, ${Object.keys(GENERATED).join(", ")})`);
    const t = process.hrtime.bigint();
    const file = await generate(name, events);
    console.log(`generated-${name}.parquet: ${(statSync(file).size / 2 ** 20).toFixed(0)} MB (written in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(0)} s, or earlier)`);
    run(`${name} events Parquet, DuckDB engine`, file, [...GENERATED_MAPPING, ...duckdb(name)]);
    rmSync(spill(name), { recursive: true, force: true });
  }
}

const which = process.argv.slice(2);
await main(which.length === 0 ? ["1m", "10m", "100m"] : which);
