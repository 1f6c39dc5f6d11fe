import { groupedIndices } from "./grouped-indices.js";
import { routeEdges } from "./route-edges.js";
import { transientSystem } from "./transient-system.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";

/** Departments solved side by side: one pass over the transitions serves this many. */
const WIDTH = 8;
/**
 * Sweeps a cycle may take: when the rate of the first ones says the bound will not be met
 * within them, `departmentsEntered` gives up and the caller solves department by department.
 */
const MAX_SWEEPS = 60;

/**
 * Σ_d P(a customer ever enters department d), with every department's hitting probability
 * solved in the same sweeps: h_d(u) = P(from touchpoint u, the customer enters d) is 1 on d's
 * touchpoints and Σ_v p(u,v)·h_d(v) elsewhere, and P(ever enter d) = Σ_u entry(u)·h_d(u).
 *
 * - Eight departments share a sweep: their values sit side by side for each touchpoint, so a
 *   transition is read once for all eight and its target's values are one cache line.
 * - Strongly connected components — those of the expected visits' system (`transientSystem`)
 *   — are taken in reverse topological order (their successors first): a touchpoint outside any
 *   cycle is one substitution, and only cycles iterate.
 * - A cycle iterates Gauss–Seidel sweeps (model order and back, alternately), each followed by
 *   a coarse correction: one constant per department added on the whole cycle, the one that
 *   zeroes the visit-weighted sum of the residuals (aggregation–disaggregation with one
 *   aggregate). Gauss–Seidel alone leaves a slowly vanishing error that is nearly constant over
 *   the cycle (the customers' slow leak out of it); the correction removes it.
 * - The error is bounded, not guessed: with r the residual (Σ_v p(u,v)·h(v) − h(u)) the error
 *   of P(ever enter d) is Σ_u y_d(u)·r(u), y_d the expected visits to u before entering d, and
 *   y_d ≤ the expected visits v. A cycle stops when Σ_u v(u)·Σ_d |r_d(u)| is below its share of
 *   `accuracy`, the error the caller allows the sum.
 * - The residual needs no pass of its own: the sweep measures it (see `iterate`).
 *
 * Returns null as soon as a cycle would need more than `MAX_SWEEPS` sweeps (judged by the rate
 * of the first ones): nearly closed loops, as models mined from logs have them, leave slow
 * errors that no single constant removes. The caller then solves department by department.
 *
 * @example
 * // desk → lab → desk → done (each with probability 1): desk and lab are entered
 * departmentsEntered(chain, expectedVisits(chain), 1e-10); // 2
 */
export function departmentsEntered(chain: MarkovChain, visits: Float64Array, accuracy: number): number | null {
  const { n, outcome, department, entry, outPtr, inPtr, inEdge, from } = chain;
  const D = chain.departments.length;
  // each touchpoint's transitions side by side: target and probability
  const { far: dst, p: prob } = routeEdges(chain, "forward");
  const live = new Uint8Array(n);
  const visited = new Uint8Array(D);
  let total = 0;
  for (let u = 0; u < n; u++) {
    if (!(visits[u]! > 0)) continue;
    visited[department[u]!] = 1;
    total += visits[u]!;
    if (outcome[u] === TRANSIENT) live[u] = 1;
  }
  const columns: number[] = [];
  for (let d = 0; d < D; d++) if (visited[d] === 1) columns.push(d);
  if (columns.length === 0) return 0;
  // the cycles of the touchpoints customers reach, numbered upstream first (`transientSystem`)
  const component = transientSystem(chain).component.slice();
  for (let u = 0; u < n; u++) if (live[u] === 0) component[u] = -1;
  let components = 0;
  for (let u = 0; u < n; u++) components = Math.max(components, component[u]! + 1);
  const [componentStart, members] = groupedIndices(components, component);
  const batches = Math.ceil(columns.length / WIDTH);
  const tolerance = accuracy / batches;

  const h = new Float64Array(n * WIDTH);
  const column = new Int32Array(D);
  const reach = new Uint8Array(n);
  const queue = new Int32Array(n);
  const system: Cycle = { dst, prob, outPtr, department, component, column, visits, h, width: 0, position: new Int32Array(n) };
  let entered = 0;
  for (let first = 0; first < columns.length; first += WIDTH) {
    const width = Math.min(WIDTH, columns.length - first);
    system.width = width;
    column.fill(-1);
    for (let j = 0; j < width; j++) column[columns[first + j]!] = j;
    h.fill(0);
    reach.fill(0);
    let queued = 0;
    for (let u = 0; u < n; u++) {
      const j = column[department[u]!]!;
      if (j < 0) continue;
      h[u * WIDTH + j] = 1;
      if (visits[u]! > 0) {
        reach[u] = 1;
        queue[queued++] = u;
      }
    }
    // the touchpoints customers reach that can reach one of these departments: the rest stay 0
    for (let q = 0; q < queued; q++) {
      const v = queue[q]!;
      for (let k = inPtr[v]!; k < inPtr[v + 1]!; k++) {
        const u = from[inEdge[k]!]!;
        if (live[u] === 1 && reach[u] === 0) {
          reach[u] = 1;
          queue[queued++] = u;
        }
      }
    }
    // successors first
    for (let c = components - 1; c >= 0; c--) {
      const nodes = members.subarray(componentStart[c]!, componentStart[c + 1]!);
      if (nodes.length === 0 || reach[nodes[0]!] === 0) continue;
      if (nodes.length === 1) substitute(system, nodes[0]!);
      else {
        let weight = 0;
        for (let k = 0; k < nodes.length; k++) weight += visits[nodes[k]!]!;
        if (!iterate(system, nodes, (tolerance * weight) / total)) return null;
      }
    }
    for (let j = 0; j < width; j++) {
      let probability = 0;
      for (let u = 0; u < n; u++) if (entry[u]! > 0) probability += entry[u]! * h[u * WIDTH + j]!;
      entered += Math.min(1, Math.max(0, probability));
    }
  }
  return entered;
}

/** The arrays a sweep reads, and the values it writes: h[u·WIDTH + j] for column j. */
interface Cycle {
  dst: Int32Array;
  prob: Float64Array;
  outPtr: Int32Array;
  department: Int32Array;
  /** Strongly connected component of each touchpoint (−1 for those customers never reach or leave). */
  component: Int32Array;
  /** Column of each department in this batch, −1 for the others. */
  column: Int32Array;
  visits: Float64Array;
  h: Float64Array;
  width: number;
  /** Each touchpoint's place in the cycle being iterated (scratch, one per model). */
  position: Int32Array;
}

/** A touchpoint outside any cycle: its successors are solved, so h(u) is their weighted sum. */
function substitute(system: Cycle, u: number): void {
  const { dst, prob, outPtr, department, column, h, width } = system;
  const own = column[department[u]!]!;
  const acc = new Float64Array(WIDTH);
  let stay = 0;
  for (let e = outPtr[u]!; e < outPtr[u + 1]!; e++) {
    const v = dst[e]!;
    if (v === u) {
      stay += prob[e]!;
      continue;
    }
    const base = v * WIDTH;
    for (let j = 0; j < width; j++) acc[j]! += prob[e]! * h[base + j]!;
  }
  const base = u * WIDTH;
  for (let j = 0; j < width; j++) if (j !== own) h[base + j] = acc[j]! / (1 - stay);
}

/**
 * Gauss–Seidel sweeps, each followed by the one-aggregate coarse correction, on the cycle
 * `nodes` (in model order) until the error bound is at most `tolerance`. False as soon as the
 * rate of the sweeps says it would take more than `MAX_SWEEPS`.
 *
 * The residual comes out of the sweep itself. A step sets h(u) to Σ_v p(u,v)·h(v) with the
 * values of that moment, so right after the sweep u's residual is Σ p(u,v)·δ(v) over the
 * touchpoints v stepped at or after u (u included, for a loop onto itself), δ(v) being v's
 * change in the sweep. Summed with the visits as weights, Σ_u v(u)·r(u) = Σ_v δ(v)·W(v) and
 * Σ_u v(u)·|r(u)| ≤ Σ_v |δ(v)|·W(v), with W(v) the visit-weighted probability of the cycle's
 * transitions into v from touchpoints stepped at or before it: known before the first sweep,
 * one number per touchpoint and direction. (W(v) counts every column's transitions; the
 * transitions from a department's own touchpoints, whose residual in its column is 0, only make
 * the bound larger and the correction a little different.)
 */
function iterate(system: Cycle, nodes: Int32Array, tolerance: number): boolean {
  const { column, department, h, width, position } = system;
  const count = nodes.length;
  for (let k = 0; k < count; k++) position[nodes[k]!] = k;
  const own = new Int32Array(count);
  for (let k = 0; k < count; k++) own[k] = column[department[nodes[k]!]!]!;
  // Each touchpoint's W in both directions, and the coarse matrix, one number per department:
  // Σ v(u)·(1 − Σ p(u,w) over w in the cycle and free), u free — the visit-weighted leak out of
  // the free part of the cycle.
  const weights: Weights = { forward: new Float64Array(count), backward: new Float64Array(count), coarse: new Float64Array(width) };
  for (let k = 0; k < count; k++) weigh(system, nodes, own, k, weights);
  const { forward: forwardWeight, backward: backwardWeight, coarse } = weights;
  const sums = new Float64Array(WIDTH + 1);
  const bounds = new Float64Array(MAX_SWEEPS + 1);
  for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
    const bound =
      sweep % 2 === 1
        ? sweepOnce(system, nodes, own, forwardWeight, sums, 0, count, 1)
        : sweepOnce(system, nodes, own, backwardWeight, sums, count - 1, -1, -1);
    bounds[sweep] = bound;
    if (bound <= tolerance) return true;
    if (sweep > 3) {
      // at the rate of the last three sweeps, the bound would need more sweeps than allowed
      const rate = Math.cbrt(bound / bounds[sweep - 3]!);
      if (!(rate < 1) || sweep + Math.log(tolerance / bound) / Math.log(rate) > MAX_SWEEPS) return false;
    }
    for (let j = 0; j < WIDTH; j++) sums[j] = j < width && coarse[j]! > 0 ? sums[j]! / coarse[j]! : 0;
    correct(h, nodes, own, sums);
  }
  return false;
}

/** The coarse correction: `shift[j]` added to every touchpoint of the cycle in column j, but its own (which stays 1). */
function correct(h: Float64Array, nodes: Int32Array, own: Int32Array, shift: Float64Array): void {
  const s0 = shift[0]!;
  const s1 = shift[1]!;
  const s2 = shift[2]!;
  const s3 = shift[3]!;
  const s4 = shift[4]!;
  const s5 = shift[5]!;
  const s6 = shift[6]!;
  const s7 = shift[7]!;
  for (let k = 0; k < nodes.length; k++) {
    const b = nodes[k]! * WIDTH;
    h[b]! += s0;
    h[b + 1]! += s1;
    h[b + 2]! += s2;
    h[b + 3]! += s3;
    h[b + 4]! += s4;
    h[b + 5]! += s5;
    h[b + 6]! += s6;
    h[b + 7]! += s7;
    if (own[k]! >= 0) h[b + own[k]!] = 1;
  }
}

/**
 * One Gauss–Seidel sweep over `nodes[from]`, `nodes[from + step]`, … (not `to`): each
 * touchpoint's eight values become Σ_v p(u,v)·h[v·WIDTH + j] (columns past the batch's width are
 * 0 and stay so; u's own column stays 1). Returns Σ_u |δ(u)|·W(u), the bound on the
 * visit-weighted residual, and leaves Σ_u δ_j(u)·W(u) in `sums` (`weights` is W by place in the
 * cycle, for this direction).
 */
function sweepOnce(system: Cycle, nodes: Int32Array, own: Int32Array, weights: Float64Array, sums: Float64Array, from: number, to: number, step: number): number {
  sums.fill(0);
  // one touchpoint per call, which takes and returns no fractional number (it would be boxed
  // when the call is not inlined): the loop never meets code it has no feedback for, and
  // allocates nothing
  for (let k = from; k !== to; k += step) stepAt(system, nodes[k]!, own[k]!, weights, k, sums);
  return sums[WIDTH]!;
}

/** The Gauss–Seidel step at touchpoint u (own column `mine`, weight w = `weights[k]`): adds δ·w to `sums` and Σ_j |δ_j|·w to `sums[WIDTH]`. */
function stepAt(system: Cycle, u: number, mine: number, weights: Float64Array, k: number, sums: Float64Array): void {
  const { dst, prob, outPtr, h } = system;
  const w = weights[k]!;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let a5 = 0;
  let a6 = 0;
  let a7 = 0;
  for (let e = outPtr[u]!; e < outPtr[u + 1]!; e++) {
    const b = dst[e]! * WIDTH;
    const q = prob[e]!;
    a0 += q * h[b]!;
    a1 += q * h[b + 1]!;
    a2 += q * h[b + 2]!;
    a3 += q * h[b + 3]!;
    a4 += q * h[b + 4]!;
    a5 += q * h[b + 5]!;
    a6 += q * h[b + 6]!;
    a7 += q * h[b + 7]!;
  }
  const b = u * WIDTH;
  // u's own column stays 1: no change there
  const d0 = mine === 0 ? 0 : a0 - h[b]!;
  const d1 = mine === 1 ? 0 : a1 - h[b + 1]!;
  const d2 = mine === 2 ? 0 : a2 - h[b + 2]!;
  const d3 = mine === 3 ? 0 : a3 - h[b + 3]!;
  const d4 = mine === 4 ? 0 : a4 - h[b + 4]!;
  const d5 = mine === 5 ? 0 : a5 - h[b + 5]!;
  const d6 = mine === 6 ? 0 : a6 - h[b + 6]!;
  const d7 = mine === 7 ? 0 : a7 - h[b + 7]!;
  h[b]! += d0;
  h[b + 1]! += d1;
  h[b + 2]! += d2;
  h[b + 3]! += d3;
  h[b + 4]! += d4;
  h[b + 5]! += d5;
  h[b + 6]! += d6;
  h[b + 7]! += d7;
  sums[0]! += d0 * w;
  sums[1]! += d1 * w;
  sums[2]! += d2 * w;
  sums[3]! += d3 * w;
  sums[4]! += d4 * w;
  sums[5]! += d5 * w;
  sums[6]! += d6 * w;
  sums[7]! += d7 * w;
  sums[WIDTH]! += w * (Math.abs(d0) + Math.abs(d1) + Math.abs(d2) + Math.abs(d3) + Math.abs(d4) + Math.abs(d5) + Math.abs(d6) + Math.abs(d7));
}

/** W of a cycle's touchpoints in both directions (by place in the cycle), and the coarse matrix. */
interface Weights {
  forward: Float64Array;
  backward: Float64Array;
  coarse: Float64Array;
}

/** Adds the transitions of the cycle's k-th touchpoint to `weights`. */
function weigh(system: Cycle, nodes: Int32Array, own: Int32Array, k: number, weights: Weights): void {
  const { dst, prob, outPtr, department, component, column, visits, width, position } = system;
  const { forward, backward, coarse } = weights;
  const u = nodes[k]!;
  const cycle = component[u]!;
  const mine = own[k]!;
  for (let j = 0; j < width; j++) if (j !== mine) coarse[j]! += visits[u]!;
  for (let e = outPtr[u]!; e < outPtr[u + 1]!; e++) {
    const w = dst[e]!;
    if (component[w] !== cycle) continue;
    const flow = visits[u]! * prob[e]!;
    const other = column[department[w]!]!;
    for (let j = 0; j < width; j++) if (j !== mine && j !== other) coarse[j]! -= flow;
    const kw = position[w]!;
    if (kw >= k) forward[kw]! += flow;
    if (kw <= k) backward[kw]! += flow;
  }
}
