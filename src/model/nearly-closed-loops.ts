import { entryWeight } from "./entry-weight.js";
import { probabilitySplit } from "./probability-split.js";
import type { ModelProblem } from "./problem.js";
import { transientFlow } from "../solver/transient-flow.js";
import type { Service } from "./types.js";
import { modelIndex, type ModelIndex } from "./model-index.js";

/**
 * Expected visits per customer above this mean a loop so nearly closed that its figures are
 * noise: `nearly_closed_loop`.
 */
export const MAX_EXPECTED_VISITS = 1e9;

/**
 * The error `nearly_closed_loop` for each loop whose touchpoints customers would visit more than
 * `MAX_EXPECTED_VISITS` times on average — a loop left with probability 1e-12, or a self-loop of
 * volume 1e15 beside an exit of volume 1 — found by the same sparse solve `analyse` runs, so that
 * a model that validates also analyses. Runs on an otherwise valid model; takes the `modelIndex`
 * validation has already built, if there is one.
 *
 * @example
 * // a → a (probability 1), a → done (1e-12): customers go round a about 1e12 times
 * nearlyClosedLoops(service); // [{ code: "nearly_closed_loop", path: ["touchpoints", 0], loop: ["a"], visits: 1e12 }]
 */
export function nearlyClosedLoops(service: Service, index: ModelIndex = modelIndex(service)): ModelProblem[] {
  const { touchpoints } = service;
  const n = touchpoints.length;
  const { probabilities } = probabilitySplit(service);
  // the transitions that carry customers, their ends read off the index validation built
  let count = 0;
  for (let k = 0; k < probabilities.length; k++) if (probabilities[k]! > 0) count++;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const p = new Float64Array(count);
  for (let k = 0, e = 0; k < probabilities.length; k++) {
    if (!(probabilities[k]! > 0)) continue;
    from[e] = index.from[k]!;
    to[e] = index.to[k]!;
    p[e++] = probabilities[k]!;
  }
  const transient = Uint8Array.from(touchpoints, (t) => (t.outcome === undefined ? 1 : 0));
  let total = 0;
  for (const t of touchpoints) total += entryWeight(t.entry);
  const rhs = Float64Array.from(touchpoints, (t, i) => (transient[i] === 1 ? entryWeight(t.entry) / total : 0));
  // the same solve as `expectedVisits`', which reuses it when `analyse` follows
  const { system, visits, closed } = transientFlow(n, from, to, p, transient, rhs);
  const problem = (i: number, expected: number | null): ModelProblem => {
    const c = system.component[i]!;
    const members = Array.from(system.order.subarray(system.start[c]!, system.start[c + 1]!)).sort((x, y) => x - y);
    return { code: "nearly_closed_loop", path: ["touchpoints", members[0]!], loop: members.map((m) => touchpoints[m]!.id), visits: expected };
  };
  if (closed !== -1) return [problem(closed, null)];
  // one problem per loop: its touchpoint visited most
  const worst = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const v = visits[i]!;
    if (!(v <= MAX_EXPECTED_VISITS)) {
      const c = system.component[i]!;
      const w = worst.get(c);
      if (w === undefined || !(visits[w]! >= v)) worst.set(c, i);
    }
  }
  return [...worst.values()].map((i) => problem(i, Number.isFinite(visits[i]!) ? visits[i]! : null));
}
