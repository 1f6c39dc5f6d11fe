import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, compareReports, expectedValues, expectedVisits, markovChain, parseService, type Service } from "../src/index.js";
import { bounce, callAgain, insideLab, pingPong, roundTrip, twoDoors } from "./analysis-fixtures.js";
import { denseSolve } from "./dense-solve.js";
import { random, randomService } from "./analysis-random-services.js";

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

/** The revisits as `analyse` promises them: within 10⁻¹⁰ × max(1, the exact figure) (`REVISITS_ACCURACY`). */
function expectRevisits(actual: number, exact: number): void {
  expect(Math.abs(actual - exact), `${actual} against ${exact}`).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(exact)));
}

describe("expected.revisits", () => {
  it("analyse(backAndForth) counts the department re-entries of a loop: 2 per customer", () => {
    const e = analyse(parseService(backAndForth())).expected;
    expect(e.handoffs).toBeCloseTo(3, 12); // 1 + 2k
    expectRevisits(e.revisits, 2);
  });

  it("analyse(threeWays) is exact where the first exit decides which departments are ever entered: 44/35", () => {
    const e = analyse(parseService(threeWays())).expected;
    // 1 + E[hand-offs] − Σ P(enter d) = 1 + 17/7 − (1 + 0.6 + 4/7)
    expect(e.handoffs).toBeCloseTo(17 / 7, 12);
    expectRevisits(e.revisits, 44 / 35);
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

  it("is exact on a cycle with two loops customers leave a million times more slowly than they go round: 3", () => {
    // s(desk) → b1 or b3 (½ each); b1 ⇄ b2 and b3 ⇄ b4 (lab) let customers out with probability
    // 10⁻⁶ and 2·10⁻⁶ per round, to x1 and x2 (desk); x1 → s (½) or home (desk), x2 → s (⅓) or
    // away (lab). A round ends the journey with probability ½·½ + ½·⅔ = 7/12: 12/7 rounds of two
    // hand-offs, plus one into away with probability (⅓)/(7/12) = 4/7, so 4 hand-offs; desk and lab
    // are always entered, so 1 + 4 − 2 = 3 revisits.
    const eps = 1e-6;
    const slow: Service = {
      id: "two-slow-loops",
      departments: [{ id: "desk" }, { id: "lab" }],
      touchpoints: [
        { id: "s", department: "desk", entry: true, steps: step() },
        ...["b1", "b2", "b3", "b4"].map((id) => ({ id, department: "lab", steps: step() })),
        { id: "x1", department: "desk", steps: step() },
        { id: "x2", department: "desk", steps: step() },
        { id: "home", department: "desk", outcome: "resolved" as const, steps: [] },
        { id: "away", department: "lab", outcome: "resolved" as const, steps: [] },
      ],
      transitions: [
        { from: "s", to: "b1", probability: 0.5 },
        { from: "s", to: "b3", probability: 0.5 },
        { from: "b1", to: "b2", probability: 1 },
        { from: "b2", to: "b1", probability: 1 - eps },
        { from: "b2", to: "x1", probability: eps },
        { from: "b3", to: "b4", probability: 1 },
        { from: "b4", to: "b3", probability: 1 - 2 * eps },
        { from: "b4", to: "x2", probability: 2 * eps },
        { from: "x1", to: "s", probability: 0.5 },
        { from: "x1", to: "home", probability: 0.5 },
        { from: "x2", to: "s", probability: 1 / 3 },
        { from: "x2", to: "away", probability: 2 / 3 },
      ],
    };
    const e = analyse(parseService(slow)).expected;
    expect(e.handoffs).toBeCloseTo(4, 9);
    expectRevisits(e.revisits, 3);
  });

  it("is exact where every solve is too large to eliminate (BiCGSTAB) and loops are left a million times more slowly than gone round: 43/21, whatever the loops' sizes", () => {
    // s(desk) → ring a or ring b (½ each), both in the lab: 121–160 touchpoints each, every step
    // forward or a skip of seven, left with probability 10⁻⁶ (a, to x1 in the desk) and 3·10⁻⁶
    // (b, to x2 in the clinic) per step. x1 → s (½) or home (desk); x2 → s (⅓) or away (clinic).
    // The shared sweeps give up on the rings, and the visits' cycle, the ping-pongs' and every
    // department's re-entry region exceed the 120 touchpoints solved directly: every solve is the
    // preconditioned BiCGSTAB. By hand: a round (s → ring → exit) ends with probability
    // ½·½ + ½·⅔ = 7/12, so 12/7 rounds of two hand-offs, and the returns x2 → s (clinic → desk)
    // 12/7 · ½·⅓ = 2/7: 26/7 hand-offs. The desk and the lab are always entered, the clinic
    // unless every round goes by x1: 1 − (¼ + ¼·¼ + …) = 1 − ⅓ = ⅔. Revisits:
    // 1 + 26/7 − (2 + ⅔) = 43/21.
    const rings = (first: number, second: number): Service => {
      const ring = (name: string, size: number, leak: number, exit: string) =>
        Array.from({ length: size }, (_, i) => [
          { from: `${name}${i}`, to: `${name}${(i + 1) % size}`, probability: 0.7 * (1 - leak) },
          { from: `${name}${i}`, to: `${name}${(i + 7) % size}`, probability: 0.3 * (1 - leak) },
          { from: `${name}${i}`, to: exit, probability: leak },
        ]).flat();
      return {
        id: "two-slow-rings",
        departments: [{ id: "desk" }, { id: "lab" }, { id: "clinic" }],
        touchpoints: [
          { id: "s", department: "desk", entry: true, steps: step() },
          ...Array.from({ length: first }, (_, i) => ({ id: `a${i}`, department: "lab", steps: step() })),
          ...Array.from({ length: second }, (_, i) => ({ id: `b${i}`, department: "lab", steps: step() })),
          { id: "x1", department: "desk", steps: step() },
          { id: "x2", department: "clinic", steps: step() },
          { id: "home", department: "desk", outcome: "resolved", steps: [] },
          { id: "away", department: "clinic", outcome: "resolved", steps: [] },
        ],
        transitions: [
          { from: "s", to: "a0", probability: 0.5 },
          { from: "s", to: "b0", probability: 0.5 },
          ...ring("a", first, 1e-6, "x1"),
          ...ring("b", second, 3e-6, "x2"),
          { from: "x1", to: "s", probability: 0.5 },
          { from: "x1", to: "home", probability: 0.5 },
          { from: "x2", to: "s", probability: 1 / 3 },
          { from: "x2", to: "away", probability: 2 / 3 },
        ],
      };
    };
    for (const [first, second] of [[121, 160], [150, 133]] as const) {
      const e = analyse(parseService(rings(first, second)), { top: 0, wanderCandidates: 0 }).expected;
      expect(e.handoffs, `${first} and ${second}`).toBeCloseTo(26 / 7, 9);
      expectRevisits(e.revisits, 43 / 21);
    }
  });

  it("is 0 when nobody comes back, and a redesign's delta carries it", () => {
    const before = analyse(parseService(backAndForth()));
    const merged: Service = { ...backAndForth(), departments: [{ id: "desk" }], touchpoints: backAndForth().touchpoints.map((t) => ({ ...t, department: "desk" })) };
    const after = analyse(parseService(merged));
    expect(after.expected.revisits).toBe(0);
    expectRevisits(compareReports(before, after).delta.revisits, -2);
  });
});

/**
 * A valid cyclic model of `size` touchpoints in `departments` departments (every fifth
 * touchpoint and the last an outcome): each other touchpoint steps forward (so customers finish)
 * and up to three more ways, anywhere. Sometimes a loop of two touchpoints that customers
 * leave with probability 10⁻⁶ only. Built from a seed, so a failing case can be replayed.
 */
function cyclicService(seed: number, size: number, departments: number, nearlyClosed: boolean): Service {
  const rnd = random(seed);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const isOutcome = (i: number) => i % 5 === 4 || i === size - 1;
  const touchpoints = Array.from({ length: size }, (_, i) => ({
    id: `t${i}`,
    department: `d${int(0, departments - 1)}`,
    ...(i === 0 || rnd() < 0.1 ? { entry: int(1, 3) } : {}),
    ...(isOutcome(i) ? { outcome: rnd() < 0.7 ? ("resolved" as const) : ("abandoned" as const) } : {}),
    steps: step(),
  }));
  const transitions: Service["transitions"] = [];
  for (let i = 0; i < size; i++) {
    if (isOutcome(i)) continue;
    if (nearlyClosed && i === 0 && size > 3) {
      // t0 ⇄ t1 holds its customers a million rounds on average
      transitions.push({ from: "t0", to: "t1", probability: 1 - 1e-6 }, { from: "t0", to: `t${size - 1}`, probability: 1e-6 });
      continue;
    }
    if (nearlyClosed && i === 1 && size > 3) {
      transitions.push({ from: "t1", to: "t0", probability: 0.5 }, { from: "t1", to: "t2", probability: 0.5 });
      continue;
    }
    const targets = new Set([Math.min(size - 1, i + int(1, 5))]);
    const extra = int(0, 3);
    for (let k = 0; k < extra; k++) targets.add(int(0, size - 1));
    const weights = [...targets].map(() => int(1, 9));
    const total = weights.reduce((a, b) => a + b, 0);
    [...targets].forEach((to, k) => transitions.push({ from: `t${i}`, to: `t${to}`, probability: weights[k]! / total }));
  }
  return { id: `cyclic-${seed}`, departments: Array.from({ length: departments }, (_, d) => ({ id: `d${d}` })), touchpoints, transitions };
}

/**
 * Expected revisits straight from the definition, with dense matrices: the visits
 * v = π₀(I − Q)⁻¹, the hand-offs Σ v(u)·p(u,w) over transitions between departments, and for
 * each department d its hitting probabilities h_d (1 on d, 0 on the other outcomes,
 * h_d(u) = Σ p(u,w)·h_d(w) elsewhere), each by Gaussian elimination.
 */
function referenceRevisits(service: Service): number {
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i]));
  const n = service.touchpoints.length;
  const weights = service.touchpoints.map((t) => (t.entry === true ? 1 : typeof t.entry === "number" ? t.entry : 0));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const start = weights.map((w) => w / totalWeight);
  const P = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const t of service.transitions) P[index.get(t.from)!]![index.get(t.to)!]! += t.probability!;
  const transient = service.touchpoints.map((t) => t.outcome === undefined);
  const department = service.touchpoints.map((t) => t.department);
  // visits: v = start + Pᵀv on the transient touchpoints, outcomes read off
  const free = [...Array(n).keys()].filter((i) => transient[i]);
  const v = new Array<number>(n).fill(0);
  const vFree = denseSolve(
    free.map((i) => free.map((j) => (i === j ? 1 : 0) - P[j]![i]!)),
    free.map((i) => start[i]!),
  );
  free.forEach((i, k) => (v[i] = vFree[k]!));
  for (let o = 0; o < n; o++) if (!transient[o]) v[o] = start[o]! + free.reduce((s, u) => s + v[u]! * P[u]![o]!, 0);
  let handoffs = 0;
  for (let u = 0; u < n; u++) for (let w = 0; w < n; w++) if (department[u] !== department[w]) handoffs += v[u]! * P[u]![w]!;
  let entered = 0;
  for (const d of new Set(department)) {
    const outside = free.filter((i) => department[i] !== d);
    const fixed = (w: number) => (department[w] === d ? 1 : 0); // d's touchpoints, and outcomes elsewhere
    const h = new Array<number>(n).fill(0);
    for (let w = 0; w < n; w++) if (department[w] === d) h[w] = 1;
    const hOutside = denseSolve(
      outside.map((i) => outside.map((j) => (i === j ? 1 : 0) - P[i]![j]!)),
      outside.map((i) => [...Array(n).keys()].filter((w) => !outside.includes(w)).reduce((s, w) => s + P[i]![w]! * fixed(w), 0)),
    );
    outside.forEach((i, k) => (h[i] = hOutside[k]!));
    entered += start.reduce((s, p, u) => s + p * h[u]!, 0);
  }
  return 1 + handoffs - entered;
}

describe("expected.revisits against the definition, on random cyclic models", () => {
  it("the shared sweeps equal the dense hitting probabilities of every department to 1e-9 (up to 80 touchpoints, 20 departments)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 80 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (seed, size, departments, nearlyClosed) => {
        const service = cyclicService(seed, size, departments, nearlyClosed);
        const expected = referenceRevisits(service);
        const actual = analyse(parseService(service), { top: 0, wanderCandidates: 0 }).expected.revisits;
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
      { numRuns: 150 },
    );
  });

  it("the shared sweeps stop only within their bound: 10⁻¹⁰ × max(1, 1 + hand-offs − departments) (cycles customers leave)", () => {
    // the bound of the sweeps: Σ_d |error of P(ever enter d)| ≤ 10⁻¹⁰ · max(1, 1 + E[hand-offs] − |D|),
    // the least the revisits can be; the dense reference adds its own rounding (≈ 10⁻¹⁵ on 80 touchpoints)
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 10, max: 80 }), fc.integer({ min: 2, max: 20 }), (seed, size, departments) => {
        const service = cyclicService(seed, size, departments, false);
        const expected = referenceRevisits(service);
        const report = analyse(parseService(service), { top: 0, wanderCandidates: 0 });
        const least = 1 + report.expected.handoffs - service.departments!.length;
        expect(least).toBeLessThanOrEqual(expected + 1e-12);
        expect(Math.abs(report.expected.revisits - expected)).toBeLessThanOrEqual(1e-10 * Math.max(1, least) + 1e-14 * Math.max(1, expected));
      }),
      { numRuns: 150 },
    );
  });

  it("expectedValues(chain, visits) gives the same revisits whether the chain's visits were solved on it or not (its cycles then found anew)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 12 }), (seed, size, departments) => {
        const service = parseService(cyclicService(seed, size, departments, false));
        const solved = markovChain(service);
        const visits = expectedVisits(solved);
        const fresh = markovChain(service); // the same chain, its visits never solved on it
        const revisits = expectedValues(fresh, visits).revisits;
        expect(revisits).toBe(expectedValues(solved, visits).revisits);
        expect(Math.abs(revisits - referenceRevisits(service))).toBeLessThanOrEqual(1e-9 * Math.max(1, referenceRevisits(service)));
      }),
      { numRuns: 60 },
    );
  });

  it("holds on the random models of the property tests too (acyclic and cyclic)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, acyclic) => {
        const json = randomService(seed, { acyclic });
        const service = parseService(json);
        // the reference reads probabilities; a model given by volumes gets them from the same split
        const withProbabilities: Service = { ...service, transitions: service.transitions.map((t) => ({ ...t, probability: transitionShare(service, t) })) };
        const expected = referenceRevisits(withProbabilities);
        expect(Math.abs(analyse(service, { top: 0, wanderCandidates: 0 }).expected.revisits - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
      { numRuns: 200 },
    );
  });
});

/** A transition's probability: given, or its volume's share of its touchpoint's volumes. */
function transitionShare(service: Service, t: Service["transitions"][number]): number {
  if (t.probability !== undefined) return t.probability;
  const total = service.transitions.filter((o) => o.from === t.from).reduce((s, o) => s + (o.volume ?? 0), 0);
  return t.volume! / total;
}
