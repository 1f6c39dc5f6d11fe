import { describe, expect, it } from "vitest";
import { analyse, applyRedesign, InvalidRedesignError, parseService, type Service } from "../src/index.js";

//   a | first (desk) ──1──▶ b (lab) ──0.5──▶ a | after lab (desk) ──1──▶ done (lab)
//                              └─────0.5───────────────────────────────▶ done
// "a | first" and "a | after lab" refine the touchpoint "a": one group
const queue = (minutes: number) => ({ name: "Queue", type: "waste" as const, waste: "delay", minutes });
const grouped = (): Service => ({
  id: "grouped",
  departments: [{ id: "desk" }, { id: "lab" }],
  touchpoints: [
    { id: "a | first", name: "a", department: "desk", entry: true, steps: [queue(10)], group: "a" },
    { id: "b", department: "lab", steps: [queue(3)] },
    { id: "a | after lab", name: "a", department: "desk", steps: [queue(10)], group: "a" },
    { id: "done", department: "lab", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "a | first", to: "b", probability: 1 },
    { from: "b", to: "a | after lab", probability: 0.5 },
    { from: "b", to: "done", probability: 0.5 },
    { from: "a | after lab", to: "done", probability: 1 },
  ],
});

describe("touchpoint groups", () => {
  it("hotspots rank a group once, under its id: 10 + 0.5 × 10 minutes for a", () => {
    const report = analyse(parseService(grouped()));
    expect(report.hotspots.touchpoints).toEqual([
      { id: "a", wasteMinutes: 15, share: 15 / 18 },
      { id: "b", wasteMinutes: 3, share: 3 / 18 },
    ]);
    // the visits stay per touchpoint
    expect({ ...report.expected.visits }).toEqual({ "a | first": 1, b: 1, "a | after lab": 0.5, done: 1 });
  });

  it("remove-step and set-step naming a group change every touchpoint in it", () => {
    const removed = applyRedesign(grouped(), { changes: [{ op: "remove-step", touchpoint: "a", step: "Queue" }] });
    expect(removed.touchpoints.map((t) => t.steps.length)).toEqual([0, 1, 0, 0]);
    const set = applyRedesign(grouped(), { changes: [{ op: "set-step", touchpoint: "a", step: "Queue", minutes: 1 }] });
    expect(set.touchpoints.map((t) => t.steps[0]?.minutes)).toEqual([1, 3, 1, undefined]);
    expect(analyse(set).expected.wasteMinutes).toBeCloseTo(1 + 3 + 0.5, 12);
  });

  it("set-transition naming a group is refused with the group's touchpoints", () => {
    expect(() => applyRedesign(grouped(), { changes: [{ op: "set-transition", from: "b", to: "a", probability: 0.2 }] })).toThrow(InvalidRedesignError);
    try {
      applyRedesign(grouped(), { changes: [{ op: "set-transition", from: "b", to: "a", probability: 0.2 }] });
    } catch (e) {
      expect((e as InvalidRedesignError).issues[0]!.message).toBe(
        'changes[0].to: "a" is a group of 2 touchpoints: set the transitions of its touchpoints one by one ("a | first", "a | after lab")',
      );
    }
  });
});
