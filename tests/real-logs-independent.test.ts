// hukka's log report on the real logs of ../shared/data against the same figures computed by
// tests/real-log-figures.py: Python's standard library (csv, xml.etree, datetime), sharing no
// code with hukka. Rerun it by hand with `python3 tests/real-log-figures.py ../shared/data sepsis`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { analyseLog, type LogMapping, type ReadEventLogOptions } from "../src/index.js";
import { dataPath, readRealLog, testWithLog } from "./logs-helpers.js";

const script = fileURLToPath(new URL("./real-log-figures.py", import.meta.url));

interface Summary {
  count: number;
  meanMinutes: number | null;
  medianMinutes: number | null;
}
interface Figures {
  counts: Record<string, number>;
  activities: number;
  departments: number;
  variantCount: number;
  topVariantCounts: number[];
  waiting: { departmentChanges: Summary; departmentStays: Summary };
  caseMinutes: Summary;
}

/** The script's figures for one log (its name in the script's LOGS table). */
function independentFigures(name: string): Figures {
  const run = spawnSync("python3", [script, dataPath(""), name], { encoding: "utf8", timeout: 120_000 });
  if (run.error) throw new Error(`python3 tests/real-log-figures.py could not run (${run.error.message}): install Python 3 to check the real-log figures`);
  if (run.status !== 0) throw new Error(`python3 tests/real-log-figures.py ${name} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Figures;
}

const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function expectSummary(actual: Summary, expected: Summary, what: string) {
  expect(actual.count, `${what}: count`).toBe(expected.count);
  expect(near(actual.meanMinutes, expected.meanMinutes), `${what}: mean ${actual.meanMinutes} vs ${expected.meanMinutes}`).toBe(true);
  expect(near(actual.medianMinutes, expected.medianMinutes), `${what}: median ${actual.medianMinutes} vs ${expected.medianMinutes}`).toBe(true);
}

const LOGS: [name: string, file: string, mapping: LogMapping, options?: ReadEventLogOptions][] = [
  ["sepsis", "sepsis/sepsis.csv", { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] }],
  ["receipt-csv", "receipt/receipt.csv", { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] }],
  ["receipt-xes", "receipt/08_receipt.xes.gz", { department: "org:group", missing: ["EMPTY"] }],
  [
    "bpi-closed-csv",
    "bpic2013/vinst-closed-problems.csv",
    { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
    { encoding: "latin1" },
  ],
  ["bpi-closed-xes", "bpic2013/06_bpic2013_closed.xes.gz", { activity: ["concept:name", "lifecycle:transition"], department: "organization involved" }],
  [
    "bpi-open-csv",
    "bpic2013/vinst-open-problems.csv",
    { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
    { encoding: "latin1" },
  ],
  ["incidents-xes", "bpic2013/07_bpic2013_incidents.xes.gz", { activity: ["concept:name", "lifecycle:transition"], department: "org:group" }],
];

for (const [name, file, mapping, options] of LOGS) {
  testWithLog(
    `analyseLog(${file}) gives the figures the independent Python count gives`,
    file,
    async () => {
      const expected = independentFigures(name);
      const report = analyseLog(await readRealLog(file, mapping, options));
      const counts = Object.fromEntries(Object.keys(expected.counts).map((k) => [k, report[k as keyof typeof report]]));
      expect(counts).toEqual(expected.counts);
      expect([report.activities, report.departments, report.variantCount]).toEqual([expected.activities, expected.departments, expected.variantCount]);
      expect(report.variants.map((v) => v.count)).toEqual(expected.topVariantCounts);
      expectSummary(report.waiting.departmentChanges, expected.waiting.departmentChanges, "waits when the department changes");
      expectSummary(report.waiting.departmentStays, expected.waiting.departmentStays, "waits when it stays");
      expectSummary(report.caseMinutes, expected.caseMinutes, "case minutes");
    },
    120_000,
  );
}
