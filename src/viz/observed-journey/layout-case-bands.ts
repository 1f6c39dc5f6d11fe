import type { ObservedCustomerJourney } from "../../log-report/observed-customer-journey.js";
import { fitText } from "../svg/fit-text.js";
import type { ObservedPoint } from "./layout-observed-journey.js";

/**
 * One case of a customer journey as a band: from its first event to its last on the wander
 * line, in the first row (`track`) where it overlaps no other band, so that cases open at the
 * same time sit one above the other.
 *
 * @example
 * layoutCaseBands(points, journey)[1]; // { case: "K1", return: false, x: 180, width: 64, track: 1, label: "K1" }
 */
export interface CaseBand {
  case: string;
  return: boolean;
  x: number;
  width: number;
  track: number;
  /** The case name fitted to the band, or null where it does not fit. */
  label: string | null;
}

/** Pixels a band reaches past its first and last event. */
const PAD = 7;

/**
 * Places a band per case of the journey under the points of its events (`points[i]` is the
 * journey's event `i`). Inputs are not modified.
 *
 * @example
 * const line = layoutObservedJourney(journey);
 * layoutCaseBands(line.points, journey).map((b) => b.track); // [0, 1, 0]
 */
export function layoutCaseBands(points: readonly Pick<ObservedPoint, "x">[], journey: Pick<ObservedCustomerJourney, "cases" | "events">, fontSize = 10.5): CaseBand[] {
  const left = journey.cases.map(() => Infinity);
  const right = journey.cases.map(() => -Infinity);
  journey.events.forEach((e, i) => {
    const x = points[i]?.x;
    if (x === undefined) return;
    left[e.caseIndex] = Math.min(left[e.caseIndex]!, x);
    right[e.caseIndex] = Math.max(right[e.caseIndex]!, x);
  });
  const trackEnds: number[] = [];
  return journey.cases.map((c, k) => {
    const x = left[k]! - PAD;
    const width = Math.max(2 * PAD, right[k]! - left[k]! + 2 * PAD);
    let track = trackEnds.findIndex((end) => end + 2 <= x);
    if (track < 0) track = trackEnds.push(x + width) - 1;
    else trackEnds[track] = x + width;
    const name = c.return ? `↩ ${c.case}` : c.case;
    const label = fitText(name, width - 4, fontSize, 1)[0] ?? null;
    return { case: c.case, return: c.return, x, width, track, label: label === "" ? null : label };
  });
}
