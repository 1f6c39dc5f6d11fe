import { flowSystem } from "../solver/flow-system.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";
import { solveFlow } from "../solver/solve-flow.js";

/**
 * Expected department revisits per customer (|D| − |set(D)|), exact:
 * E[revisits] = E[runs] − E[distinct departments] = 1 + E[hand-offs] − Σ_d P(ever enter d).
 *
 * P(ever enter d) is a hitting probability, found as the runs in d minus the re-entries:
 * runs R_d = the customers starting in d plus the flow into d from outside (read off the
 * visits); re-entries = the flow back into d of the customers who left it, δ, which solves
 * δ = s + Q₋ᵈᵀδ (s = the flow out of d, Q₋ᵈ without d's touchpoints). δ lives only on the
 * touchpoints reachable after leaving d that can reach d again, so each department's sparse
 * solve runs on that part of the chain alone — one solve per department that is ever re-entered.
 *
 * @example
 * // desk → lab → desk → done (each with probability 1): runs desk, lab, desk → 1 revisit
 * expectedRevisits(chain, expectedVisits(chain), 2); // 1
 */
export function expectedRevisits(chain: MarkovChain, visits: Float64Array, handoffs: number): number {
  const { n, from, to, p, outcome, department, entry, inPtr, inEdge, outPtr, outEdge } = chain;
  const D = chain.departments.length;
  const members: number[][] = Array.from({ length: D }, () => []);
  for (let i = 0; i < n; i++) members[department[i]!]!.push(i);

  const ancestor = new Int32Array(n).fill(-1); // the department whose walk marked it
  const local = new Int32Array(n).fill(-1); // index in the current department's system
  const nodes: number[] = [];
  let entered = 0;
  for (let d = 0; d < D; d++) {
    const inside = members[d]!;
    // Runs in d: customers who start there, and arrivals from another department.
    let runs = 0;
    for (const v of inside) {
      runs += entry[v]!;
      for (let k = inPtr[v]!; k < inPtr[v + 1]!; k++) {
        const e = inEdge[k]!;
        if (department[from[e]!] !== d) runs += visits[from[e]!]! * p[e]!;
      }
    }
    if (runs === 0) continue;

    // Touchpoints outside d that can reach d (walking incoming transitions back from d) …
    const outside = (u: number) => department[u] !== d && outcome[u] === TRANSIENT && visits[u]! > 0;
    const stack: number[] = [];
    const markAncestor = (u: number) => {
      if (outside(u) && ancestor[u] !== d) {
        ancestor[u] = d;
        stack.push(u);
      }
    };
    for (const v of inside) for (let k = inPtr[v]!; k < inPtr[v + 1]!; k++) markAncestor(from[inEdge[k]!]!);
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let k = inPtr[v]!; k < inPtr[v + 1]!; k++) markAncestor(from[inEdge[k]!]!);
    }
    // … and that customers reach after leaving d: where re-entries come from.
    nodes.length = 0;
    const markReturn = (w: number) => {
      if (ancestor[w] === d && local[w] === -1) {
        local[w] = nodes.length;
        nodes.push(w);
      }
    };
    for (const u of inside) {
      if (outcome[u] !== TRANSIENT) continue;
      for (let k = outPtr[u]!; k < outPtr[u + 1]!; k++) markReturn(to[outEdge[k]!]!);
    }
    for (let q = 0; q < nodes.length; q++) {
      const u = nodes[q]!;
      for (let k = outPtr[u]!; k < outPtr[u + 1]!; k++) markReturn(to[outEdge[k]!]!);
    }
    if (nodes.length === 0) {
      entered += Math.min(1, runs);
      continue;
    }

    // δ = s + Q₋ᵈᵀδ on those touchpoints, s = the flow leaving d into them.
    const size = nodes.length;
    const edgesFrom: number[] = [];
    const edgesTo: number[] = [];
    const edgesP: number[] = [];
    const rhs = new Float64Array(size);
    for (let t = 0; t < size; t++) {
      const w = nodes[t]!;
      for (let k = inPtr[w]!; k < inPtr[w + 1]!; k++) {
        const e = inEdge[k]!;
        const u = from[e]!;
        if (department[u] === d) rhs[t]! += visits[u]! * p[e]!;
        else if (local[u]! >= 0) {
          edgesFrom.push(local[u]!);
          edgesTo.push(t);
          edgesP.push(p[e]!);
        }
      }
    }
    const system = flowSystem(size, Int32Array.from(edgesFrom), Int32Array.from(edgesTo), Float64Array.from(edgesP), () => true);
    const delta = new Float64Array(size);
    solveFlow(system, rhs, delta);
    let reentries = 0;
    for (let t = 0; t < size; t++) {
      const u = nodes[t]!;
      for (let k = outPtr[u]!; k < outPtr[u + 1]!; k++) {
        const e = outEdge[k]!;
        if (department[to[e]!] === d) reentries += delta[t]! * p[e]!;
      }
    }
    entered += Math.min(1, Math.max(0, runs - reentries));
    for (const u of nodes) local[u] = -1;
  }
  // Rounding can leave a hair below zero on journeys that never revisit.
  return Math.max(0, 1 + handoffs - entered);
}
