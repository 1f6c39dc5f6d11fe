import { journeyMetrics, type JourneyVisit } from "./journey-metrics.js";
import type { JourneyIdeal } from "./journey-ideals.js";
import type { ChainJourney } from "./likely-journeys.js";
import { RESOLVED, type MarkovChain } from "./markov-chain.js";
import type { Journey } from "./report.js";

/**
 * A journey of the model with its metrics (`journeyMetrics`, the same code as for observed
 * journeys), its probability, its outcome and the ideal it is held against (`journeyIdeals`).
 *
 * @example
 * modelJourney(chain, likelyJourneys(chain, options).journeys[0], { idealMinutes: 4372, idealHandoffs: 1 });
 * // { path: ["call", "gp", "done"], probability: 0.7, minutes: 4372, idealMinutes: 4372, excessMinutes: 0, … }
 */
export function modelJourney(chain: MarkovChain, journey: ChainJourney, ideal: JourneyIdeal): Journey {
  const visits: JourneyVisit[] = Array.from(journey.touchpoints, (t, k) => {
    const e = journey.edges[k]!;
    return {
      touchpoint: chain.ids[t]!,
      department: chain.departments[chain.department[t]!]!,
      valueMinutes: chain.valueMinutes[t]!,
      necessaryMinutes: chain.necessaryMinutes[t]!,
      wasteMinutes: chain.wasteMinutes[t]!,
      cost: chain.cost[t]!,
      wasteCost: chain.wasteCost[t]!,
      wait: e === -1 ? 0 : chain.wait[e]!,
      failure: e !== -1 && chain.failure[e] === 1,
    };
  });
  const last = journey.touchpoints[journey.touchpoints.length - 1]!;
  const metrics = journeyMetrics(visits, { idealMinutes: ideal.idealMinutes });
  return {
    ...metrics,
    idealMinutes: ideal.idealMinutes,
    idealHandoffs: ideal.idealHandoffs,
    excessMinutes: metrics.excessMinutes!,
    probability: journey.probability,
    outcome: chain.outcome[last] === RESOLVED ? "resolved" : "abandoned",
  };
}
