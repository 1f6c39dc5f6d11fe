// Benchmark `mine-history` (DESIGN §10 v2): the real logs mined with history 1 and 2 and
// analysed — countMining, serviceFromCounts and analyse, each timed, median of 3 runs in this
// process after one cold run — and the whole `hukka mine` command on the BPI 2013 incidents log
// (read, log report, mining, analysis, fidelity), wall time of a fresh process, median of 3.
//
// Logs: F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016,
// doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460; J.C.A.M. Buijs, Receipt phase of an
// environmental permit application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6; W. Steeman, BPI Challenge 2013,
// 4TU.ResearchData, 2013.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPEATS = 3;
const LOGS = [
  ["Sepsis", "sepsis/sepsis.csv", { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] }, {}],
  ["receipt", "receipt/receipt.csv", { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] }, {}],
  [
    "BPI 2013 closed",
    "bpic2013/vinst-closed-problems.csv",
    { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
    { encoding: "latin1" },
  ],
  ["BPI 2013 incidents", "bpic2013/07_bpic2013_incidents.xes.gz", { activity: ["concept:name", "lifecycle:transition"], department: "org:group" }, {}],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const { readEventLog, countMining, serviceFromCounts, analyse } = await import("../dist/index.js");
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
console.log("| log | history | touchpoints | countMining | serviceFromCounts | analyse | total (cold run) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [name, file, mapping, options] of LOGS) {
  if (!existsSync(DATA + file)) {
    console.log(`| ${name} | – | missing: ${DATA + file} | | | | |`);
    continue;
  }
  const log = await readEventLog(createReadStream(DATA + file, { highWaterMark: 1 << 20 }), mapping, options);
  for (const history of [1, 2]) {
    const times = { count: [], build: [], analyse: [], total: [] };
    let touchpoints = 0;
    for (let run = 0; run <= REPEATS; run++) {
      const t0 = performance.now();
      const counts = countMining(log, { history });
      const t1 = performance.now();
      const service = serviceFromCounts(counts);
      const t2 = performance.now();
      analyse(service);
      const t3 = performance.now();
      touchpoints = service.touchpoints.length;
      if (run === 0) times.cold = t3 - t0; // the first run pays for compilation
      else {
        times.count.push(t1 - t0);
        times.build.push(t2 - t1);
        times.analyse.push(t3 - t2);
        times.total.push(t3 - t0);
      }
    }
    console.log(
      `| ${name} | ${history} | ${touchpoints.toLocaleString("en")} | ${ms(median(times.count))} | ${ms(median(times.build))} | ${ms(median(times.analyse))} | ${ms(median(times.total))} (${ms(times.cold)}) |`,
    );
  }
}

const incidents = DATA + "bpic2013/07_bpic2013_incidents.xes.gz";
if (existsSync(incidents)) {
  console.log("\n`hukka mine` on the incidents log, a fresh process each run (read + log report + mining + analysis + fidelity):\n");
  for (const history of ["1", "2"]) {
    const walls = [];
    for (let run = 0; run < REPEATS; run++) {
      const t0 = performance.now();
      const { status, stderr } = spawnSync(
        process.execPath,
        [CLI, "mine", incidents, "--activity", "concept:name", "--activity", "lifecycle:transition", "--department", "org:group", "--history", history, "--json"],
        { encoding: "utf8", maxBuffer: 1 << 28 },
      );
      if (status !== 0) throw new Error(`hukka mine failed: ${stderr}`);
      walls.push(performance.now() - t0);
    }
    console.log(`- --history ${history}: median ${(median(walls) / 1000).toFixed(2)} s (runs: ${walls.map((w) => (w / 1000).toFixed(2)).join(", ")} s)`);
  }
}
