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
 * The most likely distinct journeys, exactly, best-first (DESIGN §4): a priority queue of
 * partial journeys keyed by probability (normalised entry weight × Π p). Probabilities only
 * shrink along a journey, so complete journeys leave the queue in order of probability.
 * Each expansion of a partial journey counts against the budget, which bounds cyclic models.
 *
 * @example
 * likelyJourneys(chain, { limit: 10, budget: 100_000 }).journeys[0].probability; // 0.7
 */
export function likelyJourneys(chain: MarkovChain, options: LikelyJourneysOptions): LikelyJourneys {
  const { outcome, outPtr, to, p, entry } = chain;
  const sorted = edgesByProbability(chain);
  // The pool of partial journeys, a tree: node, position of the edge into it in `sorted`
  // (-1 for an entry), parent, probability.
  const node: number[] = [];
  const slot: number[] = [];
  const parent: number[] = [];
  const probability: number[] = [];
  const heap = new PartialJourneyHeap(probability);
  const add = (from: number, k: number) => {
    const e = sorted[k]!;
    node.push(to[e]!);
    slot.push(k);
    parent.push(from);
    probability.push(probability[from]! * p[e]!);
    heap.push(node.length - 1);
  };
  for (let t = 0; t < chain.n; t++) {
    if (!(entry[t]! > 0)) continue;
    node.push(t);
    slot.push(-1);
    parent.push(-1);
    probability.push(entry[t]!);
    heap.push(node.length - 1);
  }

  // Lazy expansion: a partial journey enters the queue with its most likely next step only;
  // its sibling, the next most likely step from the same parent, follows when it leaves the
  // queue. The sibling is no more likely, so the order stays exact, and the queue holds about
  // two entries per expansion instead of one per transition.
  const found: number[] = [];
  let expansions = 0;
  let budgetHit = false;
  while (heap.size > 0 && found.length < options.limit) {
    const j = heap.pop();
    // Π p underflowed to 0: every journey left is too unlikely to represent as a number.
    if (probability[j] === 0) break;
    const from = parent[j]!;
    if (from !== -1 && slot[j]! + 1 < outPtr[node[from]! + 1]!) add(from, slot[j]! + 1);
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
    if (outPtr[t]! < outPtr[t + 1]!) add(j, outPtr[t]!);
  }
  const edge = slot.map((k) => (k === -1 ? -1 : sorted[k]!));
  return { journeys: found.map((j) => chainJourney(j, node, edge, parent, probability[j]!)), budgetHit };
}

/** `outEdge` with each touchpoint's transitions sorted by probability, largest first (ties: model order). */
function edgesByProbability(chain: MarkovChain): Int32Array {
  const sorted = Int32Array.from(chain.outEdge);
  for (let t = 0; t < chain.n; t++) {
    const a = chain.outPtr[t]!;
    const b = chain.outPtr[t + 1]!;
    if (b - a > 1) sorted.subarray(a, b).sort((x, y) => chain.p[y]! - chain.p[x]! || x - y);
  }
  return sorted;
}

function chainJourney(last: number, node: number[], edge: number[], parent: number[], probability: number): ChainJourney {
  let length = 0;
  for (let j = last; j !== -1; j = parent[j]!) length++;
  const touchpoints = new Int32Array(length);
  const edges = new Int32Array(length);
  for (let j = last, k = length - 1; j !== -1; j = parent[j]!, k--) {
    touchpoints[k] = node[j]!;
    edges[k] = edge[j]!;
  }
  return { touchpoints, edges, probability };
}

/** A binary max-heap of pool indices by probability; ties: the earlier partial journey first. */
class PartialJourneyHeap {
  private items: number[] = [];
  constructor(private readonly probability: number[]) {}

  get size() {
    return this.items.length;
  }

  private before(a: number, b: number) {
    const pa = this.probability[a]!;
    const pb = this.probability[b]!;
    return pa > pb || (pa === pb && a < b);
  }

  push(j: number) {
    const items = this.items;
    let i = items.length;
    items.push(j);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(j, items[up]!)) break;
      items[i] = items[up]!;
      i = up;
    }
    items[i] = j;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && this.before(items[r]!, items[l]!) ? r : l;
        if (!this.before(items[c]!, last)) break;
        items[i] = items[c]!;
        i = c;
      }
      items[i] = last;
    }
    return top;
  }
}
