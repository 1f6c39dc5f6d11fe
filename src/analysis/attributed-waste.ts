import type { MarkovChain } from "./markov-chain.js";

/**
 * Expected waste minutes per customer attributed to each touchpoint:
 * its waste steps times its visits, plus the waits of the transitions leading to it, times
 * their flow (the customer waits in that touchpoint's queue).
 *
 * @example
 * attributedWaste(chain, visits)[chain.ids.indexOf("call")]; // 25 × v(call)
 */
export function attributedWaste(chain: MarkovChain, visits: Float64Array): Float64Array {
  const waste = new Float64Array(chain.n);
  for (let i = 0; i < chain.n; i++) waste[i] = visits[i]! * chain.wasteMinutes[i]!;
  for (let e = 0; e < chain.m; e++) {
    if (chain.wait[e]! > 0) waste[chain.to[e]!]! += visits[chain.from[e]!]! * chain.p[e]! * chain.wait[e]!;
  }
  return waste;
}
