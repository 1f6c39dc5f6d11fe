import type { JourneyIdeal } from "./journey-ideals.js";
import type { ChainJourney } from "./likely-journeys.js";
import type { MarkovChain } from "./markov-chain.js";
import { modelJourney } from "./model-journey.js";
import type { WanderPath } from "./report.js";
import { wanderMetrics } from "./wander-metrics.js";

/**
 * The journeys that wander — a ping-pong, a revisit, or more hand-offs than their
 * `idealHandoffs` — ranked by lostMinutes = probability × excessMinutes, largest first (ties
 * keep the candidates' order, most likely first), at most `limit`. `ideals[i]` is the ideal of
 * `candidates[i]` (`journeyIdeals`). Candidates are screened on department indices; only the
 * chosen become full journeys.
 *
 * @example
 * const candidates = likelyJourneys(chain, { limit: 1000, budget: 100_000 }).journeys;
 * wanderPaths(chain, candidates, journeyIdeals(chain, candidates, idealRoutes(chain)), 10);
 * // [{ path: ["a", "b", "a", "b", "done"], pingPongs: 2, lostMinutes: 3.5, … }, …]
 */
export function wanderPaths(
  chain: MarkovChain,
  candidates: readonly ChainJourney[],
  ideals: readonly JourneyIdeal[],
  limit: number,
): WanderPath[] {
  const ranked: { journey: ChainJourney; lost: number; ideal: JourneyIdeal }[] = [];
  // one list of departments for every candidate, filled anew for each (a thousand are screened)
  const departments: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const journey = candidates[i]!;
    const ideal = ideals[i]!;
    const { touchpoints, edges } = journey;
    departments.length = 0;
    for (let k = 0; k < touchpoints.length; k++) departments.push(chain.department[touchpoints[k]!]!);
    const wander = wanderMetrics(touchpoints, departments);
    const moreHandoffs = ideal.idealHandoffs !== null && wander.handoffs > ideal.idealHandoffs;
    if (wander.pingPongs === 0 && wander.revisits === 0 && !moreHandoffs) continue;
    let minutes = 0;
    for (let k = 0; k < touchpoints.length; k++) {
      const e = edges[k]!;
      minutes += chain.minutes[touchpoints[k]!]! + (e === -1 ? 0 : chain.wait[e]!);
    }
    ranked.push({ journey, lost: journey.probability * Math.max(0, minutes - ideal.idealMinutes), ideal });
  }
  return ranked
    .sort((a, b) => b.lost - a.lost)
    .slice(0, limit)
    .map(({ journey, ideal }) => {
      const path = modelJourney(chain, journey, ideal);
      return { ...path, lostMinutes: path.probability * path.excessMinutes };
    });
}
