import type { Issue } from "../model/types.js";
import type { MarkovChain } from "./markov-chain.js";

/**
 * An `unreachable_touchpoint` warning for every touchpoint no customer ever visits (no path
 * from an entry over transitions with probability > 0).
 *
 * @example
 * unreachableTouchpoints(chain, visits); // [{ code: "unreachable_touchpoint", path: ["touchpoints", 4], message: "…" }]
 */
export function unreachableTouchpoints(chain: MarkovChain, visits: Float64Array): Issue[] {
  const warnings: Issue[] = [];
  for (let i = 0; i < chain.n; i++) {
    if (visits[i]! > 0) continue;
    warnings.push({
      code: "unreachable_touchpoint",
      path: ["touchpoints", i],
      message: `touchpoints[${i}]: touchpoint ${JSON.stringify(chain.ids[i])} is never reached from an entry; add a transition to it (with probability > 0) or remove it`,
    });
  }
  return warnings;
}
