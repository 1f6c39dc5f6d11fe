import { IndexedHeap } from "./indexed-heap.js";
import { routeEdges } from "./route-edges.js";
import type { MarkovChain } from "./markov-chain.js";

/**
 * The fastest routes between a set of touchpoints and every other one, as arrays indexed by
 * touchpoint: `minutes` (Infinity where there is no route), the `handoffs` of that route and
 * `next`, the touchpoint one step further along it towards the sources (-1 at a source).
 *
 * @example
 * const { minutes, handoffs } = fastestRoutes(chain, [entry], "forward");
 */
export interface FastestRoutes {
  minutes: Float64Array;
  handoffs: Int32Array;
  next: Int32Array;
}

/**
 * Dijkstra over the transitions with probability > 0, edge weight wait(u,v) + minutes(v)
 * (the first touchpoint's own minutes are the caller's to add). `"forward"` walks
 * from the sources along the transitions (routes from a source), `"backward"` against them
 * (routes to a source). Ties: at equal minutes the route with fewer hand-offs wins, then the
 * lower touchpoint index. Hand-offs add up along a route, so the pair (minutes, hand-offs) is
 * minimised lexicographically and exactly — the heap orders by both. With `until`, the search
 * stops as soon as every touchpoint in it is settled (the rest of the arrays is then partial).
 *
 * @example
 * const outcomes = [3];
 * const routes = fastestRoutes(chain, outcomes, "backward");
 * chain.minutes[entry] + routes.minutes[entry]; // the fewest minutes from entry to outcome 3
 */
export function fastestRoutes(
  chain: MarkovChain,
  sources: Iterable<number>,
  direction: "forward" | "backward",
  until?: ReadonlySet<number>,
): FastestRoutes {
  const { n } = chain;
  const { ptr, far, wait, stay, crosses } = routeEdges(chain, direction);
  const minutes = new Float64Array(n).fill(Infinity);
  const handoffs = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // (minutes, hand-offs, index), smallest first: a strict order, so the routes are exactly defined
  const heap = new IndexedHeap(minutes, handoffs);
  for (const s of sources) {
    minutes[s] = 0;
    heap.push(s);
  }
  let waiting = until?.size ?? -1;
  while (heap.size > 0 && waiting !== 0) {
    const v = heap.pop();
    done[v] = 1;
    if (until?.has(v)) waiting--;
    for (let k = ptr[v]!; k < ptr[v + 1]!; k++) {
      const u = far[k]!;
      if (done[u]) continue;
      const m = minutes[v]! + wait[k]! + stay[k]!;
      const h = handoffs[v]! + crosses[k]!;
      if (m < minutes[u]! || (m === minutes[u]! && (h < handoffs[u]! || (h === handoffs[u]! && v < next[u]!)))) {
        minutes[u] = m;
        handoffs[u] = h;
        next[u] = v;
        heap.push(u);
      }
    }
  }
  return { minutes, handoffs, next };
}
