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
 * The ideal of each journey, in order. A journey ending in a `resolved` outcome is held against
 * the fastest route from its entry to **the same outcome group** (at equal minutes, fewer
 * hand-offs): any resolved outcome sharing its `group` (a mined model's history-refined
 * outcomes record how the customer got there, not a different outcome), else that outcome
 * itself. One ending `abandoned` bought nothing with its time: ideal 0 minutes, and the
 * hand-offs of its entry's ideal route to any resolved outcome (`null` when there is none).
 *
 * One Dijkstra per distinct entry (forward) or per distinct outcome group (backward, from all
 * its resolved members at once), whichever is fewer among the journeys — a model with three
 * entries and two thousand outcomes costs three runs — each stopped once the outcomes (or
 * entries) its journeys need are settled.
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
  // the resolved outcomes of each group
  const members = new Map<number, number[]>();
  for (let t = 0; t < chain.n; t++) {
    if (chain.outcome[t] !== RESOLVED) continue;
    const list = members.get(chain.group[t]!);
    if (list) list.push(t);
    else members.set(chain.group[t]!, [t]);
  }
  // (entry → outcome touchpoints) and (outcome group → entries) of the resolved journeys
  const fromEntry = new Map<number, Set<number>>();
  const toGroup = new Map<number, Set<number>>();
  const add = (map: Map<number, Set<number>>, key: number, values: Iterable<number>) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    for (const v of values) set.add(v);
  };
  for (const j of journeys) {
    const last = j.touchpoints[j.touchpoints.length - 1]!;
    if (chain.outcome[last] !== RESOLVED) continue;
    add(fromEntry, j.touchpoints[0]!, members.get(chain.group[last]!)!);
    add(toGroup, chain.group[last]!, [j.touchpoints[0]!]);
  }
  const forward = fromEntry.size <= toGroup.size;
  const runs = new Map<number, FastestRoutes>();
  const routesFrom = (key: number, sources: readonly number[], until: ReadonlySet<number> | undefined) => {
    let routes = runs.get(key);
    if (!routes) {
      // each run stops once the journeys' own targets are settled
      routes = fastestRoutes(chain, sources, forward ? "forward" : "backward", until);
      runs.set(key, routes);
    }
    return routes;
  };
  return journeys.map((j) => {
    const entry = j.touchpoints[0]!;
    const last = j.touchpoints[j.touchpoints.length - 1]!;
    if (chain.outcome[last] !== RESOLVED) {
      return { idealMinutes: 0, idealHandoffs: anyOutcome.get(chain.ids[entry]!) ?? null };
    }
    const group = chain.group[last]!;
    if (!forward) {
      const routes = routesFrom(group, members.get(group)!, toGroup.get(group));
      return { idealMinutes: chain.minutes[entry]! + routes.minutes[entry]!, idealHandoffs: routes.handoffs[entry]! };
    }
    const routes = routesFrom(entry, [entry], fromEntry.get(entry));
    // the group's fastest member: fewest minutes, then fewest hand-offs (the journey's own end is one of them)
    let best = last;
    for (const t of members.get(group)!) {
      const [m, b] = [routes.minutes[t]!, routes.minutes[best]!];
      if (m < b || (m === b && routes.handoffs[t]! < routes.handoffs[best]!)) best = t;
    }
    return { idealMinutes: chain.minutes[entry]! + routes.minutes[best]!, idealHandoffs: routes.handoffs[best]! };
  });
}
