// Mined models that tell the same story as their log, on the real logs of ../shared/data.
// Logs: F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016,
// doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460; J.C.A.M. Buijs, Receipt phase of an
// environmental permit application process (WABO), 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6; W. Steeman, BPI Challenge 2013,
// 4TU.ResearchData, 2013.
import { describe, expect } from "vitest";
import {
  analyse,
  MISSING_DEPARTMENT,
  mineService,
  miningFidelity,
  analyseLog,
  replayComparison,
  type EventLog,
  type LogMapping,
  type ReadEventLogOptions,
} from "../src/index.js";
import { readRealLog, testWithLog } from "./logs-helpers.js";

interface RealLog {
  file: string;
  mapping: LogMapping;
  options?: ReadEventLogOptions;
}

const LOGS: Record<string, RealLog> = {
  Sepsis: { file: "sepsis/sepsis.csv", mapping: { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] } },
  "receipt (CSV)": {
    file: "receipt/receipt.csv",
    mapping: { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] },
  },
  "receipt (XES.gz)": { file: "receipt/08_receipt.xes.gz", mapping: { department: "org:group", missing: ["EMPTY"] } },
  "BPI 2013 closed problems (CSV)": {
    file: "bpic2013/vinst-closed-problems.csv",
    mapping: { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
    options: { encoding: "latin1" },
  },
  "BPI 2013 incidents (XES.gz)": { file: "bpic2013/07_bpic2013_incidents.xes.gz", mapping: { activity: ["concept:name", "lifecycle:transition"], department: "org:group" } },
};

interface PerCase {
  handoffs: number;
  pingPongs: number;
  revisits: number;
  minutes: number;
}

/**
 * The log's own per-case means, counted here from the event columns without hukka's metrics:
 * each case's department runs (missing departments left out, departments relabelled by
 * `relabel`), hand-offs = runs − 1, ping-pongs = runs i with Dᵢ = Dᵢ₊₂, revisits = runs −
 * distinct; minutes from the first event to the last.
 */
function countPerCase(log: EventLog, relabel: (department: string) => string = (d) => d): PerCase {
  const sum = { handoffs: 0, pingPongs: 0, revisits: 0, minutes: 0 };
  const cases = log.cases.length;
  for (let c = 0; c < cases; c++) {
    const runs: string[] = [];
    for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
      if (log.department[i] === MISSING_DEPARTMENT) continue;
      const d = relabel(log.departments[log.department[i]!]!);
      if (runs[runs.length - 1] !== d) runs.push(d);
    }
    sum.handoffs += Math.max(0, runs.length - 1);
    for (let k = 0; k + 2 < runs.length; k++) if (runs[k] === runs[k + 2]) sum.pingPongs++;
    sum.revisits += runs.length - new Set(runs).size;
    sum.minutes += (log.time[log.caseStart[c + 1]! - 1]! - log.time[log.caseStart[c]!]!) / 60_000;
  }
  return { handoffs: sum.handoffs / cases, pingPongs: sum.pingPongs / cases, revisits: sum.revisits / cases, minutes: sum.minutes / cases };
}

/** The pair of departments with the most hand-offs between them (either direction), counted here. */
function busiestPair(log: EventLog): [string, string] {
  const pairs = new Map<string, number>();
  for (let c = 0; c < log.cases.length; c++) {
    let previous: string | null = null;
    for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
      if (log.department[i] === MISSING_DEPARTMENT) continue;
      const d = log.departments[log.department[i]!]!;
      if (previous !== null && previous !== d) {
        const key = JSON.stringify([previous, d].sort());
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      previous = d;
    }
  }
  const [best] = [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return JSON.parse(best![0]) as [string, string];
}

const relative = (model: number, log: number) => Math.abs(model - log) / Math.abs(log);

describe("mined models tell the same story as their log (default options)", () => {
  for (const [name, { file, mapping, options }] of Object.entries(LOGS)) {
    testWithLog(
      `${name}: hand-offs, ping-pongs and minutes per customer equal the log's per case; revisits within 10 %`,
      file,
      async () => {
        const log = await readRealLog(file, mapping, options);
        const truth = countPerCase(log);
        const e = analyse(mineService(log)).expected;
        expect(relative(e.handoffs, truth.handoffs)).toBeLessThan(1e-9);
        expect(relative(e.pingPongs, truth.pingPongs)).toBeLessThan(1e-9);
        expect(relative(e.minutes, truth.minutes)).toBeLessThan(1e-9);
        expect(relative(e.revisits, truth.revisits)).toBeLessThan(0.1);
        // the fidelity the CLI prints says the same, and warns of nothing but what is off by more than 5 %
        const fidelity = miningFidelity(log, analyseLog(log), e);
        expect(fidelity.log.handoffs).toBeCloseTo(truth.handoffs, 12);
        expect(fidelity.log.minutes).toBeCloseTo(truth.minutes, 6);
        expect(fidelity.warnings.filter((w) => w.code === "fidelity_gap").map((w) => w.path[1])).toEqual(relative(e.revisits, truth.revisits) > 0.05 ? ["revisits"] : []);
      },
      120_000,
    );

    testWithLog(
      `${name}: merging the two departments that hand off most, the predicted change in hand-offs is the replayed one; the re-mined ping-pongs within 5 %`,
      file,
      async () => {
        const log = await readRealLog(file, mapping, options);
        const [a, b] = busiestPair(log);
        const comparison = replayComparison(log, { name: "merge", changes: [{ op: "merge-departments", departments: [a, b], into: a }] });
        const before = countPerCase(log);
        const after = countPerCase(log, (d) => (d === b ? a : d));
        const replayed = { handoffs: after.handoffs - before.handoffs, pingPongs: after.pingPongs - before.pingPongs };
        expect(replayed.handoffs).toBeLessThan(0); // the merge removes hand-offs
        expect(comparison.replayed.handoffs).toBeCloseTo(replayed.handoffs, 12);
        expect(comparison.replayed.pingPongs).toBeCloseTo(replayed.pingPongs, 12);
        expect(relative(comparison.predicted.handoffs, replayed.handoffs)).toBeLessThan(1e-9);
        expect(relative(comparison.remined.handoffs, replayed.handoffs)).toBeLessThan(1e-9);
        expect(relative(comparison.remined.pingPongs, replayed.pingPongs)).toBeLessThan(0.05);
      },
      180_000,
    );
  }

  testWithLog("receipt.csv, as the before-stop check mines it: 3853/1434 hand-offs and 165/1434 ping-pongs", "receipt/receipt.csv", async () => {
    const log = await readRealLog("receipt/receipt.csv", LOGS["receipt (CSV)"]!.mapping);
    const e = analyse(mineService(log)).expected;
    expect(Math.abs(e.handoffs - 3853 / 1434)).toBeLessThan(1e-9);
    expect(Math.abs(e.pingPongs - 165 / 1434)).toBeLessThan(1e-9);
  });
});
