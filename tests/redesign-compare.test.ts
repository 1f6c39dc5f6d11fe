import { describe, expect, it } from "vitest";
import { analyse, applyRedesign, compareReports, type RedesignChange } from "../src/index.js";
import { deepFreeze, referral } from "./redesign-fixtures.js";

// The referral of redesign-fixtures.ts: expected minutes 830/7, waste 710/7, hand-offs 18/7,
// ping-pongs 6/7 per customer (arithmetic there).
const before = analyse(deepFreeze(referral()));
const afterOf = (...changes: RedesignChange[]) => analyse(applyRedesign(deepFreeze(referral()), { changes }));

describe("a redesign's expected figures, by hand", () => {
  it("the referral before any change", () => {
    expect(before.expected.minutes).toBeCloseTo(830 / 7, 10);
    expect(before.expected.wasteMinutes).toBeCloseTo(710 / 7, 10);
    expect(before.expected.handoffs).toBeCloseTo(18 / 7, 10);
    expect(before.expected.pingPongs).toBeCloseTo(6 / 7, 10);
  });

  it("remove-step: the 20-minute queue, visited 10/7 times, goes: 830/7 − 200/7 = 90 minutes", () => {
    const after = afterOf({ op: "remove-step", touchpoint: "call", step: "Queue" });
    expect(after.expected.minutes).toBeCloseTo(90, 10);
    expect(after.expected.wasteMinutes).toBeCloseTo(510 / 7, 10);
  });

  it("set-step: the 15-minute return visit at 0, visited 6/7 times: 830/7 − 90/7 = 740/7 minutes", () => {
    const after = afterOf({ op: "set-step", touchpoint: "result", step: "Return visit", minutes: 0 });
    expect(after.expected.minutes).toBeCloseTo(740 / 7, 10);
  });

  it("merge-departments desk + lab: only result → done (desk → clinic, 6/7) is a hand-off; no ping-pong", () => {
    const after = afterOf({ op: "merge-departments", departments: ["desk", "lab"], into: "desk" });
    expect(after.expected.handoffs).toBeCloseTo(6 / 7, 10);
    expect(after.expected.pingPongs).toBe(0);
    expect(after.expected.minutes).toBeCloseTo(830 / 7, 10);
  });

  it("set-transition call → call at 0: v(call) = 1, so 26 + (15 + 20 + 60)·6/7 = 752/7 minutes", () => {
    const after = afterOf({ op: "set-transition", from: "call", to: "call", probability: 0 });
    expect(after.expected.minutes).toBeCloseTo(752 / 7, 10);
    expect(after.expected.failureDemandShare).toBe(0);
  });

  it("set-transition test → result without its 60-minute wait: 830/7 − 360/7 = 470/7 minutes", () => {
    const after = afterOf({ op: "set-transition", from: "test", to: "result", wait: 0 });
    expect(after.expected.minutes).toBeCloseTo(470 / 7, 10);
  });
});

describe("compareReports(before, after)", () => {
  const after = afterOf(
    { op: "set-transition", from: "call", to: "call", probability: 0 },
    { op: "remove-step", touchpoint: "result", step: "Return visit" },
    { op: "merge-departments", departments: ["desk", "lab"], into: "desk" },
  );
  const { delta, ...reports } = compareReports(before, after);

  it("keeps both reports", () => {
    expect(reports).toEqual({ before, after });
  });

  it("gives after − before: 752/7 − 15·6/7 = 662/7 minutes after, 830/7 before: −168/7 = −24", () => {
    expect(delta.minutes).toBeCloseTo(-24, 10);
    // waste after: 20 + (10 + 60)·6/7 = 80; before 710/7
    expect(delta.wasteMinutes).toBeCloseTo(80 - 710 / 7, 10);
    expect(delta.handoffs).toBeCloseTo(6 / 7 - 18 / 7, 10);
    expect(delta.visits.call).toBeCloseTo(1 - 10 / 7, 10);
    expect(delta.visits.done).toBeCloseTo(0, 10);
  });

  it("covers the union of keys, missing = 0, in null-prototype objects", () => {
    // the lab was merged away: after has no "lab", so its delta is 0 − its waste before (10·6/7)
    expect(delta.wasteByDepartment.lab).toBeCloseTo(-60 / 7, 10);
    expect(Object.getPrototypeOf(delta.wasteByDepartment)).toBeNull();
    expect(Object.getPrototypeOf(delta.visits)).toBeNull();
    // desk → lab was a hand-off before only
    expect(delta.handoffsByPair.find((p) => p.from === "desk" && p.to === "lab")?.count).toBeCloseTo(-6 / 7, 10);
  });

  it("counts the year when the service has a volume: 7000 customers × −24 minutes / 60 = −2800 hours", () => {
    expect(delta.yearly?.hours).toBeCloseTo(-2800, 6);
    // waste: 7000 × (80 − 710/7) / 60 = (560000 − 710000)/60 = −2500 hours
    expect(delta.yearly?.wasteHours).toBeCloseTo(-2500, 6);
    const noVolume = { ...referral(), volume: undefined };
    const plain = compareReports(analyse(noVolume), analyse(noVolume));
    expect(plain.delta.yearly).toBeNull();
  });

  it("names where the waste dropped most, leaving out the department merged away", () => {
    // movement: the return visit, 15 × 6/7 = 90/7 before, gone after
    expect(delta.contributors.categories[0]).toEqual({
      id: "movement",
      before: expect.closeTo(90 / 7, 10),
      after: 0,
      delta: expect.closeTo(-90 / 7, 10),
    });
    expect(delta.contributors.departments.map((d) => d.id)).toEqual(["desk"]);
    expect(delta.contributors.touchpoints.map((t) => t.id)).toEqual(["result", "call"]);
  });

  it("keeps the top contributors asked for, and refuses a top that is no count", () => {
    expect(compareReports(before, after, { top: 1 }).delta.contributors.touchpoints.map((t) => t.id)).toEqual(["result"]);
    expect(() => compareReports(before, after, { top: -1 })).toThrow("compareReports: invalid option top: -1 (expected a whole number ≥ 0)");
  });

  it("lists nothing when nothing changed", () => {
    const same = compareReports(before, before).delta;
    expect(same.contributors).toEqual({ touchpoints: [], departments: [], categories: [] });
    expect(same.minutes).toBe(0);
    expect(same.yearly).toEqual({ hours: 0, wasteHours: 0, cost: 0, wasteCost: 0 });
  });
});
