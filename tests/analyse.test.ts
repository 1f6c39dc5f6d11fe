import { describe, expect, it } from "vitest";
import { ANALYSE_DEFAULTS, analyse, InvalidServiceError, parseService, type Service } from "../src/index.js";
import { bounce, callAgain, insideLab, pingPong, roundTrip, twoDoors } from "./analysis-fixtures.js";

const close = (digits = 12) => (value: number) => expect.closeTo(value, digits);
const exactly = close(12);

describe("analyse(service) on hand-computed services", () => {
  it("analyse(callAgain) sums the geometric series of failed calls exactly", () => {
    const r = analyse(parseService(callAgain()));
    // v(call) = Σ 0.3ᵏ = 1 / 0.7 = 10/7; v(gp) = v(done) = 1
    expect(r.expected.visits.call).toBeCloseTo(10 / 7, 12);
    expect(r.expected.visits.gp).toBeCloseTo(1, 12);
    expect(r.expected.visits.done).toBeCloseTo(1, 12);
    // minutes = 10/7 × 32 + 1 × 20 + flow(call→gp) 1 × wait 4320 = 320/7 + 4340
    expect(r.expected.minutes).toBeCloseTo(320 / 7 + 4340, 9);
    expect(r.expected.valueMinutes).toBeCloseTo((10 / 7) * 6 + 15, 12);
    expect(r.expected.necessaryMinutes).toBeCloseTo(10 / 7, 12);
    // waste = 10/7 × 25 (queue) + 5 (form again) + 4320 (wait, delay)
    expect(r.expected.wasteMinutes).toBeCloseTo(250 / 7 + 4325, 9);
    // flow efficiency = (60/7 + 15) / (320/7 + 4340) = 165 / 30700
    expect(r.expected.flowEfficiency).toBeCloseTo(165 / 30700, 14);
    expect(r.expected.handoffs).toBeCloseTo(1, 12);
    expect(r.expected.pingPongs).toBe(0);
    // failure visits = flow(call→call) = 10/7 × 0.3 = 3/7; all visits = 10/7 + 1 + 1 = 24/7
    expect(r.expected.failureDemandShare).toBeCloseTo(3 / 24, 14);
    expect(r.expected.resolved).toBeCloseTo(1, 12);
    expect(r.expected.abandoned).toBe(0);
    // cost = 10/7 × 2.5 + 40 + 10; waste cost = 10 (the form again)
    expect(r.expected.cost).toBeCloseTo(25 / 7 + 50, 12);
    expect(r.expected.wasteCost).toBeCloseTo(10, 12);
    expect({ ...r.expected.wasteByCategory }).toEqual({ delay: exactly(250 / 7 + 4320), duplication: exactly(5) });
    // the wait belongs to the department it leads to: the clinic's queue
    expect({ ...r.expected.wasteByDepartment }).toEqual({ "health-centre": exactly(250 / 7), clinic: exactly(4325) });
    expect(r.expected.handoffsByPair).toEqual([{ from: "health-centre", to: "clinic", count: exactly(1) }]);
  });

  it("analyse(callAgain) lists the journeys best-first with their excess over the ideal route", () => {
    const r = analyse(parseService(callAgain()));
    // ideal: call (32) + wait 4320 + gp (20) + done (0)
    expect(r.ideal).toEqual([{ entry: "call", path: ["call", "gp", "done"], minutes: 4372, handoffs: 1 }]);
    expect(r.journeys).toHaveLength(10);
    r.journeys.forEach((j, k) => {
      // k failed calls first: probability 0.7 × 0.3ᵏ, minutes 32(k + 1) + 4340
      expect(j.path).toEqual([...Array(k + 1).fill("call"), "gp", "done"]);
      expect(j.probability).toBeCloseTo(0.7 * 0.3 ** k, 14);
      expect(j.minutes).toBe(32 * (k + 1) + 4340);
      expect(j.excessMinutes).toBe(32 * k);
      expect(j.failureDemand).toBe(k);
      expect(j.repeats).toBe(k);
      expect([j.handoffs, j.pingPongs, j.revisits]).toEqual([1, 0, 0]);
      expect(j.departments).toEqual(["health-centre", "clinic"]);
      expect(j.outcome).toBe("resolved");
    });
    // coverage = 0.7 × (1 − 0.3¹⁰) / (1 − 0.3) = 1 − 0.3¹⁰
    expect(r.coverage).toBeCloseTo(1 - 0.3 ** 10, 14);
    expect(r.truncated).toBe(false);
    // repeating a call is failure demand, not wandering: one hand-off, as on the ideal route
    expect(r.wanderPaths).toEqual([]);
  });

  it("analyse(callAgain) ranks hotspots and gives yearly totals from the volume", () => {
    const r = analyse(parseService(callAgain()));
    const waste = 250 / 7 + 4325;
    expect(r.hotspots.departments).toEqual([
      { id: "clinic", wasteMinutes: exactly(4325), share: exactly(4325 / waste) },
      { id: "health-centre", wasteMinutes: exactly(250 / 7), share: exactly(250 / 7 / waste) },
    ]);
    expect(r.hotspots.touchpoints.map((h) => h.id)).toEqual(["gp", "call"]);
    // 12 000 customers × waste minutes / 60; 12 000 × 10 EUR
    expect(r.totals).toEqual({ customers: 12000, wasteHours: close(7)((12000 * waste) / 60), wasteCost: close(9)(120000) });
    expect(r.service).toEqual({ id: "call-again", name: "From symptoms to specialist care" });
    expect(r.warnings).toEqual([]);
  });

  it("analyse(service) counts a ping-pong A→B→A", () => {
    const r = analyse(parseService(pingPong()));
    // desk → lab → desk: D has 3 runs: 2 hand-offs, D₁ = D₃: 1 ping-pong, desk re-entered: 1 revisit
    expect(r.expected.handoffs).toBe(2);
    expect(r.expected.pingPongs).toBe(1);
    // 10 + 5 + 5 minutes of steps + 60 + 30 of waits (waste)
    expect(r.expected.minutes).toBe(110);
    expect(r.expected.wasteMinutes).toBe(90);
    expect(r.journeys).toHaveLength(1);
    expect(r.journeys[0]).toMatchObject({ probability: 1, handoffs: 2, pingPongs: 1, revisits: 1, repeats: 0, excessMinutes: 0 });
    // it wanders (a ping-pong) but is also the only, hence ideal, route: nothing lost
    expect(r.wanderPaths).toHaveLength(1);
    expect(r.wanderPaths[0]).toMatchObject({ path: ["call", "test", "result", "done"], lostMinutes: 0 });
    expect(r.expected.handoffsByPair).toEqual([
      { from: "desk", to: "lab", count: 1 },
      { from: "lab", to: "desk", count: 1 },
    ]);
  });

  it("analyse(service) counts A→B→C→A as a revisit, not a ping-pong", () => {
    const r = analyse(parseService(roundTrip()));
    // D = desk, lab, imaging, desk: 3 hand-offs, no Dᵢ = Dᵢ₊₂, desk re-entered once
    expect(r.expected.handoffs).toBe(3);
    expect(r.expected.pingPongs).toBe(0);
    expect(r.journeys[0]).toMatchObject({ handoffs: 3, pingPongs: 0, revisits: 1 });
    expect(r.wanderPaths.map((w) => w.path)).toEqual([["call", "test", "xray", "result", "done"]]);
  });

  it("analyse(service) keeps the previous department across moves inside a department", () => {
    const r = analyse(parseService(insideLab()));
    // half the customers go desk, lab (b, c), desk: one ping-pong; the others desk, lab, imaging
    expect(r.expected.pingPongs).toBeCloseTo(0.5, 14);
    // a→b 1 + c→d 0.5 + c→e 0.5 (d→done and e→gone stay in their department)
    expect(r.expected.handoffs).toBeCloseTo(2, 14);
    expect(r.expected.resolved).toBeCloseTo(0.5, 14);
    expect(r.expected.abandoned).toBeCloseTo(0.5, 14);
    expect(r.journeys.map((j) => [j.path.join(" "), j.pingPongs])).toEqual([
      ["a b c d done", 1],
      ["a b c e gone", 0],
    ]);
  });

  it("analyse(service) counts ping-pongs in a loop exactly (second-order chain)", () => {
    const r = analyse(parseService(bounce()));
    // v(a) = v(b) = 1 / (1 − 0.5) = 2
    expect(r.expected.visits.a).toBeCloseTo(2, 14);
    expect(r.expected.visits.b).toBeCloseTo(2, 14);
    // k returns (probability 0.5ᵏ⁺¹): D = (desk lab)ᵏ⁺¹, 2k ping-pongs, 2k + 1 hand-offs;
    // E[2k] = 2 × Σ k 0.5ᵏ⁺¹ = 2, E[2k + 1] = 3
    expect(r.expected.pingPongs).toBeCloseTo(2, 12);
    expect(r.expected.handoffs).toBeCloseTo(3, 12);
    // 2 × 4 + 2 × 10 minutes
    expect(r.expected.minutes).toBeCloseTo(28, 12);
    // lost minutes = 0.5ᵏ⁺¹ × 14k: k = 1 → 3.5, k = 2 → 3.5 (tie: the more likely first), k = 3 → 2.625
    expect(r.wanderPaths.slice(0, 3).map((w) => [w.path.length, w.lostMinutes, w.pingPongs])).toEqual([
      [5, 3.5, 2],
      [7, 3.5, 4],
      [9, 2.625, 6],
    ]);
    expect(r.wanderPaths).toHaveLength(ANALYSE_DEFAULTS.wanderPaths);
  });

  it("analyse(service) weighs several entries and turns volumes into probabilities", () => {
    const r = analyse(parseService(twoDoors()));
    // entries 1 : 3 → w(web) = 0.25, w(phone) = 0.75; desk → done 60 / 100, gone 20 / 100, lost 20 / 100
    expect({ ...r.expected.visits }).toEqual({
      web: 0.25,
      phone: 0.75,
      desk: 1,
      done: exactly(0.6),
      gone: exactly(0.2),
      lost: exactly(0.2),
      orphan: 0,
    });
    // 0.25 × 8 + 0.75 × 12 + 20 + 0.25 × wait 10
    expect(r.expected.minutes).toBeCloseTo(33.5, 12);
    expect(r.expected.wasteMinutes).toBeCloseTo(11.5, 12);
    expect({ ...r.expected.wasteByCategory }).toEqual({ delay: 9, movement: 2.5 });
    expect({ ...r.expected.wasteByDepartment }).toEqual({ online: 0, office: 11.5 });
    // web→desk 0.25 + desk→gone 0.2 + desk→lost 0.2; web, desk, gone|lost ping-pongs: 0.25 × 0.4
    expect(r.expected.handoffs).toBeCloseTo(0.65, 14);
    expect(r.expected.pingPongs).toBeCloseTo(0.1, 14);
    expect(r.expected.handoffsByPair).toEqual([
      { from: "office", to: "online", count: exactly(0.4) },
      { from: "online", to: "office", count: exactly(0.25) },
    ]);
    expect(r.ideal).toEqual([
      { entry: "web", path: ["web", "desk", "done"], minutes: 38, handoffs: 1 },
      { entry: "phone", path: ["phone", "desk", "done"], minutes: 32, handoffs: 0 },
    ]);
    expect(r.journeys.map((j) => j.path.join(" "))).toEqual([
      "phone desk done",
      "phone desk gone",
      "phone desk lost",
      "web desk done",
      "web desk gone",
      "web desk lost",
    ]);
    expect(r.coverage).toBeCloseTo(1, 14);
    expect(r.totals).toEqual({ customers: 1000, wasteHours: close(9)(11500 / 60), wasteCost: 0 });
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: "unreachable_touchpoint", path: ["touchpoints", 6], message: expect.stringContaining('"orphan"') }),
    ]);
  });

  it("analyse(service) gives a null ideal route and null excess when no resolved outcome is reachable", () => {
    const service = parseService({
      id: "dead-end",
      departments: [{ id: "desk" }],
      touchpoints: [
        { id: "ask", department: "desk", entry: true, steps: [{ name: "Ask", type: "value", minutes: 3 }] },
        { id: "gone", department: "desk", outcome: "abandoned", steps: [] },
      ],
      transitions: [{ from: "ask", to: "gone", probability: 1 }],
    });
    const r = analyse(service);
    expect(r.ideal).toEqual([{ entry: "ask", path: null, minutes: null, handoffs: null }]);
    expect(r.journeys[0]).toMatchObject({ path: ["ask", "gone"], excessMinutes: null, outcome: "abandoned" });
    expect(r.expected).toMatchObject({ resolved: 0, abandoned: 1, minutes: 3 });
    expect(r.totals).toBeUndefined();
  });

  it("analyse(service, { budget }) says truncated when the budget stops the search early", () => {
    // expansions: call, gp, call, gp, call — then the budget of 5 is spent with 2 journeys found
    const r = analyse(parseService(callAgain()), { budget: 5 });
    expect(r.journeys.map((j) => j.probability)).toEqual([0.7, close(14)(0.21)]);
    expect(r.truncated).toBe(true);
    expect(r.coverage).toBeCloseTo(0.91, 14);
    expect(analyse(parseService(callAgain()), { top: 3 }).journeys).toHaveLength(3);
  });

  it("analyse has the expected defaults", () => {
    expect(ANALYSE_DEFAULTS).toEqual({ top: 10, budget: 100_000, wanderCandidates: 1_000, wanderPaths: 10, hotspots: 10 });
    const r = analyse(parseService(bounce()));
    expect(r.journeys).toHaveLength(10);
    expect(r.wanderPaths).toHaveLength(10);
  });

  it("analyse(service, options) rejects a bad option by name", () => {
    expect(() => analyse(parseService(bounce()), { top: -1 })).toThrow("invalid option top: -1");
    expect(() => analyse(parseService(bounce()), { budget: 1.5 })).toThrow("invalid option budget: 1.5");
  });

  it("analyse(service) refuses, with unreachable_outcome, a model whose customers never finish", () => {
    // not validated: a ⇄ b keeps everybody; done is never reached
    const service = {
      id: "trap",
      departments: [{ id: "desk" }],
      touchpoints: [
        { id: "a", department: "desk", entry: true, steps: [] },
        { id: "b", department: "desk", steps: [] },
        { id: "done", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "a", to: "b", probability: 1 },
        { from: "b", to: "a", probability: 1 },
      ],
    } as Service;
    expect(() => analyse(service)).toThrow(InvalidServiceError);
    try {
      analyse(service);
    } catch (e) {
      expect((e as InvalidServiceError).issues).toEqual([
        expect.objectContaining({ code: "unreachable_outcome", path: ["touchpoints", 0], message: expect.stringContaining('"a"') }),
      ]);
    }
  });

  it("analyse(service) returns JSON that survives a round trip, __proto__ ids included", () => {
    const model = pingPong();
    model.touchpoints[0]!.id = "__proto__";
    model.transitions[0]!.from = "__proto__";
    model.departments[0]!.id = "constructor";
    model.touchpoints.forEach((t) => t.department === "desk" && (t.department = "constructor"));
    const r = analyse(parseService(model));
    expect(Object.keys(r.expected.visits)).toEqual(["__proto__", "test", "result", "done"]);
    expect(r.expected.visits["__proto__"]).toBe(1);
    expect(r.expected.wasteByDepartment["constructor"]).toBe(30);
    expect(Object.getPrototypeOf({}).constructor).toBe(Object);
    // JSON keeps every figure: the parsed report equals the report, __proto__ as an own key
    const parsed = JSON.parse(JSON.stringify(r));
    expect(parsed).toEqual(r);
    expect(Object.keys(parsed.expected.visits)).toEqual(["__proto__", "test", "result", "done"]);
    expect(Object.hasOwn(parsed.expected.visits, "__proto__") && parsed.expected.visits["__proto__"]).toBe(1);
    // the wait of 60 before the lab is the lab's, the 30 back to the desk the desk's
    expect(parsed.expected.wasteByDepartment).toEqual({ constructor: 30, lab: 60 });
  });

  it("analyse(service) solves a slowly mixing ring of 500 touchpoints exactly", () => {
    // t0 → t1 → … → t499 → t0, each step continues with 0.999 and ends with 0.001:
    // v(tₖ) = 0.999ᵏ / (1 − 0.999⁵⁰⁰); the expected number of visits is 1 / 0.001 = 1000
    const n = 500;
    const service = parseService({
      id: "ring",
      departments: [{ id: "desk" }, { id: "lab" }],
      touchpoints: [
        ...Array.from({ length: n }, (_, k) => ({
          id: `t${k}`,
          department: k % 2 ? "lab" : "desk",
          ...(k === 0 ? { entry: true } : {}),
          steps: [{ name: "Step", type: "value", minutes: 1 }],
        })),
        { id: "done", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: Array.from({ length: n }, (_, k) => [
        { from: `t${k}`, to: `t${(k + 1) % n}`, probability: 0.999 },
        { from: `t${k}`, to: "done", probability: 0.001 },
      ]).flat(),
    });
    const r = analyse(service, { wanderCandidates: 10 });
    const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(relative(r.expected.minutes, 1000)).toBeLessThan(1e-12);
    for (const k of [0, 1, 250, 499]) {
      expect(relative(r.expected.visits[`t${k}`]!, 0.999 ** k / (1 - 0.999 ** n))).toBeLessThan(1e-12);
    }
    // D alternates desk, lab, desk, …: |D| − 2 ping-pongs and |D| − 1 hand-offs, except when the
    // customer leaves at once (probability 0.001, D = [desk]): pingPongs = handoffs − 1 + 0.001
    expect(relative(r.expected.pingPongs, r.expected.handoffs - 0.999)).toBeLessThan(1e-12);
  });

  it("analyse(service) refuses a large cycle nobody can leave", () => {
    const n = 300;
    const service = {
      id: "closed-ring",
      departments: [{ id: "desk" }],
      touchpoints: [
        ...Array.from({ length: n }, (_, k) => ({ id: `t${k}`, department: "desk", ...(k === 0 ? { entry: true } : {}), steps: [] })),
        { id: "done", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: Array.from({ length: n }, (_, k) => ({ from: `t${k}`, to: `t${(k + 1) % n}`, probability: 1 })),
    } as Service;
    expect(() => analyse(service)).toThrow(/touchpoints\[0\]: customers who reach touchpoint "t0" can never reach an outcome/);
  });

  it("analyse(service) splits uniformly where neither probabilities nor volumes are given, with a warning", () => {
    // ask → yes | no, nothing given: 1/2 each
    const r = analyse(
      parseService({
        id: "coin",
        departments: [{ id: "desk" }],
        touchpoints: [
          { id: "ask", department: "desk", entry: true, steps: [] },
          { id: "yes", department: "desk", outcome: "resolved", steps: [] },
          { id: "no", department: "desk", outcome: "abandoned", steps: [] },
        ],
        transitions: [
          { from: "ask", to: "yes" },
          { from: "ask", to: "no" },
        ],
      }),
    );
    expect([r.expected.resolved, r.expected.abandoned]).toEqual([0.5, 0.5]);
    expect(r.warnings).toEqual([expect.objectContaining({ code: "uniform_split", path: ["touchpoints", 0] })]);
  });
});
