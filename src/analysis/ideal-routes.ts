import { RESOLVED, type MarkovChain } from "./markov-chain.js";
import type { IdealRoute } from "./report.js";
import { wanderMetrics } from "./wander-metrics.js";

/**
 * The ideal route from every entry, in model order (DESIGN §4): the path to a `resolved`
 * outcome with the fewest minutes — Dijkstra on edge weight wait(u,v) + minutes(v) plus the
 * entry's own minutes, over transitions with probability > 0. One Dijkstra run serves every
 * entry: it runs backwards from all resolved outcomes at once, so each touchpoint learns its
 * cheapest way out. Equal minutes: the lower touchpoint index wins at every step. No resolved
 * outcome reachable: `{ entry, path: null, minutes: null, handoffs: null }`.
 *
 * @example
 * idealRoutes(markovChain(service));
 * // [{ entry: "call", path: ["call", "gp-visit", "done"], minutes: 4370, handoffs: 1 }]
 */
export function idealRoutes(chain: MarkovChain): IdealRoute[] {
  const { n, from, to, wait, minutes, inPtr, inEdge } = chain;
  const distance = new Float64Array(n).fill(Infinity);
  const next = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new DistanceHeap(distance);
  for (let t = 0; t < n; t++) {
    if (chain.outcome[t] !== RESOLVED) continue;
    distance[t] = 0;
    heap.push(t);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    for (let k = inPtr[v]!; k < inPtr[v + 1]!; k++) {
      const e = inEdge[k]!;
      const u = from[e]!;
      const d = distance[v]! + wait[e]! + minutes[to[e]!]!;
      if (d < distance[u]!) {
        distance[u] = d;
        next[u] = v;
        heap.push(u);
      }
    }
  }
  const routes: IdealRoute[] = [];
  for (let t = 0; t < n; t++) {
    if (!(chain.entry[t]! > 0)) continue;
    if (distance[t] === Infinity) {
      routes.push({ entry: chain.ids[t]!, path: null, minutes: null, handoffs: null });
      continue;
    }
    const path: number[] = [t];
    while (next[path[path.length - 1]!] !== -1) path.push(next[path[path.length - 1]!]!);
    const ids = path.map((i) => chain.ids[i]!);
    const departments = path.map((i) => chain.departments[chain.department[i]!]!);
    routes.push({
      entry: chain.ids[t]!,
      path: ids,
      minutes: minutes[t]! + distance[t]!,
      handoffs: wanderMetrics(ids, departments).handoffs,
    });
  }
  return routes;
}

/** A binary min-heap of touchpoints by their distance at push time (stale entries skipped by the caller). */
class DistanceHeap {
  private nodes: number[] = [];
  private keys: number[] = [];
  constructor(private readonly distance: Float64Array) {}

  get size() {
    return this.nodes.length;
  }

  private before(ka: number, a: number, kb: number, b: number) {
    return ka < kb || (ka === kb && a < b);
  }

  push(v: number) {
    const { nodes, keys } = this;
    const key = this.distance[v]!;
    let i = nodes.length;
    nodes.push(v);
    keys.push(key);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(key, v, keys[up]!, nodes[up]!)) break;
      nodes[i] = nodes[up]!;
      keys[i] = keys[up]!;
      i = up;
    }
    nodes[i] = v;
    keys[i] = key;
  }

  pop(): number {
    const { nodes, keys } = this;
    const top = nodes[0]!;
    const last = nodes.pop()!;
    const lastKey = keys.pop()!;
    if (nodes.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= nodes.length) break;
        const r = l + 1;
        const c = r < nodes.length && this.before(keys[r]!, nodes[r]!, keys[l]!, nodes[l]!) ? r : l;
        if (!this.before(keys[c]!, nodes[c]!, lastKey, last)) break;
        nodes[i] = nodes[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      nodes[i] = last;
      keys[i] = lastKey;
    }
    return top;
  }
}
