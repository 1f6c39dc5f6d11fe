import { flowSystem } from "../solver/flow-system.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";
import { solveFlow } from "../solver/solve-flow.js";

/**
 * Expected direct ping-pongs per customer (Dᵢ = Dᵢ₊₂ on the collapsed department sequence),
 * exact: the second-order chain whose state is (touchpoint, department of the previous run).
 * A move inside a department keeps the previous run, so for a fixed previous department q the
 * visits y(·, q) solve y = s_q + Q_sameᵀ y inside each department, fed by the customers who
 * arrive from q: s_q(v) = Σ visits(u)·p(u,v) over u in q, d(v) ≠ q. A move u → v out of
 * department d(u) into q = the previous run is one ping-pong, so
 * pingPongs = Σ y(u, d(v))·p(u,v) over transitions leaving a department.
 * Cost: one sparse solve per (department, department it is entered from), each only inside
 * the department.
 *
 * @example
 * // desk → lab → desk → done (each with probability 1): one ping-pong
 * expectedPingPongs(chain, expectedVisits(chain)); // 1
 */
export function expectedPingPongs(chain: MarkovChain, visits: Float64Array): number {
  const { n, from, to, p, outcome, department } = chain;
  const D = chain.departments.length;
  const same = flowSystem(
    n,
    from,
    to,
    p,
    (e) =>
      department[from[e]!] === department[to[e]!] && outcome[from[e]!] === TRANSIENT && outcome[to[e]!] === TRANSIENT,
    { stochastic: true },
  );
  // Components never span departments (their edges stay inside one): group them.
  const componentsOf: number[][] = Array.from({ length: D }, () => []);
  for (let c = 0; c + 1 < same.start.length; c++) componentsOf[department[same.order[same.start[c]!]!]!]!.push(c);

  // Transitions leaving a department, carrying customers, grouped by (from-dept, to-dept).
  const byPair = new Map<number, number[]>();
  for (let e = 0; e < chain.m; e++) {
    const a = department[from[e]!]!;
    const b = department[to[e]!]!;
    if (a === b || outcome[from[e]!] !== TRANSIENT || !(visits[from[e]!]! > 0)) continue;
    const list = byPair.get(a * D + b);
    if (list) list.push(e);
    else byPair.set(a * D + b, [e]);
  }

  const rhs = new Float64Array(n);
  const y = new Float64Array(n);
  let pingPongs = 0;
  for (const [pair, arrivals] of byPair) {
    const q = Math.floor(pair / D);
    const d = pair % D;
    const returns = byPair.get(d * D + q);
    if (!returns) continue; // nobody goes back from d to q: no ping-pong through this pair
    for (const e of arrivals) if (outcome[to[e]!] === TRANSIENT) rhs[to[e]!]! += visits[from[e]!]! * p[e]!;
    solveFlow(same, rhs, y, componentsOf[d]!);
    for (const e of returns) pingPongs += y[from[e]!]! * p[e]!;
    for (const e of arrivals) rhs[to[e]!] = 0;
  }
  return pingPongs;
}
