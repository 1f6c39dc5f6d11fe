import { departmentsEnteredBySolves } from "./departments-entered-by-solves.js";
import { departmentsEntered } from "./departments-entered.js";
import type { MarkovChain } from "./markov-chain.js";

/**
 * The revisits are exact to this share of max(1, revisits) — ten times closer than the 10⁻⁹
 * they are held to (docs/decisions/analysis.md, "The revisits' accuracy").
 */
export const REVISITS_ACCURACY = 1e-10;

/**
 * Expected department revisits per customer (|D| − |set(D)|), exact:
 * E[revisits] = E[runs] − E[distinct departments] = 1 + E[hand-offs] − Σ_d P(ever enter d),
 * the hitting probabilities of all departments solved side by side (`departmentsEntered`), or
 * department by department where that does not converge.
 *
 * The sweeps stop when the error of Σ_d P(ever enter d) is at most `REVISITS_ACCURACY` ×
 * max(1, 1 + E[hand-offs] − |D|): the revisits are at least 1 + E[hand-offs] − |D| (no
 * P(ever enter d) exceeds 1), so that is at most `REVISITS_ACCURACY` × max(1, revisits).
 *
 * @example
 * // desk → lab → desk → done (each with probability 1): runs desk, lab, desk → 1 revisit
 * expectedRevisits(chain, expectedVisits(chain), 2); // 1
 */
export function expectedRevisits(chain: MarkovChain, visits: Float64Array, handoffs: number): number {
  const accuracy = REVISITS_ACCURACY * Math.max(1, 1 + handoffs - chain.departments.length);
  const entered = departmentsEntered(chain, visits, accuracy) ?? departmentsEnteredBySolves(chain, visits);
  // Rounding can leave a hair below zero on journeys that never revisit.
  return Math.max(0, 1 + handoffs - entered);
}
