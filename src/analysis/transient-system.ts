import type { FlowSystem } from "../solver/flow-system.js";
import { transientFlowSystem } from "../solver/transient-flow.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";

/** The system of each chain's transient touchpoints, as `expectedVisits` solved it. */
const systems = new WeakMap<MarkovChain, FlowSystem>();

/**
 * The system the expected visits solve — the transitions between transient touchpoints, with
 * their strongly connected components in topological order (`FlowSystem`) — as
 * `expectedVisits` found it for this chain (`rememberTransientSystem`), or found now. The chain
 * keeps only transitions with probability > 0, so the touchpoints customers reach are whole
 * components of it: the revisits' sweeps take their cycles from here instead of finding them
 * again.
 *
 * @example
 * transientSystem(chain).component[0]; // the component of touchpoint 0 (upstream ones first)
 */
export function transientSystem(chain: MarkovChain): FlowSystem {
  let system = systems.get(chain);
  if (!system) {
    const transient = Uint8Array.from(chain.outcome, (o) => (o === TRANSIENT ? 1 : 0));
    system = transientFlowSystem(chain.n, chain.from, chain.to, chain.p, transient);
    systems.set(chain, system);
  }
  return system;
}

/**
 * Keeps the system `expectedVisits` has just solved for `chain`, for `transientSystem`.
 *
 * @example
 * rememberTransientSystem(chain, transientFlow(n, from, to, p, transient, rhs).system);
 */
export function rememberTransientSystem(chain: MarkovChain, system: FlowSystem): void {
  systems.set(chain, system);
}
