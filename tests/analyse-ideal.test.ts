import { describe, expect, it } from "vitest";
import { analyse, parseService } from "../src/index.js";

const step = (minutes: number) => [{ name: "Serve", type: "value", minutes }];

/**
 * referral: two resolved outcomes that are not alike, an abandonment and a ping-pong loop.
 *
 *            ┌─0.4──────────────▶ advice [desk] (resolved)
 *   call [desk] (10) ─0.4, wait 100─▶ gp [clinic] (20) ─0.5─▶ treated [clinic] (resolved)
 *            └─0.2──▶ gone [desk] (abandoned)     ▲  │0.5, wait 50
 *                                   wait 50, 1 ──┘  ▼
 *                                         test [lab] (5)
 */
function referral() {
  return {
    id: "referral",
    departments: [{ id: "desk" }, { id: "clinic" }, { id: "lab" }],
    touchpoints: [
      { id: "call", department: "desk", entry: true, steps: step(10) },
      { id: "advice", department: "desk", outcome: "resolved", steps: [] },
      { id: "gp", department: "clinic", steps: step(20) },
      { id: "test", department: "lab", steps: step(5) },
      { id: "treated", department: "clinic", outcome: "resolved", steps: [] },
      { id: "gone", department: "desk", outcome: "abandoned", steps: [] },
    ],
    transitions: [
      { from: "call", to: "advice", probability: 0.4 },
      { from: "call", to: "gp", probability: 0.4, wait: 100 },
      { from: "call", to: "gone", probability: 0.2 },
      { from: "gp", to: "treated", probability: 0.5 },
      { from: "gp", to: "test", probability: 0.5, wait: 50 },
      { from: "test", to: "gp", probability: 1, wait: 50 },
    ],
  };
}

/**
 * evenRoutes: two routes of 130 minutes to one outcome; the one through the lab (listed first,
 * lower index) has two hand-offs, the one through the clinic one.
 *
 *   call [desk] (10) ─0.5, wait 100─▶ x [lab] (20)  ──▶ treated [clinic] (resolved)
 *                    └0.5, wait 100─▶ gp [clinic] (20) ─┘
 */
function evenRoutes() {
  return {
    id: "even-routes",
    departments: [{ id: "desk" }, { id: "clinic" }, { id: "lab" }],
    touchpoints: [
      { id: "call", department: "desk", entry: true, steps: step(10) },
      { id: "x", department: "lab", steps: step(20) },
      { id: "gp", department: "clinic", steps: step(20) },
      { id: "treated", department: "clinic", outcome: "resolved", steps: [] },
    ],
    transitions: [
      { from: "call", to: "x", probability: 0.5, wait: 100 },
      { from: "call", to: "gp", probability: 0.5, wait: 100 },
      { from: "x", to: "treated", probability: 1 },
      { from: "gp", to: "treated", probability: 1 },
    ],
  };
}

const ideals = (r: ReturnType<typeof analyse>) =>
  r.journeys.map((j) => [j.path.join(" "), j.outcome, j.minutes, j.idealMinutes, j.idealHandoffs, j.excessMinutes]);

/**
 * twoEqual: two journeys of probability 0.5 each, the one through a (first in model order) a step
 * longer than the one through b.
 *
 *   in [desk] ─0.5─▶ a [lab] ─▶ a2 [lab] ─▶ done [lab] (resolved)
 *             └0.5─▶ b [clinic] ─▶ seen [clinic] (resolved)
 */
function twoEqual() {
  return {
    id: "two-equal",
    departments: [{ id: "desk" }, { id: "clinic" }, { id: "lab" }],
    touchpoints: [
      { id: "in", department: "desk", entry: true, steps: step(1) },
      { id: "a", department: "lab", steps: step(1) },
      { id: "a2", department: "lab", steps: step(1) },
      { id: "done", department: "lab", outcome: "resolved", steps: [] },
      { id: "b", department: "clinic", steps: step(1) },
      { id: "seen", department: "clinic", outcome: "resolved", steps: [] },
    ],
    transitions: [
      { from: "in", to: "a", probability: 0.5 },
      { from: "in", to: "b", probability: 0.5 },
      { from: "a", to: "a2", probability: 1 },
      { from: "a2", to: "done", probability: 1 },
      { from: "b", to: "seen", probability: 1 },
    ],
  };
}

describe("analyse(service): journeys of equal probability", () => {
  it("come in the order the search met them: the shorter first, whatever the model order", () => {
    // the search meets in → b while in → a is still one step short of its outcome
    expect(analyse(parseService(twoEqual())).journeys.map((j) => [j.path.join(" "), j.probability])).toEqual([
      ["in b seen", 0.5],
      ["in a a2 done", 0.5],
    ]);
  });
});

describe("analyse(service): each journey against the ideal route to its own outcome", () => {
  it("analyse(referral) holds a referral against the fastest route to treatment, not the advice call", () => {
    const r = analyse(parseService(referral()));
    // the entry's ideal route to any resolved outcome is still the 10-minute call that ends in advice
    expect(r.ideal).toEqual([{ entry: "call", path: ["call", "advice"], minutes: 10, handoffs: 0 }]);
    expect(ideals(r).slice(0, 5)).toEqual([
      // call → advice: 10 minutes, the ideal itself
      ["call advice", "resolved", 10, 10, 0, 0],
      // (probability 0.2 each: ties keep the order the search met them, the shorter first)
      // abandoned: the 10 minutes bought nothing; hand-offs of the entry's ideal route (advice): 0
      ["call gone", "abandoned", 10, 0, 0, 10],
      // call 10 + wait 100 + gp 20 = 130: the fastest way to "treated"; not 120 over the advice call
      ["call gp treated", "resolved", 130, 130, 1, 0],
      // one lab loop: 130 + wait 50 + test 5 + wait 50 + gp 20 = 255, 125 over the 130
      ["call gp test gp treated", "resolved", 255, 130, 1, 125],
      ["call gp test gp test gp treated", "resolved", 380, 130, 1, 250],
    ]);
  });

  it("analyse(referral) ranks wander paths by lost minutes against their own outcome's route", () => {
    const r = analyse(parseService(referral()));
    // k lab loops: probability 0.2 × 0.5ᵏ, excess 125k, lost = 25k / 2ᵏ: 12.5, 12.5 (tie: more likely first), 9.375
    expect(r.wanderPaths.slice(0, 3).map((w) => [w.path.length, w.probability, w.excessMinutes, w.lostMinutes])).toEqual([
      [5, 0.1, 125, 12.5],
      [7, 0.05, 250, 12.5],
      [9, 0.025, 375, 9.375],
    ]);
    expect(r.wanderPaths[0]).toMatchObject({ idealMinutes: 130, idealHandoffs: 1, handoffs: 3, pingPongs: 1, revisits: 1 });
    // neither the referral without a loop nor the abandoned call wanders
    expect(r.wanderPaths.every((w) => w.pingPongs > 0)).toBe(true);
  });

  it("analyse(evenRoutes) breaks a tie in minutes by fewer hand-offs, not by model order", () => {
    const r = analyse(parseService(evenRoutes()));
    // both routes take 10 + 100 + 20 = 130 minutes; through the clinic: desk → clinic, 1 hand-off
    expect(r.ideal).toEqual([{ entry: "call", path: ["call", "gp", "treated"], minutes: 130, handoffs: 1 }]);
    expect(ideals(r)).toEqual([
      ["call x treated", "resolved", 130, 130, 1, 0],
      ["call gp treated", "resolved", 130, 130, 1, 0],
    ]);
    // the lab route takes no longer, but has one hand-off more than the ideal: it wanders, at no cost
    expect(r.wanderPaths.map((w) => [w.path.join(" "), w.handoffs, w.lostMinutes])).toEqual([["call x treated", 2, 0]]);
  });

  it("analyse(service) never gives negative excess: an early abandonment is all excess", () => {
    const service = parseService({
      id: "quit-early",
      departments: [{ id: "desk" }, { id: "lab" }],
      touchpoints: [
        { id: "ask", department: "desk", entry: true, steps: step(3) },
        { id: "test", department: "lab", steps: step(60) },
        { id: "done", department: "lab", outcome: "resolved", steps: [] },
        { id: "gone", department: "desk", outcome: "abandoned", steps: [] },
      ],
      transitions: [
        { from: "ask", to: "test", probability: 0.5 },
        { from: "ask", to: "gone", probability: 0.5 },
        { from: "test", to: "done", probability: 1 },
      ],
    });
    const r = analyse(service);
    // v1 would give "ask gone" 3 − 63 = −60; now ideal 0, excess 3, ideal hand-offs those of ask → test → done
    expect(ideals(r)).toEqual([
      ["ask gone", "abandoned", 3, 0, 1, 3],
      ["ask test done", "resolved", 63, 63, 1, 0],
    ]);
  });

  it("analyse(service) gives an abandoned journey null ideal hand-offs when no resolved outcome is reachable", () => {
    const service = parseService({
      id: "dead-end",
      departments: [{ id: "desk" }],
      touchpoints: [
        { id: "ask", department: "desk", entry: true, steps: step(3) },
        { id: "gone", department: "desk", outcome: "abandoned", steps: [] },
      ],
      transitions: [{ from: "ask", to: "gone", probability: 1 }],
    });
    const r = analyse(service);
    expect(r.ideal).toEqual([{ entry: "ask", path: null, minutes: null, handoffs: null }]);
    expect(r.journeys[0]).toMatchObject({ idealMinutes: 0, idealHandoffs: null, excessMinutes: 3 });
  });

  it("analyse(service) puts idealMinutes and idealHandoffs on every journey and wander path of the JSON", () => {
    const json = JSON.parse(JSON.stringify(analyse(parseService(referral()))));
    for (const j of [...json.journeys, ...json.wanderPaths]) {
      expect(typeof j.idealMinutes).toBe("number");
      expect(j).toHaveProperty("idealHandoffs");
      expect(j.excessMinutes).toBe(Math.max(0, j.minutes - j.idealMinutes));
    }
  });
});
