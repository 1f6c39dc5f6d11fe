import type { ChainJourney } from "./likely-journeys.js";
import type { MarkovChain } from "./markov-chain.js";
import { modelJourney } from "./model-journey.js";
import type { IdealRoute, WanderPath } from "./report.js";
import { wanderMetrics } from "./wander-metrics.js";

/**
 * The journeys that wander — a ping-pong, a revisit, or more hand-offs than the
 * ideal route from their entry — ranked by lostMinutes = probability × excessMinutes, largest
 * first (ties keep the candidates' order, most likely first), at most `limit`. A journey from
 * an entry without a resolved outcome has no excess minutes, hence no lost minutes to rank:
 * it is left out. Candidates are screened on department indices; only the chosen become
 * full journeys.
 *
 * @example
 * wanderPaths(chain, likelyJourneys(chain, { limit: 1000, budget: 100_000 }).journeys, idealRoutes(chain), 10);
 * // [{ path: ["a", "b", "a", "b", "done"], pingPongs: 2, lostMinutes: 3.5, … }, …]
 */
export function wanderPaths(
  chain: MarkovChain,
  candidates: readonly ChainJourney[],
  ideal: readonly IdealRoute[],
  limit: number,
): WanderPath[] {
  const routes = new Map(ideal.map((r) => [r.entry, r] as const));
  const ranked: { journey: ChainJourney; lost: number; ideal: number }[] = [];
  for (const journey of candidates) {
    const route = routes.get(chain.ids[journey.touchpoints[0]!]!);
    if (!route || route.minutes === null) continue;
    const departments = Array.from(journey.touchpoints, (t) => chain.department[t]!);
    const wander = wanderMetrics(journey.touchpoints, departments);
    if (wander.pingPongs === 0 && wander.revisits === 0 && wander.handoffs <= route.handoffs!) continue;
    let minutes = 0;
    journey.touchpoints.forEach((t, k) => {
      const e = journey.edges[k]!;
      minutes += chain.minutes[t]! + (e === -1 ? 0 : chain.wait[e]!);
    });
    ranked.push({ journey, lost: journey.probability * (minutes - route.minutes), ideal: route.minutes });
  }
  return ranked
    .sort((a, b) => b.lost - a.lost)
    .slice(0, limit)
    .map(({ journey, ideal }) => {
      const path = modelJourney(chain, journey, ideal);
      return { ...path, lostMinutes: path.probability * path.excessMinutes! };
    });
}
