import { incomingFlowSystem } from "../solver/flow-system.js";
import { solveFlow } from "../solver/solve-flow.js";
import { groupedIndices } from "./grouped-indices.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";

/**
 * Σ_d P(a customer ever enters department d), one sparse solve per department: the way
 * `departmentsEntered` takes when its shared iteration does not converge (a nearly closed
 * loop inside a large cycle), since BiCGSTAB does not mind those.
 *
 * P(ever enter d) is the runs in d minus the re-entries: runs R_d = the customers starting in d
 * plus the flow into d from outside (read off the visits); re-entries = the flow back into d of
 * the customers who left it, δ, which solves δ = s + Q₋ᵈᵀδ (s = the flow out of d, Q₋ᵈ without
 * d's touchpoints). δ lives only on the touchpoints reachable after leaving d that can reach d
 * again, so each department's sparse solve runs on that part of the chain alone, component by
 * component in topological order (see `solveFlow`).
 *
 * Each department's system is built straight into compressed rows (its edges are met grouped
 * by target), from transitions indexed once by target and by source for all departments.
 *
 * @example
 * // desk → lab → desk → done (each with probability 1): desk and lab are entered
 * departmentsEnteredBySolves(chain, expectedVisits(chain)); // 2
 */
export function departmentsEnteredBySolves(chain: MarkovChain, visits: Float64Array): number {
  const { n, m, from, to, p, outcome, department, entry, inPtr, inEdge, outPtr, outEdge } = chain;
  const D = chain.departments.length;
  // Each transition's other end (and probability) at hand, by target and by source.
  const inSrc = new Int32Array(m);
  const inP = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    inSrc[j] = from[inEdge[j]!]!;
    inP[j] = p[inEdge[j]!]!;
  }
  const outDst = new Int32Array(m);
  for (let j = 0; j < m; j++) outDst[j] = to[outEdge[j]!]!;
  // Touchpoints customers reach and leave again: the only ones a re-entry can come through.
  const live = new Uint8Array(n);
  for (let i = 0; i < n; i++) live[i] = outcome[i] === TRANSIENT && visits[i]! > 0 ? 1 : 0;
  const [memberStart, members] = groupedIndices(D, department);

  const ancestor = new Int32Array(n).fill(-1); // the department whose walk marked it
  const local = new Int32Array(n).fill(-1); // index in the current department's system
  const nodes = new Int32Array(n);
  const intoD = new Float64Array(n); // probability of stepping into the current department
  const rhs = new Float64Array(n);
  const delta = new Float64Array(n);
  const ptr = new Int32Array(n + 1);
  const src = new Int32Array(m);
  const prob = new Float64Array(m);
  let entered = 0;
  for (let d = 0; d < D; d++) {
    const first = memberStart[d]!;
    const last = memberStart[d + 1]!;
    // Runs in d (customers who start there, and arrivals from another department), and the
    // touchpoints outside d with a transition into it …
    let runs = 0;
    let found = 0;
    for (let k = first; k < last; k++) {
      const v = members[k]!;
      runs += entry[v]!;
      for (let j = inPtr[v]!; j < inPtr[v + 1]!; j++) {
        const u = inSrc[j]!;
        if (department[u] === d) continue;
        runs += visits[u]! * inP[j]!;
        if (live[u] !== 1) continue;
        if (ancestor[u] !== d) {
          ancestor[u] = d;
          intoD[u] = 0;
          nodes[found++] = u;
        }
        intoD[u]! += inP[j]!;
      }
    }
    if (runs === 0) continue;
    // … then every touchpoint outside d that can reach d (walking transitions backwards) …
    for (let q = 0; q < found; q++) {
      const v = nodes[q]!;
      for (let j = inPtr[v]!; j < inPtr[v + 1]!; j++) {
        const u = inSrc[j]!;
        if (live[u] === 1 && ancestor[u] !== d && department[u] !== d) {
          ancestor[u] = d;
          intoD[u] = 0;
          nodes[found++] = u;
        }
      }
    }
    // … of which those that customers reach after leaving d: where the re-entries come from.
    let size = 0;
    const reach = (u: number) => {
      for (let j = outPtr[u]!; j < outPtr[u + 1]!; j++) {
        const w = outDst[j]!;
        if (ancestor[w] === d && local[w] === -1) {
          local[w] = size;
          nodes[size++] = w;
        }
      }
    };
    for (let k = first; k < last; k++) if (outcome[members[k]!] === TRANSIENT) reach(members[k]!);
    for (let q = 0; q < size; q++) reach(nodes[q]!);
    if (size === 0) {
      entered += Math.min(1, runs);
      continue;
    }

    // δ = s + Q₋ᵈᵀδ on those touchpoints, s = the flow leaving d into them, as compressed rows.
    let edges = 0;
    for (let t = 0; t < size; t++) {
      const w = nodes[t]!;
      let b = 0;
      ptr[t] = edges;
      for (let j = inPtr[w]!; j < inPtr[w + 1]!; j++) {
        const u = inSrc[j]!;
        if (department[u] === d) b += visits[u]! * inP[j]!;
        else if (local[u]! >= 0) {
          src[edges] = local[u]!;
          prob[edges++] = inP[j]!;
        }
      }
      rhs[t] = b;
    }
    ptr[size] = edges;
    const x = delta.subarray(0, size);
    x.fill(0);
    // views of the buffers, not copies: the system is done with before the next department
    solveFlow(incomingFlowSystem(size, ptr.subarray(0, size + 1), src.subarray(0, edges), prob.subarray(0, edges)), rhs.subarray(0, size), x);
    let reentries = 0;
    for (let t = 0; t < size; t++) reentries += x[t]! * intoD[nodes[t]!]!;
    entered += Math.min(1, Math.max(0, runs - reentries));
    for (let t = 0; t < size; t++) local[nodes[t]!] = -1;
  }
  return entered;
}
