// Two rules of the analysis that small hand-computed services pin: a journey that cannot reach a
// resolved outcome is not wandering for that alone, and the headline adds a pair of departments'
// waits in both directions.
import { describe, expect, test } from "vitest";
import { analyse, headline, parseService } from "../src/index.js";

describe("analyse(service).wanderPaths", () => {
  //   x(desk, entry 0.5) → y(lab) → gone(lab, abandoned)     no resolved outcome reachable from x
  //   a(desk, entry 0.5) → done(desk, resolved)
  // no journey has a ping-pong or a revisit, and x has no ideal route to exceed: nothing wanders
  test("journeys from an entry that cannot reach a resolved outcome are not counted as wandering", () => {
    const service = parseService({
      id: "no-way-out",
      departments: [{ id: "desk" }, { id: "lab" }],
      touchpoints: [
        { id: "x", department: "desk", entry: 0.5, steps: [{ name: "ask", type: "value", minutes: 5 }] },
        { id: "y", department: "lab", steps: [{ name: "test", type: "value", minutes: 10 }] },
        { id: "gone", department: "lab", outcome: "abandoned", steps: [] },
        { id: "a", department: "desk", entry: 0.5, steps: [{ name: "ask", type: "value", minutes: 5 }] },
        { id: "done", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "x", to: "y", probability: 1, wait: 60 },
        { from: "y", to: "gone", probability: 1 },
        { from: "a", to: "done", probability: 1 },
      ],
    });
    const report = analyse(service);
    expect(report.ideal.find((r) => r.entry === "x")!.path).toBeNull();
    expect(report.journeys.map((j) => j.path).sort()).toEqual([
      ["a", "done"],
      ["x", "y", "gone"],
    ]);
    expect(report.wanderPaths).toEqual([]);
  });
});

describe("headline(report, service): where the waiting is", () => {
  //   a(desk) ─wait 40─→ b(lab) ─wait 35─→ c(desk) ─wait 50─→ d(clinic, resolved)
  // waiting 125 min: desk ⇄ lab 40 + 35 = 75 (60 %, "most of it"); desk → clinic 50 (40 %)
  test("adds the two directions of a pair of departments together", () => {
    const service = parseService({
      id: "both-ways",
      departments: [
        { id: "desk", name: "Desk" },
        { id: "lab", name: "Lab" },
        { id: "clinic", name: "Clinic" },
      ],
      touchpoints: [
        { id: "a", department: "desk", entry: true, steps: [] },
        { id: "b", department: "lab", steps: [] },
        { id: "c", department: "desk", steps: [] },
        { id: "d", department: "clinic", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "a", to: "b", probability: 1, wait: 40 },
        { from: "b", to: "c", probability: 1, wait: 35 },
        { from: "c", to: "d", probability: 1, wait: 50 },
      ],
    });
    // 125 min = 2.1 h; 3 hand-offs; all of it waiting
    expect(headline(analyse(service), service)).toBe(
      "A customer spends 2.1 h and 3 hand-offs on average; 100 % of that time is waiting, most of it between Desk and Lab.",
    );
  });
});
