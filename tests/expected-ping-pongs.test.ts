import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, parseService, type Service } from "../src/index.js";
import { denseSolve } from "./dense-solve.js";
import { random } from "./analysis-random-services.js";

const step = [{ name: "work", type: "value" as const, minutes: 1 }];

/**
 * A valid cyclic model of `size` touchpoints in `departments` departments, built so that
 * departments hold loops of their own: touchpoints come in runs of `run` of one department,
 * each steps forward (so customers finish), often back inside its run, and sometimes anywhere.
 * Every fourth touchpoint and the last are outcomes; a few touchpoints are entries.
 */
function loopyService(seed: number, size: number, departments: number, run: number): Service {
  const rnd = random(seed);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const isOutcome = (i: number) => i % 4 === 3 || i === size - 1;
  const touchpoints = Array.from({ length: size }, (_, i) => ({
    id: `t${i}`,
    department: `d${rnd() < 0.8 ? Math.floor(i / run) % departments : int(0, departments - 1)}`,
    ...(i === 0 || rnd() < 0.1 ? { entry: int(1, 3) } : {}),
    ...(isOutcome(i) ? { outcome: "resolved" as const } : {}),
    steps: step,
  }));
  const transitions: Service["transitions"] = [];
  for (let i = 0; i < size; i++) {
    if (isOutcome(i)) continue;
    const targets = new Set([Math.min(size - 1, i + int(1, 3))]);
    if (rnd() < 0.7) targets.add(Math.max(0, i - int(1, run))); // back inside the run, mostly
    if (rnd() < 0.5) targets.add(int(0, size - 1));
    const weights = [...targets].map(() => int(1, 9));
    const total = weights.reduce((a, b) => a + b, 0);
    [...targets].forEach((to, k) => transitions.push({ from: `t${i}`, to: `t${to}`, probability: weights[k]! / total }));
  }
  return { id: `loopy-${seed}`, departments: Array.from({ length: departments }, (_, d) => ({ id: `d${d}` })), touchpoints, transitions };
}

/**
 * Expected ping-pongs straight from the definition (Dᵢ = Dᵢ₊₂ on the department runs), on the
 * second-order chain written out densely: a state is (touchpoint, department of the previous
 * run, or none), its expected visits x = start + Pᵀx by Gaussian elimination, and a move from
 * (u, q) into another department that is q is one ping-pong.
 */
function referencePingPongs(service: Service): number {
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i]));
  const departments = new Map(service.departments.map((d, i) => [d.id, i]));
  const n = service.touchpoints.length;
  const D = service.departments.length;
  const dept = service.touchpoints.map((t) => departments.get(t.department)!);
  const out: [number, number][][] = Array.from({ length: n }, () => []);
  for (const t of service.transitions) out[index.get(t.from)!]!.push([index.get(t.to)!, t.probability!]);
  const weights = service.touchpoints.map((t) => (t.entry === true ? 1 : typeof t.entry === "number" ? t.entry : 0));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  // states (u, q): q = 0 … D − 1 the previous run's department, D none yet
  const state = (u: number, q: number) => u * (D + 1) + q;
  const S = n * (D + 1);
  const A = Array.from({ length: S }, (_, i) => Array.from({ length: S }, (_, j) => (i === j ? 1 : 0)));
  const b = new Array<number>(S).fill(0);
  for (let u = 0; u < n; u++) b[state(u, D)] = weights[u]! / totalWeight;
  for (let u = 0; u < n; u++) {
    for (let q = 0; q <= D; q++) {
      for (const [v, p] of out[u]!) {
        const next = dept[v] === dept[u] ? state(v, q) : state(v, dept[u]!);
        A[next]![state(u, q)]! -= p; // x(next) −= p·x(u, q) moved to the left side
      }
    }
  }
  const x = denseSolve(A, b);
  let pingPongs = 0;
  for (let u = 0; u < n; u++) {
    for (let q = 0; q < D; q++) for (const [v, p] of out[u]!) if (dept[v] !== dept[u] && dept[v] === q) pingPongs += x[state(u, q)]! * p;
  }
  return pingPongs;
}

describe("expected.pingPongs against the definition, on models with loops inside departments", () => {
  it("equals the dense second-order chain (up to 40 touchpoints, 5 departments, each entered from several)", () => {
    let withLoops = 0;
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 8, max: 40 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 6 }), (seed, size, departments, run) => {
        const service = loopyService(seed, size, departments, run);
        const expected = referencePingPongs(service);
        const actual = analyse(parseService(service), { top: 0, wanderCandidates: 0 }).expected.pingPongs;
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
        if (expected > 0.01) withLoops++;
      }),
      { numRuns: 120 },
    );
    // the property is not vacuous: most models ping-pong
    expect(withLoops).toBeGreaterThan(60);
  });
});
