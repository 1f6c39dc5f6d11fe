import { wanderMetrics } from "../../analysis/wander-metrics.js";

/**
 * What happens at one visit of a journey.
 *
 * @example
 * journeyMarks(["call", "lab", "call2"], ["desk", "lab", "desk"])[2]; // ["handoff", "ping-pong", "revisit"]
 */
export type JourneyMark = "handoff" | "ping-pong" | "revisit" | "repeat";

/**
 * For each visit of a journey, the wandering it adds: a hand-off, a ping-pong (back to the
 * department before the last), a revisit (a department re-entered) or a repeat (a touchpoint
 * visited again). Computed as the growth of `wanderMetrics` over the journey's prefixes, so the
 * marks add up to exactly the journey's counts: one definition of wandering in hukka.
 *
 * @example
 * journeyMarks(["call", "lab", "call2"], ["desk", "lab", "desk"]);
 * // [[], ["handoff"], ["handoff", "ping-pong", "revisit"]]
 */
export function journeyMarks(path: readonly string[], departments: readonly string[]): JourneyMark[][] {
  const marks: JourneyMark[][] = [];
  let before = wanderMetrics<string, string>([], []);
  for (let i = 0; i < path.length; i++) {
    const after = wanderMetrics(path.slice(0, i + 1), departments.slice(0, i + 1));
    const m: JourneyMark[] = [];
    if (after.handoffs > before.handoffs) m.push("handoff");
    if (after.pingPongs > before.pingPongs) m.push("ping-pong");
    if (after.revisits > before.revisits) m.push("revisit");
    if (after.repeats > before.repeats) m.push("repeat");
    marks.push(m);
    before = after;
  }
  return marks;
}
