// `npm run bench -- mine-calendar` (DESIGN §10, §14): the million-event log of `bench mine` (the
// receipt log repeated with renamed cases) mined with `hukka mine … --json` as an analyst runs it
// (read, log report, mined model, its analysis), without and with a calendar (Europe/Amsterdam,
// Monday–Friday 08:00–16:00, Dutch public holidays). Target: with the calendar within 1.5× of
// without. Runs alternate, 3 of each; medians of CPU and wall time are compared.
//
// Log: J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO),
// CoSeLoG project, 4TU.ResearchData, 2014, doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const LOG = `${OUT}receipt-1m.csv`;
const CALENDAR = `${OUT}calendar-nl.json`;
const USAGE = `${OUT}mine-calendar-usage.json`;
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const PRELOAD = fileURLToPath(new URL("./resource-usage.mjs", import.meta.url));
const RUNS = 3;
const DAY = ["08:00-16:00"];

mkdirSync(OUT, { recursive: true });
if (!existsSync(LOG)) spawnSync(process.execPath, [fileURLToPath(new URL("./mine.mjs", import.meta.url)), "--generate"], { stdio: "inherit" });
writeFileSync(CALENDAR, JSON.stringify({ timezone: "Europe/Amsterdam", week: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] }, holidays: "NL" }));
console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (figures grow with it)`);

const args = ["--import", PRELOAD, CLI, "mine", LOG, "--case", "case:concept:name", "--activity", "concept:name", "--timestamp", "time:timestamp", "--department", "org:group", "--missing", "EMPTY", "--json"];
const runs = { plain: [], calendar: [] };
let working = null;
for (let i = 0; i < RUNS; i++) {
  for (const kind of ["plain", "calendar"]) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, kind === "plain" ? args : [...args, "--calendar", CALENDAR], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: { ...process.env, HUKKA_BENCH_USAGE: USAGE },
    });
    if (run.status !== 0) throw new Error(`hukka mine failed: ${run.stderr}`);
    const wall = (performance.now() - t0) / 1000;
    if (kind === "calendar") working = JSON.parse(run.stdout).working;
    runs[kind].push({ wall, ...JSON.parse(readFileSync(USAGE, "utf8")) });
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const row = (kind) => {
  const wall = median(runs[kind].map((r) => r.wall));
  const cpu = median(runs[kind].map((r) => r.cpuSeconds));
  const peak = Math.max(...runs[kind].map((r) => r.peakMB));
  console.log(`${kind.padEnd(9)} ${wall.toFixed(2).padStart(6)} s wall ${cpu.toFixed(2).padStart(6)} s cpu ${peak.toFixed(0).padStart(5)} MB peak  (wall: ${runs[kind].map((r) => r.wall.toFixed(2)).join(", ")})`);
  return { wall, cpu };
};
const plain = row("plain");
const calendar = row("calendar");
console.log(`\nwith a calendar: ${(calendar.cpu / plain.cpu).toFixed(2)}× the CPU time, ${(calendar.wall / plain.wall).toFixed(2)}× the wall time of without (target ≤ 1.5×)`);
console.log(`working wait per case: ${(working.meanPerCase / working.dayMinutes).toFixed(2)} working days of ${working.dayMinutes} min`);
