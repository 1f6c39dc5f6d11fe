import { describe, expect, it } from "vitest";
import { analyse, compareReports, parseService, type Service } from "../src/index.js";
import { bounce, callAgain, insideLab, pingPong, roundTrip, twoDoors } from "./analysis-fixtures.js";

const step = (minutes = 1) => [{ name: "work", type: "value" as const, minutes }];

//   a(desk) ──1──▶ b(lab) ──0.5──▶ end(lab)
//      ▲             │
//      └─────0.5─────┘
// journeys a b (a b)ᵏ end: runs desk lab … lab = 2 + 2k, two departments → 2k revisits, E[k] = 1
const backAndForth = (): Service => ({
  id: "back-and-forth",
  departments: [{ id: "desk" }, { id: "lab" }],
  touchpoints: [
    { id: "a", department: "desk", entry: true, steps: step() },
    { id: "b", department: "lab", steps: step() },
    { id: "end", department: "lab", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "a", to: "b", probability: 1 },
    { from: "b", to: "a", probability: 0.5 },
    { from: "b", to: "end", probability: 0.5 },
  ],
});

//   a(desk) ──0.6──▶ b(lab) ──0.5──▶ done(lab)
//     │ ▲              │
//     │ └─────0.5──────┘
//     └──0.4──▶ c(imaging) ──1──▶ home(desk)
// k loops a b then an exit: through b → done (0.3 each time): D = desk (lab desk)ᵏ lab, 2k revisits;
// through c (0.4): D = desk (lab desk)ᵏ imaging desk, 1 revisit for k = 0, else 2k.
// E = Σₖ 0.3ᵏ·0.7·2k + 0.4·1 = 0.42/0.49 + 0.4 = 6/7 + 2/5 = 44/35
const threeWays = (): Service => ({
  id: "three-ways",
  departments: [{ id: "desk" }, { id: "lab" }, { id: "imaging" }],
  touchpoints: [
    { id: "a", department: "desk", entry: true, steps: step() },
    { id: "b", department: "lab", steps: step() },
    { id: "c", department: "imaging", steps: step() },
    { id: "done", department: "lab", outcome: "resolved", steps: [] },
    { id: "home", department: "desk", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "a", to: "b", probability: 0.6 },
    { from: "a", to: "c", probability: 0.4 },
    { from: "b", to: "a", probability: 0.5 },
    { from: "b", to: "done", probability: 0.5 },
    { from: "c", to: "home", probability: 1 },
  ],
});

describe("expected.revisits", () => {
  it("analyse(backAndForth) counts the department re-entries of a loop: 2 per customer", () => {
    const e = analyse(parseService(backAndForth())).expected;
    expect(e.handoffs).toBeCloseTo(3, 12); // 1 + 2k
    expect(e.revisits).toBeCloseTo(2, 12);
  });

  it("analyse(threeWays) is exact where the first exit decides which departments are ever entered: 44/35", () => {
    const e = analyse(parseService(threeWays())).expected;
    // 1 + E[hand-offs] − Σ P(enter d) = 1 + 17/7 − (1 + 0.6 + 4/7)
    expect(e.handoffs).toBeCloseTo(17 / 7, 12);
    expect(e.revisits).toBeCloseTo(44 / 35, 12);
  });

  it("equals the probability-weighted revisits of every journey on the acyclic fixtures", () => {
    const checked: string[] = [];
    for (const fixture of [callAgain, pingPong, roundTrip, twoDoors, insideLab, bounce]) {
      const report = analyse(parseService(fixture()), { top: 1000 });
      if (report.coverage < 1 - 1e-12) continue; // cyclic: the journeys are not all listed
      const weighted = report.journeys.reduce((sum, j) => sum + j.probability * j.revisits, 0);
      expect(report.expected.revisits, fixture.name).toBeCloseTo(weighted, 12);
      checked.push(fixture.name);
    }
    expect(checked.length).toBeGreaterThanOrEqual(3);
  });

  it("is 0 when nobody comes back, and a redesign's delta carries it", () => {
    const before = analyse(parseService(backAndForth()));
    const merged: Service = { ...backAndForth(), departments: [{ id: "desk" }], touchpoints: backAndForth().touchpoints.map((t) => ({ ...t, department: "desk" })) };
    const after = analyse(parseService(merged));
    expect(after.expected.revisits).toBe(0);
    expect(compareReports(before, after).delta.revisits).toBeCloseTo(-2, 12);
  });
});
