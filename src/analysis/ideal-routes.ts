import { KeyedHeap } from "./keyed-heap.js";
import { RESOLVED, type MarkovChain } from "./markov-chain.js";
import type { IdealRoute } from "./report.js";
import { wanderMetrics } from "./wander-metrics.js";

/**
 * The ideal route from every entry, in model order: the path to a `resolved`
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
  const heap = new KeyedHeap();
  for (let t = 0; t < n; t++) {
    if (chain.outcome[t] !== RESOLVED) continue;
    distance[t] = 0;
    heap.push(t, 0);
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
        heap.push(u, d);
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
