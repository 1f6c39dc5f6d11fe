import { flowSystem, type FlowSystem } from "./flow-system.js";
import { ClosedCycleError, solveFlow } from "./solve-flow.js";

/**
 * The expected visits of an absorbing chain's transient touchpoints, and the system they solve.
 *
 * @example
 * const { visits, closed } = transientFlow(n, from, to, p, transient, entry);
 * if (closed === -1) visits[0]; // expected visits to touchpoint 0 per customer
 */
export interface TransientFlow {
  /** The system of the edges between transient touchpoints, with its components. */
  system: FlowSystem;
  /** v = rhs + Qᵀv over the transient touchpoints (0 elsewhere); a fresh array the caller may change. */
  visits: Float64Array;
  /** A touchpoint whose customers can never leave its cycle (the visits are then meaningless), or −1. */
  closed: number;
}

/** What the last call solved, kept while the garbage collector lets it live. */
interface Solved {
  from: Int32Array;
  to: Int32Array;
  p: Float64Array;
  transient: Uint8Array;
  rhs: Float64Array;
  system: FlowSystem;
  visits: Float64Array;
}

let last: WeakRef<Solved> | null = null;

/**
 * Solves v = rhs + Qᵀv over the edges e between transient touchpoints (`transient[from[e]]`
 * and `transient[to[e]]`), edge e going from `from[e]` to `to[e]` with probability `p[e]`, the
 * edges of each touchpoint summing to 1 (`flowSystem`'s `stochastic`).
 *
 * Validation solves the very system `analyse` solves next (`nearlyClosedLoops`, then
 * `expectedVisits`), so the last solve is kept — as long as the garbage collector lets it live
 * (a `WeakRef`) — and returned again when every input is equal, element by element, to its
 * inputs (copies: the caller may change its arrays afterwards).
 *
 * @example
 * // 0 → 1 (p 1), 1 → 0 (p 0.5), 1 → 2 (p 0.5), 2 absorbing: v = [2, 2, 0]
 * transientFlow(3, Int32Array.of(0, 1, 1), Int32Array.of(1, 0, 2), Float64Array.of(1, 0.5, 0.5), Uint8Array.of(1, 1, 0), Float64Array.of(1, 0, 0)).visits;
 */
export function transientFlow(
  n: number,
  from: Int32Array,
  to: Int32Array,
  p: Float64Array,
  transient: Uint8Array,
  rhs: Float64Array,
): TransientFlow {
  const known = last?.deref();
  if (known && same(known.from, from) && same(known.to, to) && same(known.p, p) && same(known.transient, transient) && same(known.rhs, rhs)) {
    return { system: known.system, visits: known.visits.slice(), closed: -1 };
  }
  const system = transientFlowSystem(n, from, to, p, transient);
  const visits = new Float64Array(n);
  try {
    solveFlow(system, rhs, visits);
  } catch (e) {
    if (e instanceof ClosedCycleError) return { system, visits, closed: e.node };
    throw e;
  }
  last = new WeakRef({ from: from.slice(), to: to.slice(), p: p.slice(), transient: transient.slice(), rhs: rhs.slice(), system, visits: visits.slice() });
  return { system, visits, closed: -1 };
}

/**
 * The system the visits solve: the edges between transient touchpoints (`transient[from[e]]`
 * and `transient[to[e]]`), each touchpoint's edges summing to 1, with its strongly connected
 * components in topological order.
 *
 * @example
 * transientFlowSystem(3, Int32Array.of(0, 1, 1), Int32Array.of(1, 0, 2), Float64Array.of(1, 0.5, 0.5), Uint8Array.of(1, 1, 0)).start.length - 1; // 2: {0, 1} and {2}
 */
export function transientFlowSystem(n: number, from: Int32Array, to: Int32Array, p: Float64Array, transient: Uint8Array): FlowSystem {
  return flowSystem(n, from, to, p, (e) => transient[from[e]!] === 1 && transient[to[e]!] === 1, { stochastic: true });
}

/** The same length and the same elements (`===`: a NaN is never the same). */
function same<T extends Int32Array | Float64Array | Uint8Array>(a: T, b: T): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
