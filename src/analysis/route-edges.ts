import type { MarkovChain } from "./markov-chain.js";

/**
 * A chain's transitions as a route search walks them from touchpoint v: the k-th of
 * `ptr[v] … ptr[v + 1]` leads to `far[k]`, with the transition's `wait`, the `stay` (minutes)
 * of the transition's target, its probability `p` and whether it `crosses` departments — each
 * a plain array in the order the search reads them.
 *
 * @example
 * const { ptr, far } = routeEdges(chain, "backward");
 * far.subarray(ptr[3], ptr[3 + 1]); // the touchpoints with a transition into touchpoint 3
 */
export interface RouteEdges {
  ptr: Int32Array;
  far: Int32Array;
  wait: Float64Array;
  stay: Float64Array;
  p: Float64Array;
  crosses: Uint8Array;
}

const built = new WeakMap<MarkovChain, { forward?: RouteEdges; backward?: RouteEdges }>();

/**
 * The transitions out of each touchpoint (`"forward"`) or into it (`"backward"`), gathered
 * once per chain and direction. The searches over them (`fastestRoutes`, four runs per
 * `analyse`) read every field of a transition; through `outEdge` / `inEdge` each read was a
 * jump to another place in memory, and these jumps were most of a search's time.
 *
 * @example
 * routeEdges(chain, "forward").far[chain.outPtr[0]!]; // the target of touchpoint 0's first transition
 */
export function routeEdges(chain: MarkovChain, direction: "forward" | "backward"): RouteEdges {
  let both = built.get(chain);
  if (!both) built.set(chain, (both = {}));
  return (both[direction] ??= gather(chain, direction));
}

function gather(chain: MarkovChain, direction: "forward" | "backward"): RouteEdges {
  const { from, to, department } = chain;
  const [ptr, edges, ends] = direction === "forward" ? [chain.outPtr, chain.outEdge, to] : [chain.inPtr, chain.inEdge, from];
  const count = edges.length;
  // A model that lists each touchpoint's transitions together, in the order of the touchpoints
  // (as written by hand and as mined), has them in this order already: its own arrays serve.
  const inOrder = isIdentity(edges);
  const far = inOrder ? ends : new Int32Array(count);
  const wait = inOrder ? chain.wait : new Float64Array(count);
  const p = inOrder ? chain.p : new Float64Array(count);
  const stay = new Float64Array(count);
  const crosses = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const e = edges[k]!;
    if (!inOrder) {
      far[k] = ends[e]!;
      wait[k] = chain.wait[e]!;
      p[k] = chain.p[e]!;
    }
    stay[k] = chain.minutes[to[e]!]!;
    crosses[k] = department[from[e]!] === department[to[e]!] ? 0 : 1;
  }
  return { ptr, far, wait, stay, p, crosses };
}

/** Whether `edges[k] === k` for every k. */
function isIdentity(edges: Int32Array): boolean {
  for (let k = 0; k < edges.length; k++) if (edges[k] !== k) return false;
  return true;
}
