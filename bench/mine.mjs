// Benchmark `mine` (DESIGN §10): a 1,000,000-event log — the receipt log repeated with renamed
// cases — read and measured by hukka (readEventLog + analyseLog, the log report of `hukka mine`),
// by the whole `hukka mine --json` command (read, report, mined model, fidelity), by the peers —
// one DuckDB SQL session computing the same log report (bench/log-report-sql.mjs), beside which
// stands the DuckDB engine (`hukka mine --engine duckdb --json`, the report with the mined model
// and its fidelity), and pm4js (CSV
// import, directly-follows graphs on activity and on group, variants) — and by the floor (read the
// file, split its lines). Each runs in a child process of its own so that its peak memory is its
// alone; CPU time (every thread, DuckDB's included) is printed beside the wall time, since the
// machine may be shared.
//
// Log: J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO),
// CoSeLoG project, 4TU.ResearchData, 2014, doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { logReportSql } from "./log-report-sql.mjs";

const EVENTS = 1_000_000;
const REPEATS = 3;
const RECEIPT = fileURLToPath(new URL("../../shared/data/receipt/receipt.csv", import.meta.url));
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const LOG = `${OUT}receipt-1m.csv`;
const MAPPING = { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] };
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USAGE = fileURLToPath(new URL("./resource-usage.mjs", import.meta.url));
const CONTESTANTS = ["floor", "hukka", "hukka mine", "duckdb sql", "hukka duckdb", "pm4js"];

/** Peak resident memory of this process in MB. */
const peakMB = () => process.resourceUsage().maxRSS / 1024;

const runs = {
  async hukka() {
    const { readEventLog, analyseLog } = await import("../dist/index.js");
    const log = await readEventLog(createReadStream(LOG, { highWaterMark: 1 << 20 }), MAPPING);
    const report = analyseLog(log);
    return `${report.cases} cases, ${report.events} events, ${report.handoffs} hand-offs, ${report.directlyFollows.length} df pairs, ${report.variantCount} variants`;
  },
  async "duckdb sql"() {
    const r = await logReportSql(LOG, MAPPING);
    return `${r.cases} cases, ${r.events} events, ${r.handoffs} hand-offs, ${r.follow_pairs} df pairs, ${r.variants} variants`;
  },
  async pm4js() {
    createRequire(import.meta.url)("pm4js"); // registers its classes as globals
    const g = globalThis;
    const log = g.CsvImporter.apply(readFileSync(LOG, "utf8"), ",", '"', "case:concept:name", "concept:name", "time:timestamp");
    const byActivity = g.FrequencyDfgDiscovery.apply(log, "concept:name");
    const byGroup = g.FrequencyDfgDiscovery.apply(log, "org:group");
    const variants = g.GeneralLogStatistics.getVariants(log, "concept:name");
    const events = log.traces.reduce((n, t) => n + t.events.length, 0);
    return `${log.traces.length} cases, ${events} events, ${Object.keys(byActivity.pathsFrequency).length} + ${Object.keys(byGroup.pathsFrequency).length} df pairs, ${Object.keys(variants).length} variants`;
  },
  async floor() {
    let lines = 0;
    let rest = "";
    for await (const chunk of createReadStream(LOG, { encoding: "utf8", highWaterMark: 1 << 20 })) {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop();
      lines += parts.length;
    }
    return `${lines + (rest ? 1 : 0)} lines`;
  },
};

/** The receipt log repeated with renamed cases, cut at exactly EVENTS events; written once. */
async function generate() {
  if (existsSync(LOG)) return;
  if (!existsSync(RECEIPT)) {
    throw new Error(`bench mine needs the receipt log at ${RECEIPT} (doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6)`);
  }
  mkdirSync(OUT, { recursive: true });
  const [header, ...rows] = readFileSync(RECEIPT, "utf8").trimEnd().split(/\r?\n/);
  const caseColumn = header.split(",").indexOf("case:concept:name");
  const out = createWriteStream(`${LOG}.part`);
  out.write(header + "\n");
  let written = 0;
  for (let copy = 0; written < EVENTS; copy++) {
    const lines = [];
    for (const row of rows) {
      if (written++ >= EVENTS) break;
      const fields = row.split(","); // the receipt log has no quoted fields
      fields[caseColumn] = `${fields[caseColumn]}-r${copy}`;
      lines.push(fields.join(","));
    }
    if (!out.write(lines.join("\n") + "\n")) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
  const { renameSync } = await import("node:fs");
  renameSync(`${LOG}.part`, LOG);
}

async function child(name) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await runs[name]();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMB: peakMB(), result }));
}

/**
 * The whole `hukka mine LOG … --json` command in a process of its own, measured from outside:
 * wall time, and the peak memory and CPU time the process reports at its exit (resource-usage.mjs).
 */
function command(engine = []) {
  const usage = `${OUT}usage-${process.pid}.json`;
  const args = ["--import", USAGE, CLI, "mine", LOG, "--case", MAPPING.case, "--activity", MAPPING.activity, "--timestamp", MAPPING.timestamp, "--department", MAPPING.department, "--missing", ...MAPPING.missing, "--json", ...engine];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, HUKKA_BENCH_USAGE: usage } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) return { stderr: run.stderr, status: run.status };
  const { peakMB, cpuSeconds } = JSON.parse(readFileSync(usage, "utf8"));
  rmSync(usage, { force: true });
  const report = JSON.parse(run.stdout);
  return { status: 0, stdout: JSON.stringify({ seconds, cpuSeconds, peakMB, result: `${report.cases} cases, ${report.events} events, ${report.handoffs} hand-offs, ${report.directlyFollows.length} df pairs, ${report.variantCount} variants; with the mined model and its fidelity` }) };
}

async function main() {
  await generate();
  const sizeMB = statSync(LOG).size / 1e6;
  console.log(`log: ${LOG.slice(OUT.length - 4)} (${EVENTS.toLocaleString("en")} events, ${sizeMB.toFixed(0)} MB)\n`);
  const results = {};
  // `node bench/mine.mjs floor hukka` runs some of them only
  const chosen = process.argv.slice(2).length > 0 ? CONTESTANTS.filter((c) => process.argv.slice(2).includes(c)) : CONTESTANTS;
  for (const name of chosen) {
    // The fast runs are repeated and their median kept: one run of a few seconds on a shared
    // machine says as much about the neighbours as about the code. pm4js runs once (minutes).
    const repeats = name === "pm4js" ? 1 : REPEATS;
    const args = name === "pm4js" ? ["--max-old-space-size=16384"] : [];
    const runs = [];
    for (let k = 0; k < repeats; k++) {
      const run =
        name === "hukka mine"
          ? command()
          : name === "hukka duckdb"
            ? command(["--engine", "duckdb"])
            : spawnSync(process.execPath, [...args, fileURLToPath(import.meta.url), "--child", name], { encoding: "utf8", timeout: 30 * 60_000, maxBuffer: 1 << 20 });
      if (run.status !== 0) {
        console.log(`${name}: failed (${run.signal ?? `exit ${run.status}`}) ${run.stderr.trim().split("\n").slice(-3).join(" | ")}`);
        break;
      }
      runs.push(JSON.parse(run.stdout));
    }
    if (runs.length < repeats) continue;
    const median = (f) => runs.map(f).sort((a, b) => a - b)[runs.length >> 1];
    const r = (results[name] = { seconds: median((x) => x.seconds), cpuSeconds: median((x) => x.cpuSeconds), peakMB: Math.max(...runs.map((x) => x.peakMB)), result: runs[0].result });
    const each = repeats > 1 ? `  (runs: ${runs.map((x) => x.seconds.toFixed(2)).join(", ")} s)` : "";
    console.log(`${name.padEnd(10)} ${r.seconds.toFixed(2).padStart(8)} s wall ${r.cpuSeconds.toFixed(2).padStart(8)} s cpu ${r.peakMB.toFixed(0).padStart(6)} MB peak   ${r.result}${each}`);
  }
  const { hukka, pm4js, floor } = results;
  const sql = results["duckdb sql"];
  const mine = results["hukka mine"];
  const duck = results["hukka duckdb"];
  console.log("");
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const ratio = (a, b) => `${(a.seconds / b.seconds).toFixed(2)}× (wall), ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}× (cpu)`;
  if (hukka && sql) console.log(`hukka is faster than one DuckDB SQL session by ${ratio(sql, hukka)} (target ≥ 1.5×), with ${(sql.peakMB / hukka.peakMB).toFixed(1)}× less peak memory`);
  if (hukka && pm4js) console.log(`hukka is faster than pm4js by ${ratio(pm4js, hukka)} (target ≥ 20×), with ${(pm4js.peakMB / hukka.peakMB).toFixed(1)}× less peak memory`);
  if (hukka && floor) console.log(`hukka takes ${ratio(hukka, floor)} the floor's time (target ≤ 2×)`);
  if (hukka) console.log(`hukka peak memory ${hukka.peakMB.toFixed(0)} MB (target ≤ 250 MB)`);
  if (mine && sql) console.log(`the whole hukka mine command (with the mined model and its fidelity): ${ratio(sql, mine)} faster than the DuckDB SQL session (target ≥ 1.5×), ${mine.peakMB.toFixed(0)} MB peak (target ≤ 250 MB)`);
  if (mine && pm4js) console.log(`the whole hukka mine command is faster than pm4js by ${ratio(pm4js, mine)} (target ≥ 20×)`);
  if (mine && floor) console.log(`the whole hukka mine command takes ${ratio(mine, floor)} the floor's time (target ≤ 2×)`);
  if (duck && sql) console.log(`the DuckDB engine (hukka mine --engine duckdb: the report, the mined model and its fidelity) takes ${ratio(duck, sql)} the one DuckDB SQL session's time (target ≤ 1.5×), ${duck.peakMB.toFixed(0)} MB peak`);
}

if (process.argv[2] === "--child") await child(process.argv[3]);
else if (process.argv[2] === "--generate") await generate(); // the log alone, for bench mine-calendar
else await main();
