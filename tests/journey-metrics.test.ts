import { describe, expect, it } from "vitest";
import { journeyMetrics, type JourneyVisit } from "../src/index.js";

const visit = (touchpoint: string, department: string | null, extra: Partial<JourneyVisit> = {}): JourneyVisit => ({
  touchpoint,
  department,
  valueMinutes: 0,
  necessaryMinutes: 0,
  wasteMinutes: 0,
  ...extra,
});

describe("journeyMetrics(visits)", () => {
  it("journeyMetrics(visits) measures minutes, waits as waste, wandering and the excess over the ideal", () => {
    const m = journeyMetrics(
      [
        visit("call", "desk", { valueMinutes: 6, necessaryMinutes: 1, wasteMinutes: 25, cost: 3, wasteCost: 1 }),
        visit("test", "lab", { valueMinutes: 10, wait: 60, cost: 20 }),
        visit("call", "desk", { wasteMinutes: 25, failure: true, wasteCost: 1, cost: 1 }),
        visit("done", "desk"),
      ],
      { idealMinutes: 50 },
    );
    // minutes = (6 + 1 + 25) + (10 + 60 wait) + 25 = 127; waste = 25 + 60 + 25 = 110; value 16
    expect(m).toEqual({
      path: ["call", "test", "call", "done"],
      departments: ["desk", "lab", "desk"],
      minutes: 127,
      valueMinutes: 16,
      necessaryMinutes: 1,
      wasteMinutes: 110,
      flowEfficiency: 16 / 127,
      handoffs: 2,
      pingPongs: 1,
      revisits: 1,
      repeats: 1,
      failureDemand: 1,
      excessMinutes: 77,
      cost: 24,
      wasteCost: 2,
    });
  });

  it("journeyMetrics(visits) has the expected defaults: no ideal route, no excess", () => {
    const m = journeyMetrics([visit("a", "desk")]);
    expect(m).toMatchObject({ minutes: 0, flowEfficiency: 0, handoffs: 0, excessMinutes: null, cost: 0 });
  });

  it("journeyMetrics(visits) leaves a missing department out of the department sequence only", () => {
    // desk, ?, lab, ?, desk → D = desk, lab, desk
    const m = journeyMetrics([visit("a", "desk"), visit("b", null), visit("c", "lab"), visit("d", null), visit("e", "desk")]);
    expect(m.departments).toEqual(["desk", "lab", "desk"]);
    expect(m).toMatchObject({ handoffs: 2, pingPongs: 1, revisits: 1, repeats: 0 });
    expect(m.path).toHaveLength(5);
  });

  it("journeyMetrics(visits) does not modify the visits", () => {
    const visits = [visit("a", "desk", { wait: 3, valueMinutes: 2 }), visit("b", "lab")];
    const copy = structuredClone(visits);
    journeyMetrics(visits, { idealMinutes: 1 });
    expect(visits).toEqual(copy);
  });
});
