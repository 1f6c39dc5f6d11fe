// The documented order, tie and limit rules of analyse, each on a fixture small enough to check
// by hand, and the invariants that hold for every listing order of a model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, parseService, type WasteReport } from "../src/index.js";
import healthCentre from "../examples/health-centre/service.json";
import { random, randomService } from "./analysis-random-services.js";

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/** The journey search is not under test in the properties: a short one keeps them fast. */
const QUICK = { wanderCandidates: 20 };

/** The list in a seeded random order (Fisher–Yates). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("analyse(service) does not depend on the order the model lists things in", () => {
  /**
   * call [desk] (70 min) ──1──▶ test [lab] (5 min) ──1──▶ done [lab] (resolved), listed as
   * call, done, test: the outcome is not last.
   */
  const listedOutOfOrder = () => ({
    id: "out-of-order",
    departments: [{ id: "desk" }, { id: "lab" }],
    touchpoints: [
      { id: "call", department: "desk", entry: true, steps: [{ name: "Talk", type: "value", minutes: 70 }] },
      { id: "done", department: "lab", outcome: "resolved", steps: [] },
      { id: "test", department: "lab", steps: [{ name: "Sample", type: "value", minutes: 5 }] },
    ],
    transitions: [
      { from: "call", to: "test", probability: 1 },
      { from: "test", to: "done", probability: 1 },
    ],
  });

  it("analyse(service) solves every touchpoint when an outcome is listed before a touchpoint that leads to it", () => {
    const e = analyse(parseService(listedOutOfOrder())).expected;
    expect(e.minutes).toBe(75);
    expect(e.resolved).toBe(1);
    expect({ ...e.visits }).toEqual({ call: 1, done: 1, test: 1 });
  });

  it("analyse(service) gives the same expected values for every order of touchpoints and transitions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer(), (seed, order) => {
        const model = randomService(seed);
        const reordered = { ...model, touchpoints: shuffled(model.touchpoints, order), transitions: shuffled(model.transitions, order + 1) };
        const a = analyse(parseService(model), QUICK).expected;
        const b = analyse(parseService(reordered), QUICK).expected;
        for (const key of Object.keys(a) as (keyof WasteReport["expected"])[]) {
          if (typeof a[key] === "number") expect(near(a[key], b[key] as number), `${key}: ${a[key]} vs ${b[key]}`).toBe(true);
        }
        for (const [id, v] of Object.entries(a.visits)) expect(near(b.visits[id]!, v), `visits of ${id}`).toBe(true);
        for (const [id, v] of Object.entries(a.wasteByDepartment)) expect(near(b.wasteByDepartment[id]!, v), `waste of ${id}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("analyse(service) on a service that takes no time", () => {
  it("analyse(service) gives flow efficiency 0, not NaN or 1, when customers spend no minutes", () => {
    // desk → lab → desk → done without a step or a wait: 0 minutes, so nothing is value either
    const r = analyse(
      parseService({
        id: "no-time",
        departments: [{ id: "desk" }, { id: "lab" }],
        touchpoints: [
          { id: "call", department: "desk", entry: true, steps: [] },
          { id: "test", department: "lab", steps: [] },
          { id: "done", department: "desk", outcome: "resolved", steps: [] },
        ],
        transitions: [
          { from: "call", to: "test", probability: 1 },
          { from: "test", to: "done", probability: 1 },
        ],
      }),
    );
    expect(r.expected).toMatchObject({ minutes: 0, valueMinutes: 0, flowEfficiency: 0, handoffs: 2 });
    expect(r.journeys[0]).toMatchObject({ minutes: 0, flowEfficiency: 0 });
  });
});

describe("analyse(service) on customers who enter at an outcome", () => {
  it("analyse(service) counts the visit of an entry that is an outcome: the customer is done there", () => {
    // entries 3 : 1 — ask [desk] (10 min) → done; faq [web] (2 min) is an entry and an outcome
    const r = analyse(
      parseService({
        id: "self-service",
        departments: [{ id: "desk" }, { id: "web" }],
        touchpoints: [
          { id: "ask", department: "desk", entry: 3, steps: [{ name: "Ask", type: "value", minutes: 10 }] },
          { id: "faq", department: "web", entry: 1, outcome: "resolved", steps: [{ name: "Read the answer", type: "value", minutes: 2 }] },
          { id: "done", department: "desk", outcome: "resolved", steps: [] },
        ],
        transitions: [{ from: "ask", to: "done", probability: 1 }],
      }),
    );
    expect({ ...r.expected.visits }).toEqual({ ask: 0.75, faq: 0.25, done: 0.75 });
    // 0.75 × 10 + 0.25 × 2
    expect(r.expected.minutes).toBe(8);
    expect(r.expected.resolved).toBe(1);
    expect(r.journeys.map((j) => [j.path, j.probability, j.outcome])).toEqual([
      [["ask", "done"], 0.75, "resolved"],
      [["faq"], 0.25, "resolved"],
    ]);
  });
});

describe("analyse(service) takes probabilities from the right source", () => {
  it("analyse(service) uses the given probabilities, not the volumes, when a transition gives both", () => {
    // ask → yes: probability 0.9 (volume 1); ask → no: probability 0.1 (volume 3)
    const r = analyse(
      parseService({
        id: "both-given",
        departments: [{ id: "desk" }],
        touchpoints: [
          { id: "ask", department: "desk", entry: true, steps: [] },
          { id: "yes", department: "desk", outcome: "resolved", steps: [] },
          { id: "no", department: "desk", outcome: "abandoned", steps: [] },
        ],
        transitions: [
          { from: "ask", to: "yes", probability: 0.9, volume: 1 },
          { from: "ask", to: "no", probability: 0.1, volume: 3 },
        ],
      }),
    );
    expect(r.expected.resolved).toBeCloseTo(0.9, 14);
    expect(r.expected.abandoned).toBeCloseTo(0.1, 14);
    expect(r.warnings).toEqual([]);
  });

  it("analyse(service) gives the same report with a transition of probability 0 as without it: it carries nobody", () => {
    //   ask ──0.9──▶ yes      ask ──0──▶ help ──1──▶ yes
    //    └───0.1──▶ no
    const model = (withZero: boolean) =>
      parseService({
        id: "zero",
        departments: [{ id: "desk" }, { id: "lab" }],
        touchpoints: [
          { id: "ask", department: "desk", entry: true, steps: [{ name: "ask", type: "value", minutes: 5 }] },
          { id: "help", department: "lab", steps: [{ name: "help", type: "waste", waste: "delay", minutes: 7 }] },
          { id: "yes", department: "lab", outcome: "resolved", steps: [] },
          { id: "no", department: "desk", outcome: "abandoned", steps: [] },
        ],
        transitions: [
          ...(withZero ? [{ from: "ask", to: "help", probability: 0 }] : []),
          { from: "ask", to: "yes", probability: 0.9, wait: 60 },
          { from: "ask", to: "no", probability: 0.1 },
          { from: "help", to: "yes", probability: 1 },
        ],
      });
    const withZero = analyse(model(true));
    expect(withZero).toEqual(analyse(model(false)));
    expect(withZero.journeys.map((j) => j.probability)).toEqual([0.9, 0.1]);
  });
});

describe("analyse(service) lists wander paths, hotspots and journeys by their documented rules", () => {
  const service = parseService(healthCentre);

  it("analyse(service) lists wander paths by lostMinutes, largest first, waits included, and they are the top k", () => {
    // the health-centre example has waits between its touchpoints, so minutes without the waits
    // would rank the paths differently from the lostMinutes reported
    expect(service.transitions.some((t) => (t.wait ?? 0) > 0)).toBe(true);
    const all = analyse(service, { wanderPaths: 1000 }).wanderPaths;
    expect(all.length).toBeGreaterThan(10);
    for (let i = 1; i < all.length; i++) expect(all[i]!.lostMinutes).toBeLessThanOrEqual(all[i - 1]!.lostMinutes);
    for (const w of all) expect(w.lostMinutes).toBeCloseTo(w.probability * w.excessMinutes!, 9);
    const top = analyse(service).wanderPaths;
    expect(top.map((w) => w.path)).toEqual(all.slice(0, 10).map((w) => w.path));
  });

  it("analyse(service, { hotspots }) keeps that many hotspots, the largest ones", () => {
    const full = analyse(service, { hotspots: 100 }).hotspots;
    expect(full.touchpoints.length).toBeGreaterThan(3);
    expect(full.departments.length).toBeGreaterThan(3);
    const three = analyse(service, { hotspots: 3 }).hotspots;
    expect(three.touchpoints).toEqual(full.touchpoints.slice(0, 3));
    expect(three.departments).toEqual(full.departments.slice(0, 3));
    expect(analyse(service, { hotspots: 0 }).hotspots).toEqual({ departments: [], touchpoints: [] });
  });

  /**
   * Three departments listed z, x, y, each with one touchpoint of 10 waste minutes after the
   * entry, and one (w) with 20: the ties keep the model's order.
   *
   *   start [x] ─1/4─▶ tz [z] | tx [x] | ty [y] | tw [w] ─▶ done [x]
   */
  const tiedWaste = () => ({
    id: "tied-waste",
    departments: [{ id: "z" }, { id: "x" }, { id: "y" }, { id: "w" }],
    touchpoints: [
      { id: "start", department: "x", entry: true, steps: [] },
      ...["tz", "tx", "ty", "tw"].map((id) => ({
        id,
        department: id.slice(1),
        steps: [{ name: "Wait", type: "waste", waste: "delay", minutes: id === "tw" ? 80 : 40 }],
      })),
      { id: "done", department: "x", outcome: "resolved", steps: [] },
    ],
    transitions: [
      ...["tz", "tx", "ty", "tw"].map((to) => ({ from: "start", to, probability: 0.25 })),
      ...["tz", "tx", "ty", "tw"].map((from) => ({ from, to: "done", probability: 1 })),
    ],
  });

  it("analyse(service) ranks hotspots by waste, ties in the model's order, with short and long limits alike", () => {
    for (const hotspots of [10, 100]) {
      const r = analyse(parseService(tiedWaste()), { hotspots });
      expect(r.hotspots.departments).toEqual([
        { id: "w", wasteMinutes: 20, share: 0.4 },
        { id: "z", wasteMinutes: 10, share: 0.2 },
        { id: "x", wasteMinutes: 10, share: 0.2 },
        { id: "y", wasteMinutes: 10, share: 0.2 },
      ]);
      expect(r.hotspots.touchpoints.map((h) => [h.id, h.wasteMinutes])).toEqual([
        ["tw", 20],
        ["tz", 10],
        ["tx", 10],
        ["ty", 10],
      ]);
    }
    expect(analyse(parseService(tiedWaste()), { hotspots: 2 }).hotspots.touchpoints.map((h) => h.id)).toEqual(["tw", "tz"]);
  });

  it("analyse(service) lists hand-off pairs largest first, ties in the model's order of departments", () => {
    // departments listed imaging, lab, desk: lab → imaging and lab → desk tie, and imaging is
    // listed before desk (by name, desk would come first)
    const r = analyse(
      parseService({
        id: "pairs",
        departments: [{ id: "imaging" }, { id: "lab" }, { id: "desk" }],
        touchpoints: [
          { id: "call", department: "desk", entry: true, steps: [] },
          { id: "test", department: "lab", steps: [] },
          { id: "xray", department: "imaging", steps: [] },
          { id: "result", department: "desk", steps: [] },
          { id: "done", department: "desk", outcome: "resolved", steps: [] },
          { id: "seen", department: "imaging", outcome: "resolved", steps: [] },
        ],
        transitions: [
          { from: "call", to: "test", probability: 1 },
          { from: "test", to: "result", probability: 0.5 },
          { from: "test", to: "xray", probability: 0.5 },
          { from: "xray", to: "seen", probability: 1 },
          { from: "result", to: "call", probability: 0.5, failure: true },
          { from: "result", to: "done", probability: 0.5 },
        ],
      }),
    );
    // v(call) = 1 / (1 − 0.25) = 4/3: desk → lab 4/3, lab → desk 2/3, lab → imaging 2/3
    expect(r.expected.handoffsByPair).toEqual([
      { from: "desk", to: "lab", count: expect.closeTo(4 / 3, 12) },
      { from: "lab", to: "imaging", count: expect.closeTo(2 / 3, 12) },
      { from: "lab", to: "desk", count: expect.closeTo(2 / 3, 12) },
    ]);
  });

  it("analyse(service, { budget }) says truncated: false when the top journeys were all found", () => {
    // a budget of 500 stops the search for 1,000 wander candidates, but not before the top 10
    const r = analyse(service, { budget: 500 });
    expect(r.journeys).toHaveLength(10);
    expect(r.truncated).toBe(false);
    expect(r.journeys.map((j) => j.path)).toEqual(analyse(service).journeys.map((j) => j.path));
  });
});

describe("analyse(service) breaks ties between ideal routes by hand-offs, then by the model's order", () => {
  /**
   * Two routes of 10 minutes: through near [desk] (no hand-off) or through far [lab] (two).
   *
   *   start [desk] ─▶ near [desk] ─▶ done [desk]
   *        └────────▶ far [lab] ───▶ done
   */
  const twoRoutes = (nearFirst: boolean) => {
    const near = { id: "near", department: "desk", steps: [{ name: "Talk", type: "value", minutes: 10 }] };
    const far = { id: "far", department: "lab", steps: [{ name: "Test", type: "value", minutes: 10 }] };
    return {
      id: "two-routes",
      departments: [{ id: "desk" }, { id: "lab" }],
      touchpoints: [
        { id: "start", department: "desk", entry: true, steps: [] },
        ...(nearFirst ? [near, far] : [far, near]),
        { id: "done", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "start", to: "near", probability: 0.5 },
        { from: "start", to: "far", probability: 0.5 },
        { from: "near", to: "done", probability: 1 },
        { from: "far", to: "done", probability: 1 },
      ],
    };
  };

  it("analyse(service) takes the route with fewer hand-offs when two ideal routes take equal minutes, whichever is listed first", () => {
    for (const nearFirst of [true, false]) {
      expect(analyse(parseService(twoRoutes(nearFirst))).ideal).toEqual([
        { entry: "start", path: ["start", "near", "done"], minutes: 10, handoffs: 0 },
      ]);
    }
  });

  it("analyse(service) takes the route through the touchpoint listed first when minutes and hand-offs are equal", () => {
    // far moved to the desk: both routes take 10 minutes and no hand-off
    const sameDesk = (nearFirst: boolean) => {
      const model = twoRoutes(nearFirst);
      return { ...model, touchpoints: model.touchpoints.map((t) => (t.id === "far" ? { ...t, department: "desk" } : t)) };
    };
    expect(analyse(parseService(sameDesk(true))).ideal[0]!.path).toEqual(["start", "near", "done"]);
    expect(analyse(parseService(sameDesk(false))).ideal[0]!.path).toEqual(["start", "far", "done"]);
  });
});
