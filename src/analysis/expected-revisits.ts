import { departmentsEnteredBySolves } from "./departments-entered-by-solves.js";
import { departmentsEntered } from "./departments-entered.js";
import type { MarkovChain } from "./markov-chain.js";

/**
 * Expected department revisits per customer (|D| − |set(D)|), exact:
 * E[revisits] = E[runs] − E[distinct departments] = 1 + E[hand-offs] − Σ_d P(ever enter d),
 * the hitting probabilities of all departments solved side by side (`departmentsEntered`), or
 * department by department where that does not converge.
 *
 * @example
 * // desk → lab → desk → done (each with probability 1): runs desk, lab, desk → 1 revisit
 * expectedRevisits(chain, expectedVisits(chain), 2); // 1
 */
export function expectedRevisits(chain: MarkovChain, visits: Float64Array, handoffs: number): number {
  const entered = departmentsEntered(chain, visits) ?? departmentsEnteredBySolves(chain, visits);
  // Rounding can leave a hair below zero on journeys that never revisit.
  return Math.max(0, 1 + handoffs - entered);
}
