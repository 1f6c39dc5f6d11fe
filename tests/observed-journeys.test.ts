// The log's own journeys (observedJourneys) and department flows (departmentFlows), on the small
// hand-made log of logs-helpers.ts and on the real logs.
import { describe, expect, test } from "vitest";
import { analyseLog, departmentFlows, observedJourneys, OBSERVED_JOURNEYS_DEFAULTS, readEventLog } from "../src/index.js";
import { CSV, mapping, openLog, readRealLog, testWithLog } from "./logs-helpers.js";

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

  test("has the expected defaults: 10 variants and 10 wanderers, no calendar", async () => {
    expect(OBSERVED_JOURNEYS_DEFAULTS).toEqual({ variants: 10, wanderers: 10, calendar: null });
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
      const log = await readRealLog("bpic2013/07_bpic2013_incidents.xes.gz", {
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

describe("layoutObservedJourney(journey)", () => {
  test("puts the case on its clock, lanes in order of first visit, marks adding up to its counts", async () => {
    const { layoutObservedJourney, OBSERVED_JOURNEY_LAYOUT_DEFAULTS: o } = await import("../src/viz/index.js");
    expect(o).toEqual({ span: 640, minGap: 18, laneHeight: 48, gutter: 132, fontSize: 10.5 });
    const { wanderers } = observedJourneys(await readEventLog(CSV, mapping));
    // A: call(desk) 0 → test(lab) 10 → wait(no department) 20 → talk(desk) 40 → pay(desk) 41 minutes
    const line = layoutObservedJourney(wanderers[1]!);
    expect(line.lanes.map((l) => [l.department, l.name])).toEqual([
      ["desk", "desk"],
      ["lab", "lab"],
      ["", "no department"],
    ]);
    expect(line.points.map((p) => p.elapsed)).toEqual([0, 10, 20, 40, 41]);
    // 640 px for 41 minutes; pay is 15.6 px after talk on the clock, pushed to 18
    const x0 = o.gutter + 12;
    expect(line.points.map((p) => p.x)).toEqual([x0, x0 + (10 / 41) * 640, x0 + (20 / 41) * 640, x0 + (40 / 41) * 640, x0 + (40 / 41) * 640 + 18].map((x) => Math.round(x * 10) / 10));
    expect(line.points.map((p) => p.marks)).toEqual([[], ["handoff"], [], ["handoff", "ping-pong", "revisit"], []]);
    expect(line.points.map((p) => p.timeLabel)).toEqual(["start", "+10 min", "+20 min", "+40 min", null]);
  });

  testWithLog("on Sepsis, no two labels of a drawn case overlap", "sepsis/sepsis.csv", async () => {
    const { layoutObservedJourney } = await import("../src/viz/index.js");
    const { overlappingPairs } = await import("./viz-test-helpers.js");
    const log = await readEventLog(openLog("sepsis/sepsis.csv"), {
      case: "Case ID",
      activity: "Activity",
      timestamp: "Complete Timestamp",
      department: "org:group",
      missing: ["?"],
    });
    const { variants, wanderers } = observedJourneys(log);
    for (const journey of [...variants, ...wanderers]) {
      const line = layoutObservedJourney(journey);
      const boxes = line.points.flatMap((p) => [p.labelBox, p.timeBox].filter((b) => b !== null));
      expect(overlappingPairs(boxes)).toEqual([]);
      expect(line.points.filter((p) => p.marks.includes("ping-pong"))).toHaveLength(journey.pingPongs);
      expect(line.points.filter((p) => p.marks.includes("handoff"))).toHaveLength(journey.handoffs);
    }
  });
});
