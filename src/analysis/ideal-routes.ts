import { fastestRoutes } from "./fastest-routes.js";
import { RESOLVED, type MarkovChain } from "./markov-chain.js";
import type { IdealRoute } from "./report.js";

/**
 * The ideal route from every entry, in model order: the path to a `resolved`
 * outcome with the fewest minutes — Dijkstra on edge weight wait(u,v) + minutes(v) plus the
 * entry's own minutes, over transitions with probability > 0. One Dijkstra run serves every
 * entry: it runs backwards from all resolved outcomes at once, so each touchpoint learns its
 * cheapest way out, and stops once the last entry has learnt its own. Equal minutes: fewer
 * hand-offs win, then the lower touchpoint index at every step (`fastestRoutes`). No resolved
 * outcome reachable:
 * `{ entry, path: null, minutes: null, handoffs: null }`.
 *
 * @example
 * idealRoutes(markovChain(service));
 * // [{ entry: "call", path: ["call", "gp-visit", "done"], minutes: 4370, handoffs: 1 }]
 */
export function idealRoutes(chain: MarkovChain): IdealRoute[] {
  const resolved: number[] = [];
  const entries: number[] = [];
  for (let t = 0; t < chain.n; t++) {
    if (chain.outcome[t] === RESOLVED) resolved.push(t);
    if (chain.entry[t]! > 0) entries.push(t);
  }
  // the search stops once every entry is settled: an entry's route runs through settled touchpoints only
  const { minutes, handoffs, next } = fastestRoutes(chain, resolved, "backward", new Set(entries));
  const routes: IdealRoute[] = [];
  for (const t of entries) {
    if (minutes[t] === Infinity) {
      routes.push({ entry: chain.ids[t]!, path: null, minutes: null, handoffs: null });
      continue;
    }
    const path: string[] = [chain.ids[t]!];
    for (let u = next[t]!; u !== -1; u = next[u]!) path.push(chain.ids[u]!);
    routes.push({ entry: chain.ids[t]!, path, minutes: chain.minutes[t]! + minutes[t]!, handoffs: handoffs[t]! });
  }
  return routes;
}
