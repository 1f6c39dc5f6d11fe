import { IndexedHeap } from "./indexed-heap.js";
import { KeyedHeap } from "./keyed-heap.js";
import { routeEdges } from "./route-edges.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";

/**
 * Options of `likelyJourneys`.
 *
 * @example
 * likelyJourneys(markovChain(service), { limit: 10, budget: 100_000 });
 */
export interface LikelyJourneysOptions {
  /** How many journeys to find. */
  limit: number;
  /** How many partial journeys may be expanded before the search gives up. */
  budget: number;
}

/**
 * A journey of the chain: touchpoint indices, the transition into each visit (-1 for the first), its probability.
 *
 * @example
 * const { journeys } = likelyJourneys(markovChain(service), { limit: 1, budget: 10_000 });
 * journeys[0].probability; // the most likely journey's probability
 */
export interface ChainJourney {
  touchpoints: Int32Array;
  edges: Int32Array;
  probability: number;
}

/**
 * What `likelyJourneys` finds: the journeys, most likely first, and whether the budget ran out.
 *
 * @example
 * const { journeys, budgetHit } = likelyJourneys(markovChain(service), { limit: 10, budget: 100_000 });
 */
export interface LikelyJourneys {
  /** Most likely first; of equal probabilities, the one the search met first. */
  journeys: ChainJourney[];
  /** The budget ran out before `limit` journeys were found. */
  budgetHit: boolean;
}

/**
 * The most likely distinct journeys, exactly, best-first: a priority queue of
 * partial journeys keyed by probability (normalised entry weight × Π p) times the probability
 * of the most likely way from their last touchpoint to an outcome. That key bounds every
 * completion of the partial journey and never grows along it, so complete journeys leave the
 * queue in order of probability (A* with an exact heuristic), and the search only expands
 * partial journeys that can still beat the journeys to come.
 * Each expansion of a partial journey counts against the budget, which bounds cyclic models.
 *
 * @example
 * likelyJourneys(chain, { limit: 10, budget: 100_000 }).journeys[0].probability; // 0.7
 */
export function likelyJourneys(chain: MarkovChain, options: LikelyJourneysOptions): LikelyJourneys {
  const { outcome, outPtr, to, p, entry } = chain;
  const best = completionProbabilities(chain);
  const sorted = edgesByCompletion(chain, best);
  // The pool of partial journeys, a tree: node, position of the edge into it in `sorted`
  // (-1 for an entry), parent, length (touchpoints so far), probability.
  const node: number[] = [];
  const slot: number[] = [];
  const parent: number[] = [];
  const length: number[] = [];
  const probability: number[] = [];
  const heap = new KeyedHeap(true);
  const add = (t: number, k: number, from: number, pr: number) => {
    node.push(t);
    slot.push(k);
    parent.push(from);
    length.push(from === -1 ? 1 : length[from]! + 1);
    probability.push(pr);
    heap.push(node.length - 1, pr * best[t]!);
  };
  for (let t = 0; t < chain.n; t++) if (entry[t]! > 0 && best[t]! > 0) add(t, -1, -1, entry[t]!);

  // Lazy expansion: a partial journey enters the queue with its best next step only; its
  // sibling, the next best step from the same parent, follows when it leaves the queue. The
  // sibling's key is no larger, so the order stays exact, and the queue holds about two
  // entries per expansion instead of one per transition.
  const found: number[] = [];
  let expansions = 0;
  let budgetHit = false;
  while (heap.size > 0 && found.length < options.limit) {
    const j = heap.pop();
    // Key 0: Π p underflowed (every journey left is too unlikely to represent as a number).
    if (probability[j]! * best[node[j]!]! === 0) break;
    const from = parent[j]!;
    const next = slot[j]! + 1;
    if (from !== -1 && next < outPtr[node[from]! + 1]!) {
      add(to[sorted[next]!]!, next, from, probability[from]! * p[sorted[next]!]!);
    }
    const t = node[j]!;
    if (outcome[t] !== TRANSIENT) {
      found.push(j);
      continue;
    }
    if (expansions >= options.budget) {
      budgetHit = true;
      break;
    }
    expansions++;
    const first = outPtr[t]!;
    if (first < outPtr[t + 1]!) add(to[sorted[first]!]!, first, j, probability[j]! * p[sorted[first]!]!);
  }
  const pool: Pool = { node, slot, parent, sorted };
  return { journeys: found.map((j) => chainJourney(pool, j, length[j]!, probability[j]!)), budgetHit };
}

/**
 * For every touchpoint, the probability of the most likely way from it to an outcome (1 at an
 * outcome, 0 when none is reachable): Dijkstra on products, backwards from all outcomes.
 */
function completionProbabilities(chain: MarkovChain): Float64Array {
  const { n, outcome } = chain;
  const { ptr, far, p } = routeEdges(chain, "backward");
  const best = new Float64Array(n);
  const done = new Uint8Array(n);
  const heap = new IndexedHeap(best, null, true);
  for (let t = 0; t < n; t++) {
    if (outcome[t] === TRANSIENT) continue;
    best[t] = 1;
    heap.push(t);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    done[v] = 1;
    for (let k = ptr[v]!; k < ptr[v + 1]!; k++) {
      const u = far[k]!;
      if (outcome[u] !== TRANSIENT) continue;
      const q = p[k]! * best[v]!;
      if (q > best[u]!) {
        best[u] = q;
        heap.push(u);
      }
    }
  }
  return best;
}

/** `outEdge` with each touchpoint's transitions sorted by p × best completion, largest first (ties: model order). */
function edgesByCompletion(chain: MarkovChain, best: Float64Array): Int32Array {
  const { p, to } = chain;
  const sorted = Int32Array.from(chain.outEdge);
  const key = (e: number) => p[e]! * best[to[e]!]!;
  // an insertion sort in place: a touchpoint has a handful of transitions, and a sort call per
  // touchpoint (with its subarray) cost more than the sorting
  for (let t = 0; t < chain.n; t++) {
    const a = chain.outPtr[t]!;
    const b = chain.outPtr[t + 1]!;
    for (let i = a + 1; i < b; i++) {
      const e = sorted[i]!;
      const k = key(e);
      let j = i - 1;
      for (; j >= a; j--) {
        const f = sorted[j]!;
        const kf = key(f);
        if (kf > k || (kf === k && f < e)) break;
        sorted[j + 1] = f;
      }
      sorted[j + 1] = e;
    }
  }
  return sorted;
}

/** The search's tree of partial journeys, as `chainJourney` reads it back. */
interface Pool {
  node: number[];
  slot: number[];
  parent: number[];
  sorted: Int32Array;
}

/** The journey ending at pool entry `last` (`length` touchpoints), read back along its parents. */
function chainJourney(pool: Pool, last: number, length: number, probability: number): ChainJourney {
  const { node, slot, parent, sorted } = pool;
  const touchpoints = new Int32Array(length);
  const edges = new Int32Array(length);
  for (let j = last, k = length - 1; j !== -1; j = parent[j]!, k--) {
    touchpoints[k] = node[j]!;
    const s = slot[j]!;
    edges[k] = s === -1 ? -1 : sorted[s]!;
  }
  return { touchpoints, edges, probability };
}
