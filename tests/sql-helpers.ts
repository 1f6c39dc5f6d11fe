// Helpers for the SQL tests: the real CSV logs with their mappings, and one comparison of two
// log reports (the SQL route against analyseLog on the events in process).
import type { LogReport, MiningCounts } from "../src/index.js";
import { expectNoDifferences } from "./compare-helpers.js";

/** Every CSV log of ../shared/data, with the mapping and the read options its tests use. */
export const CSV_LOGS = [
  {
    name: "Sepsis",
    file: "sepsis/sepsis.csv",
    mapping: { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] },
    options: {},
  },
  {
    name: "receipt",
    file: "receipt/receipt.csv",
    mapping: { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] },
    options: {},
  },
  {
    name: "BPI 2013 closed problems (Latin-1), status + sub-status by support team",
    file: "bpic2013/vinst-closed-problems.csv",
    mapping: { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
    options: { encoding: "latin1" as const },
  },
  {
    name: "BPI 2013 closed problems (Latin-1), by owner's first name (accented names)",
    file: "bpic2013/vinst-closed-problems.csv",
    mapping: { case: "Problem Number", activity: "Problem Status", timestamp: "Problem Change Date+Time", department: "Problem Involved Action Owner First Name" },
    options: { encoding: "latin1" as const },
  },
  {
    name: "BPI 2013 open problems (Latin-1)",
    file: "bpic2013/vinst-open-problems.csv",
    mapping: { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
    options: { encoding: "latin1" as const },
  },
];

/**
 * The two reports agree: every count, name and order exactly; mean and median minutes to
 * 1e-12 relative (the SQL sums whole microseconds exactly, analyseLog sums minutes as
 * floating-point numbers in case order: the last digits may differ).
 */
export function expectSameReport(actual: LogReport, expected: LogReport): void {
  expectNoDifferences(actual, expected, { tolerance: 1e-12, approx: (path) => /(mean|median)Minutes$/.test(path) });
}

/** The two mining counts agree: every count, name and order exactly; summed waits to 1e-12 relative. */
export function expectSameCounts(actual: MiningCounts, expected: MiningCounts): void {
  expectNoDifferences(actual, expected, { tolerance: 1e-12, approx: (path) => /^counts\.transitions\.\d+\.waitMinutes$/.test(path), path: "counts" });
}

//   case A  call(desk) 07:50–08:00 → test(lab) 08:04–08:10 → talk(desk) –08:40 (no start)
//           service 10, 6, 0; waits 4 (to test's start), 30 (to talk's time); 07:50 → 08:40 = 50 min
//   case B  call(desk) 08:30–09:00 → call(desk) 09:05–09:05
//           service 30, 0; wait 5; 08:30 → 09:05 = 35 min
/** A small log with start times, its figures drawn by hand. */
export const STARTS = `case,activity,time,dept,start
A,call,2024-01-01T08:00:00Z,desk,2024-01-01T07:50:00Z
B,call,2024-01-01T09:00:00Z,desk,2024-01-01T08:30:00Z
A,test,2024-01-01T08:10:00Z,lab,2024-01-01T08:04:00Z
A,talk,2024-01-01T08:40:00Z,desk,
B,call,2024-01-01T09:05:00Z,desk,2024-01-01T09:05:00Z
`;
export const startMapping = { case: "case", activity: "activity", timestamp: "time", department: "dept", startTimestamp: "start" };

/**
 * Three cases of 12 events as SQL `VALUES (case, activity, position)`, stored in reverse order of
 * position with Z's rows interleaved with Y's: X has activities 1…12 at positions 1…12, Y is X
 * with the activities at positions 1 and 10 swapped, Z is X again. A variant key must give X and
 * Z the same key and Y another, whatever order the rows arrive in.
 */
export const OUT_OF_ORDER = (() => {
  const positions = Array.from({ length: 12 }, (_, k) => k + 1);
  const X = positions;
  const Y = positions.map((a, k) => (k === 0 ? 10 : k === 9 ? 1 : a));
  const stored = [
    ...positions.map((p) => ["X", X[p - 1]!, p] as const).reverse(),
    ...positions.flatMap((p) => [["Y", Y[p - 1]!, p] as const, ["Z", X[p - 1]!, p] as const]).reverse(),
  ];
  return { X, Y, VALUES: stored.map(([c, a, p]) => `('${c}', ${a}, ${p})`).join(", ") };
})();
