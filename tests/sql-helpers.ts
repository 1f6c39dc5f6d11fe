// Helpers for the SQL tests: the real CSV logs with their mappings, and one comparison of two
// log reports (the SQL route against analyseLog on the events in process).
import { expect } from "vitest";
import type { LogReport, MiningCounts } from "../src/index.js";

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
  const close = (a: unknown, e: unknown, path: string): void => {
    if (typeof e === "number" && typeof a === "number" && /(mean|median)Minutes$/.test(path)) {
      expect(Math.abs(a - e), path).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
    } else if (e !== null && typeof e === "object") {
      expect(a !== null && typeof a === "object", path).toBe(true);
      expect(Object.keys(a as object).sort(), path).toEqual(Object.keys(e).sort());
      for (const [k, v] of Object.entries(e)) close((a as Record<string, unknown>)[k], v, `${path}.${k}`);
    } else {
      expect(a, path).toEqual(e);
    }
  };
  close(actual, expected, "report");
}

/** The two mining counts agree: every count, name and order exactly; summed waits to 1e-12 relative. */
export function expectSameCounts(actual: MiningCounts, expected: MiningCounts): void {
  const { transitions: actualTransitions, ...actualRest } = actual;
  const { transitions: expectedTransitions, ...expectedRest } = expected;
  expect(actualRest).toEqual(expectedRest);
  expect(actualTransitions.map(({ waitMinutes: _, ...t }) => t)).toEqual(expectedTransitions.map(({ waitMinutes: _, ...t }) => t));
  actualTransitions.forEach((t, i) => {
    const e = expectedTransitions[i]!.waitMinutes;
    expect(Math.abs(t.waitMinutes - e), `transitions[${i}].waitMinutes`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(e)));
  });
}

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
