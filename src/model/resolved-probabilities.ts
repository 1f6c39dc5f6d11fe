import { probabilitySplit } from "./probability-split.js";
import type { Service } from "./types.js";

/**
 * The probability of every transition, in the order of `service.transitions`, by the rule of
 * `probabilitySource` (given probabilities, else volume shares, else uniform): the numbers of
 * `transitionProbabilities` without its warnings. The visualiser uses this one directly because
 * the warnings' wording pulls the zod schemas (450 kB) into the browser bundle.
 *
 * @example
 * resolvedProbabilities(service); // [0.7, 0.3, 1]
 */
export function resolvedProbabilities(service: Service): number[] {
  return probabilitySplit(service).probabilities;
}
