import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyseLog, readEventLog } from "../src/index.js";
import { countWander } from "./independent-wander-count.js";
import { CSV, mapping } from "./logs-helpers.js";

// CSV: the small log of logs-helpers.ts, drawn there case by case with its hand-computed figures.

describe("analyseLog(log)", () => {
  test("measures a hand-made log exactly", async () => {
    const report = analyseLog(await readEventLog(CSV, mapping));
    expect(report).toMatchObject({
      cases: 3,
      events: 12,
      activities: 6,
      departments: 3,
      handoffs: 6, // 2 + 0 + 4
      pingPongs: 1,
      revisits: 3, // 1 + 0 + 2
      repeats: 2, // B's call, C's test
      casesWithHandoff: 2,
      casesWithPingPong: 1,
      casesWithRevisit: 2,
      variantCount: 3,
      skippedRows: 0,
    });
    expect(report.handoffsByPair).toEqual([
      { from: "desk", to: "lab", count: 3 },
      { from: "lab", to: "desk", count: 1 },
      { from: "lab", to: "imaging", count: 1 },
      { from: "imaging", to: "desk", count: 1 },
    ]);
    // changes 10 30 | 30 30 0 60 → sorted 0 10 30 30 30 60: median 30, mean 160 / 6; stays 1 | 5
    expect(report.waiting.departmentChanges).toEqual({ count: 6, medianMinutes: 30, meanMinutes: 160 / 6 });
    expect(report.waiting.departmentStays).toEqual({ count: 2, medianMinutes: 3, meanMinutes: 3 });
    // durations 41, 5, 120 minutes
    expect(report.caseMinutes).toEqual({ count: 3, medianMinutes: 41, meanMinutes: 166 / 3 });
    expect(report.directlyFollows[0]).toEqual({ from: "call", to: "test", count: 2, meanMinutes: 20 }); // 10 and 30
    expect(report.directlyFollows).toContainEqual({ from: "x-ray", to: "talk", count: 1, meanMinutes: 0 });
    expect(report.directlyFollows).toContainEqual({ from: "call", to: "call", count: 1, meanMinutes: 5 });
    expect(report.directlyFollows.reduce((n, p) => n + p.count, 0)).toBe(12 - 3);
    expect(report.variants).toEqual([
      { activities: ["call", "test", "wait", "talk", "pay"], count: 1 },
      { activities: ["call", "call"], count: 1 },
      { activities: ["call", "test", "x-ray", "talk", "test"], count: 1 },
    ]);
  });

  test("has the expected defaults: the top 10 variants", async () => {
    const rows = Array.from({ length: 12 }, (_, k) => `c${k},a${k},2024-01-01T00:00:00Z,d`);
    const log = await readEventLog(["case,activity,time,dept", ...rows].join("\n"), mapping);
    expect(analyseLog(log).variants).toHaveLength(10);
    expect(analyseLog(log, { topVariants: 3 }).variants).toHaveLength(3);
    expect(analyseLog(log).variantCount).toBe(12);
  });

  test("without a department column nothing wanders, and waiting has no figures", async () => {
    const report = analyseLog(await readEventLog(CSV, { case: "case", activity: "activity", timestamp: "time" }));
    expect([report.departments, report.handoffs, report.pingPongs, report.revisits]).toEqual([0, 0, 0, 0]);
    expect(report.waiting.departmentChanges).toEqual({ count: 0, medianMinutes: null, meanMinutes: null });
    expect(report.handoffsByPair).toEqual([]);
  });

  test("does not change the log, and its report survives JSON", async () => {
    const log = await readEventLog(CSV, mapping);
    const before = structuredClone(log);
    const report = analyseLog(log);
    expect(log).toEqual(before);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

/** A random small log as CSV rows: cases, activities (hostile names too), departments (some missing), minutes. */
const arbitraryRows = fc.array(
  fc.record({
    case: fc.constantFrom("c1", "c2", "c3", "__proto__", "toString"),
    activity: fc.constantFrom("a", "b", "c", "__proto__", "<b>x</b>"),
    dept: fc.constantFrom("desk", "lab", "ward", "constructor", "", "?"),
    minute: fc.integer({ min: 0, max: 30 }),
  }),
  { minLength: 1, maxLength: 40 },
);

const toCsv = (rows: { case: string; activity: string; dept: string; minute: number }[]) =>
  ["case,activity,time,dept", ...rows.map((r) => `${r.case},${r.activity},${new Date(Date.UTC(2024, 0, 1, 0, r.minute)).toISOString()},${r.dept}`)].join("\n");

/**
 * Each case's wander figures counted from the rows themselves, without the reader or
 * wanderMetrics: the case's rows in file order, stably sorted by minute; "" and "?" unknown.
 */
function perCase(rows: { case: string; activity: string; dept: string; minute: number }[]) {
  const cases = new Map<string, typeof rows>();
  for (const row of rows) cases.set(row.case, [...(cases.get(row.case) ?? []), row]);
  return [...cases.values()].map((events) => {
    const ordered = [...events].sort((p, q) => p.minute - q.minute);
    return countWander(
      ordered.map((r) => r.activity),
      ordered.map((r) => (r.dept === "" || r.dept === "?" ? null : r.dept)),
    );
  });
}

describe("analyseLog properties", () => {
  test("totals equal the sums over the cases counted independently, and the parts add up", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRows, async (rows) => {
        const log = await readEventLog(toCsv(rows), { ...mapping, missing: ["?"] });
        const report = analyseLog(log, { topVariants: Infinity });
        const cases = perCase(rows);
        const sum = (f: (m: (typeof cases)[number]) => number) => cases.reduce((n, m) => n + f(m), 0);
        expect(report.handoffs).toBe(sum((m) => m.handoffs));
        expect(report.pingPongs).toBe(sum((m) => m.pingPongs));
        expect(report.revisits).toBe(sum((m) => m.revisits));
        expect(report.repeats).toBe(sum((m) => m.repeats));
        expect(report.casesWithHandoff).toBe(cases.filter((m) => m.handoffs > 0).length);
        expect(report.casesWithPingPong).toBe(cases.filter((m) => m.pingPongs > 0).length);
        expect(report.casesWithRevisit).toBe(cases.filter((m) => m.revisits > 0).length);
        expect(report.events).toBe(rows.length);
        expect(report.waiting.departmentChanges.count).toBe(report.handoffs);
        expect(report.handoffsByPair.reduce((n, p) => n + p.count, 0)).toBe(report.handoffs);
        expect(report.variants.reduce((n, v) => n + v.count, 0)).toBe(report.cases);
        expect(report.directlyFollows.reduce((n, p) => n + p.count, 0)).toBe(report.events - report.cases);
      }),
      { numRuns: 150 },
    );
  });

  test("each case is the file's rows of that case, stably sorted by time", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRows, async (rows) => {
        // the activity names the row, so the order can be checked
        const numbered = rows.map((r, i) => ({ ...r, activity: `row ${i}` }));
        const log = await readEventLog(toCsv(numbered), mapping);
        log.cases.forEach((name, c) => {
          const expected = numbered.filter((r) => r.case === name).sort((p, q) => p.minute - q.minute).map((r) => r.activity);
          const actual = Array.from(log.activity.subarray(log.caseStart[c]!, log.caseStart[c + 1]!), (a) => log.activities[a]);
          expect(actual).toEqual(expected);
        });
      }),
      { numRuns: 150 },
    );
  });
});
