import { flowSystem } from "../solver/flow-system.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";
import { solveFlowColumns } from "../solver/solve-flow.js";

/**
 * Expected direct ping-pongs per customer (Dᵢ = Dᵢ₊₂ on the collapsed department sequence),
 * exact: the second-order chain whose state is (touchpoint, department of the previous run).
 * A move inside a department keeps the previous run, so for a fixed previous department q the
 * visits y(·, q) solve y = s_q + Q_sameᵀ y inside each department, fed by the customers who
 * arrive from q: s_q(v) = Σ visits(u)·p(u,v) over u in q, d(v) ≠ q. A move u → v out of
 * department d(u) into q = the previous run is one ping-pong, so
 * pingPongs = Σ y(u, d(v))·p(u,v) over transitions leaving a department.
 * Cost: one sparse solve per (department, department it is entered from), each only inside
 * the department; the solves of one department share a pass over its touchpoints and the
 * elimination of each small cycle (`solveFlowColumns`), and give the same numbers as apart.
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

  // The solves of one department d share its system: the departments q it is entered from
  // are its columns, solved together (see `solveFlowColumns`) on d's touchpoints alone.
  const entering = new Map<number, number[]>(); // d → the q of its pairs, in the order of byPair
  for (const pair of byPair.keys()) {
    const q = Math.floor(pair / D);
    const d = pair % D;
    if (!byPair.has(d * D + q)) continue; // nobody goes back from d to q: no ping-pong through this pair
    const list = entering.get(d);
    if (list) list.push(q);
    else entering.set(d, [q]);
  }
  // each touchpoint's place among its department's: one array serves every department
  const slot = new Int32Array(n);
  const solved = new Map<number, Float64Array>(); // d → its visits y, by slot and column
  for (const [d, sources] of entering) {
    const width = sources.length;
    let size = 0;
    for (const c of componentsOf[d]!) for (let k = same.start[c]!; k < same.start[c + 1]!; k++) slot[same.order[k]!] = size++;
    const rhs = new Float64Array(size * width);
    sources.forEach((q, j) => {
      for (const e of byPair.get(q * D + d)!) {
        if (outcome[to[e]!] === TRANSIENT) rhs[slot[to[e]!]! * width + j]! += visits[from[e]!]! * p[e]!;
      }
    });
    const y = new Float64Array(size * width);
    solveFlowColumns(same, rhs, y, width, slot, componentsOf[d]!);
    solved.set(d, y);
  }
  // summed in the order of the pairs and of their transitions, as one solve per pair did
  let pingPongs = 0;
  for (const pair of byPair.keys()) {
    const q = Math.floor(pair / D);
    const d = pair % D;
    const returns = byPair.get(d * D + q);
    if (!returns) continue;
    const y = solved.get(d)!;
    const sources = entering.get(d)!;
    const width = sources.length;
    const j = sources.indexOf(q);
    for (const e of returns) pingPongs += y[slot[from[e]!]! * width + j]! * p[e]!;
  }
  return pingPongs;
}
