import { InvalidServiceError } from "../model/invalid-service-error.js";
import { TRANSIENT, type MarkovChain } from "./markov-chain.js";
import { transientFlow } from "../solver/transient-flow.js";
import { rememberTransientSystem } from "./transient-system.js";

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
  rememberTransientSystem(chain, system);
  for (let i = 0; i < n; i++) {
    if (outcome[i] !== TRANSIENT) visits[i] = entry[i]!;
    else if (visits[i]! > 0 && chain.outPtr[i] === chain.outPtr[i + 1]) throw neverFinishes(chain, i);
  }
  for (let e = 0; e < chain.m; e++) {
    if (outcome[to[e]!] !== TRANSIENT && outcome[from[e]!] === TRANSIENT) visits[to[e]!]! += visits[from[e]!]! * p[e]!;
  }
  return visits;
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
