import { fastestRoutes, type FastestRoutes } from "./fastest-routes.js";
import type { ChainJourney } from "./likely-journeys.js";
import { RESOLVED, type MarkovChain } from "./markov-chain.js";
import type { IdealRoute } from "./report.js";

/**
 * What a journey is held against: the minutes and hand-offs of the ideal route.
 *
 * @example
 * const ideal: JourneyIdeal = { idealMinutes: 4372, idealHandoffs: 1 };
 */
export interface JourneyIdeal {
  idealMinutes: number;
  idealHandoffs: number | null;
}

/**
 * The ideal of each journey, in order. A journey ending in a `resolved` outcome
 * is held against the fastest route from its entry to **that same outcome** (at equal minutes,
 * fewer hand-offs); one ending `abandoned` bought nothing with its time: ideal 0 minutes, and
 * the hand-offs of its entry's ideal route to any resolved outcome (`null` when there is none).
 *
 * One Dijkstra per distinct entry (forward) or per distinct resolved outcome (backward),
 * whichever is fewer among the journeys — a model with three entries and two thousand outcomes
 * costs three runs — each stopped once the outcomes (or entries) its journeys need are settled.
 *
 * @example
 * journeyIdeals(chain, likelyJourneys(chain, options).journeys, idealRoutes(chain));
 * // [{ idealMinutes: 4372, idealHandoffs: 1 }, { idealMinutes: 0, idealHandoffs: 1 }, …]
 */
export function journeyIdeals(
  chain: MarkovChain,
  journeys: readonly ChainJourney[],
  ideal: readonly IdealRoute[],
): JourneyIdeal[] {
  const anyOutcome = new Map(ideal.map((r) => [r.entry, r.handoffs]));
  // (entry → outcomes) and (outcome → entries) of the resolved journeys
  const fromEntry = new Map<number, Set<number>>();
  const toOutcome = new Map<number, Set<number>>();
  const add = (map: Map<number, Set<number>>, key: number, value: number) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const j of journeys) {
    const last = j.touchpoints[j.touchpoints.length - 1]!;
    if (chain.outcome[last] !== RESOLVED) continue;
    add(fromEntry, j.touchpoints[0]!, last);
    add(toOutcome, last, j.touchpoints[0]!);
  }
  const forward = fromEntry.size <= toOutcome.size;
  const targets = forward ? fromEntry : toOutcome;
  const runs = new Map<number, FastestRoutes>();
  return journeys.map((j) => {
    const entry = j.touchpoints[0]!;
    const last = j.touchpoints[j.touchpoints.length - 1]!;
    if (chain.outcome[last] !== RESOLVED) {
      return { idealMinutes: 0, idealHandoffs: anyOutcome.get(chain.ids[entry]!) ?? null };
    }
    const [source, target] = forward ? [entry, last] : [last, entry];
    let routes = runs.get(source);
    if (!routes) {
      // each run stops once the journeys' own targets are settled
      routes = fastestRoutes(chain, [source], forward ? "forward" : "backward", targets.get(source));
      runs.set(source, routes);
    }
    return { idealMinutes: chain.minutes[entry]! + routes.minutes[target]!, idealHandoffs: routes.handoffs[target]! };
  });
}
