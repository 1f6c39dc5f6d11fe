// The log's own journeys (observedJourneys) and department flows (departmentFlows), on the small
// hand-made log of logs-helpers.ts and on the real logs.
import { describe, expect, test } from "vitest";
import { analyseLog, departmentFlows, observedJourneys, OBSERVED_JOURNEYS_DEFAULTS, readEventLog } from "../src/index.js";
import { CSV, mapping, openLog, testWithLog } from "./logs-helpers.js";

const at = (hhmm: string) => Date.parse(`2024-01-01T${hhmm}:00Z`);

describe("observedJourneys(log)", () => {
  test("lists the variants with their counts and the cases losing most time between departments", async () => {
    const log = await readEventLog(CSV, mapping);
    const { cases, variants, wanderers } = observedJourneys(log);
    expect(cases).toBe(3);
    // three distinct cases: one case each, in the order of their first case
    expect(variants.map((v) => [v.case, v.count, v.share])).toEqual([
      ["A", 1, 1 / 3],
      ["B", 1, 1 / 3],
      ["C", 1, 1 / 3],
    ]);
    // C: 30 + 30 + 0 + 60 = 120 min across departments; A: 10 + 30 (across the unknown event) = 40; B never changes
    expect(wanderers.map((w) => [w.case, w.handoffMinutes, w.handoffs, w.pingPongs, w.revisits, w.repeats, w.minutes])).toEqual([
      ["C", 120, 4, 0, 2, 1, 120],
      ["A", 40, 2, 1, 1, 0, 41],
    ]);
    expect(wanderers[1]!.events).toEqual([
      { activity: "call", department: "desk", time: at("08:00") },
      { activity: "test", department: "lab", time: at("08:10") },
      { activity: "wait", department: null, time: at("08:20") },
      { activity: "talk", department: "desk", time: at("08:40") },
      { activity: "pay", department: "desk", time: at("08:41") },
    ]);
  });

  test("has the expected defaults: 10 variants and 10 wanderers", async () => {
    expect(OBSERVED_JOURNEYS_DEFAULTS).toEqual({ variants: 10, wanderers: 10 });
    const rows = Array.from({ length: 12 }, (_, k) => `c${k},a${k},2024-01-01T00:00:00Z,d${k % 2}\nc${k},b,2024-01-01T00:0${k % 10}:00Z,d${(k + 1) % 2}`);
    const log = await readEventLog(["case,activity,time,dept", ...rows].join("\n"), mapping);
    const o = observedJourneys(log);
    expect([o.variants.length, o.wanderers.length]).toEqual([10, 10]);
    // ranked by minutes between departments, ties in log order: k = 9 (9 min), 8, …
    expect(o.wanderers.map((w) => w.case).slice(0, 3)).toEqual(["c9", "c8", "c7"]);
    expect(observedJourneys(log, { variants: 2, wanderers: 1 }).wanderers).toHaveLength(1);
  });

  testWithLog("receipt: the variants and counts are the log report's", "receipt/receipt.csv", async () => {
    const log = await readEventLog(openLog("receipt/receipt.csv"), {
      case: "case:concept:name",
      activity: "concept:name",
      timestamp: "time:timestamp",
      department: "org:group",
      missing: ["EMPTY"],
    });
    const report = analyseLog(log);
    const { variants, wanderers } = observedJourneys(log);
    expect(variants.map((v) => ({ activities: v.events.map((e) => e.activity), count: v.count }))).toEqual(report.variants);
    expect(variants[0]!.count).toBe(report.variants[0]!.count);
    // the wanderers are worst first and each loses time between departments
    for (let i = 1; i < wanderers.length; i++) expect(wanderers[i]!.handoffMinutes).toBeLessThanOrEqual(wanderers[i - 1]!.handoffMinutes);
    for (const w of wanderers) expect(w.handoffs).toBeGreaterThan(0);
  });
});

describe("departmentFlows(log)", () => {
  test("counts visits, hand-offs and ping-pongs by pair on a hand-made log", async () => {
    const log = await readEventLog(CSV, mapping);
    expect(departmentFlows(log)).toEqual({
      cases: 3,
      // desk: A 3, B 2, C 2; lab: A 1, C 2; imaging: C 1 (A's unknown event is in no department)
      departments: [
        { id: "desk", visits: 7 },
        { id: "lab", visits: 3 },
        { id: "imaging", visits: 1 },
      ],
      handoffs: [
        { from: "desk", to: "lab", count: 3 },
        { from: "lab", to: "desk", count: 1 },
        { from: "lab", to: "imaging", count: 1 },
        { from: "imaging", to: "desk", count: 1 },
      ],
      // A: desk → lab → desk
      pingPongs: [{ from: "desk", to: "lab", count: 1 }],
    });
  });

  testWithLog(
    "BPI 2013 incidents: 649 teams, and the pairs add up to the log report's hand-offs and ping-pongs",
    "bpic2013/07_bpic2013_incidents.xes.gz",
    async () => {
      const log = await readEventLog(openLog("bpic2013/07_bpic2013_incidents.xes.gz"), {
        activity: ["concept:name", "lifecycle:transition"],
        department: "org:group",
      });
      const flows = departmentFlows(log);
      const report = analyseLog(log);
      expect(flows.departments).toHaveLength(649);
      expect(flows.handoffs).toEqual(report.handoffsByPair);
      expect(flows.pingPongs.reduce((s, p) => s + p.count, 0)).toBe(report.pingPongs);
      expect(flows.departments.reduce((s, d) => s + d.visits, 0)).toBe(65533);
    },
    60_000,
  );
});
