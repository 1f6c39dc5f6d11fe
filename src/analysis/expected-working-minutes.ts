import type { Service } from "../model/types.js";
import type { MarkovChain } from "./markov-chain.js";

/**
 * Expected minutes per customer on the working clock: Σ v(t)·minutes(t) + Σ F(u,v)·workingWait(u,v),
 * the twin of expected `minutes` with each transition's `workingWait` in place of its `wait`
 * (step minutes are time someone works on the customer, so they count on both clocks). `null`
 * when the model gives no `workingWait`, or when a transition with a positive `wait` lacks one:
 * a figure partly on each clock would be neither, so it is not given.
 *
 * @example
 * // a mined model with a calendar: equals the log's `working.meanPerCase`
 * expectedWorkingMinutes(service, chain, visits); // 861.2
 */
export function expectedWorkingMinutes(service: Service, chain: MarkovChain, visits: Float64Array): number | null {
  const { transitions } = service;
  if (!transitions.some((t) => t.workingWait !== undefined)) return null;
  if (transitions.some((t) => t.workingWait === undefined && (t.wait ?? 0) > 0)) return null;
  const index = new Map<string, number>();
  chain.ids.forEach((id, i) => index.set(id, i));
  let minutes = 0;
  for (let i = 0; i < chain.n; i++) minutes += visits[i]! * chain.minutes[i]!;
  for (const t of transitions) {
    if (!(t.workingWait! > 0)) continue;
    const u = index.get(t.from)!;
    const v = index.get(t.to)!;
    // the flow on (u, v): v(u) · p(u, v), p as the chain holds it (transitions with p = 0 are not kept)
    for (let k = chain.outPtr[u]!; k < chain.outPtr[u + 1]!; k++) {
      const e = chain.outEdge[k]!;
      if (chain.to[e] === v) minutes += visits[u]! * chain.p[e]! * t.workingWait!;
    }
  }
  return minutes;
}
