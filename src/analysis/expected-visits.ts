import { InvalidServiceError } from "../model/invalid-service-error.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";
import { flowSystem, type FlowSystem } from "../solver/flow-system.js";
import { transientFlow } from "../solver/transient-flow.js";

/** The system of each chain's transient touchpoints, as `expectedVisits` solved it. */
const systems = new WeakMap<MarkovChain, FlowSystem>();

/**
 * Expected visits per customer to every touchpoint: the touchpoints without an
 * outcome are the transient states of an absorbing Markov chain, their visits solve
 * v = w + Qᵀv (w = normalised entry weights), solved sparsely component by component;
 * an outcome's visits are its absorption probability. The solve is the one validation has just
 * made when the chain is of a model `parseService` returned (`transientFlow` keeps it). Throws `InvalidServiceError`
 * (`unreachable_outcome`) when some customers could never reach an outcome.
 *
 * @example
 * // call → call (0.3), call → done (0.7): v(call) = 1 / (1 − 0.3) ≈ 1.4286, v(done) = 1
 * expectedVisits(markovChain(serviceGraph(service))); // Float64Array [1.4286, 1]
 */
export function expectedVisits(chain: MarkovChain): Float64Array {
  const { n, from, to, p, outcome, entry } = chain;
  const transient = new Uint8Array(n);
  const rhs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (outcome[i] !== TRANSIENT) continue;
    transient[i] = 1;
    rhs[i] = entry[i]!;
  }
  const { system, visits, closed } = transientFlow(n, from, to, p, transient, rhs);
  if (closed !== -1) throw neverFinishes(chain, closed);
  systems.set(chain, system);
  for (let i = 0; i < n; i++) {
    if (outcome[i] !== TRANSIENT) visits[i] = entry[i]!;
    else if (visits[i]! > 0 && chain.outPtr[i] === chain.outPtr[i + 1]) throw neverFinishes(chain, i);
  }
  for (let e = 0; e < chain.m; e++) {
    if (outcome[to[e]!] !== TRANSIENT && outcome[from[e]!] === TRANSIENT) visits[to[e]!]! += visits[from[e]!]! * p[e]!;
  }
  return visits;
}

/**
 * The system the expected visits solve — the transitions between transient touchpoints, with
 * their strongly connected components in topological order (`FlowSystem`) — as
 * `expectedVisits` found it for this chain, or found now. The chain keeps only transitions
 * with probability > 0, so the touchpoints customers reach are whole components of it: the
 * revisits' sweeps take their cycles from here instead of finding them again.
 *
 * @example
 * transientSystem(chain).component[0]; // the component of touchpoint 0 (upstream ones first)
 */
export function transientSystem(chain: MarkovChain): FlowSystem {
  let system = systems.get(chain);
  if (!system) {
    const { from, to, p, outcome } = chain;
    system = flowSystem(chain.n, from, to, p, (e) => outcome[from[e]!] === TRANSIENT && outcome[to[e]!] === TRANSIENT, { stochastic: true });
    systems.set(chain, system);
  }
  return system;
}

function neverFinishes(chain: MarkovChain, node: number): InvalidServiceError {
  const id = JSON.stringify(chain.ids[node]);
  return new InvalidServiceError([
    {
      code: "unreachable_outcome",
      path: ["touchpoints", node],
      message: `touchpoints[${node}]: customers who reach touchpoint ${id} can never reach an outcome (they would wander forever); add a transition towards a touchpoint with an outcome, or validate the model with parseService first`,
    },
  ]);
}
