import type { IdealRoute, Journey, WanderPath } from "./report.js";

/**
 * The journeys that wander (DESIGN §4) — a ping-pong, a revisit, or more hand-offs than the
 * ideal route from their entry — ranked by lostMinutes = probability × excessMinutes, largest
 * first (ties keep the journeys' order), at most `limit`. A journey from an entry without a
 * resolved outcome has no excess minutes, so it has no lost minutes to rank and is left out.
 *
 * @example
 * wanderPaths(journeys, ideal, 10)[0]; // { path: ["call", "lab", "call", "done"], lostMinutes: 12.5, … }
 */
export function wanderPaths(journeys: readonly Journey[], ideal: readonly IdealRoute[], limit: number): WanderPath[] {
  const idealHandoffs = new Map(ideal.map((r) => [r.entry, r.handoffs] as const));
  return journeys
    .filter((j) => {
      if (j.excessMinutes === null) return false;
      const handoffs = idealHandoffs.get(j.path[0]!) ?? null;
      return j.pingPongs > 0 || j.revisits > 0 || (handoffs !== null && j.handoffs > handoffs);
    })
    .map((j) => ({ ...j, lostMinutes: j.probability * j.excessMinutes! }))
    .sort((a, b) => b.lostMinutes - a.lostMinutes)
    .slice(0, limit);
}
