import type { Selection } from "d3";
import { colours } from "./colours.js";
import type { JourneyMark } from "./journey-marks.js";

/** What each mark is called in a visit's tooltip. */
export const MARK_LABEL: Readonly<Record<JourneyMark, string>> = { handoff: "hand-off", "ping-pong": "ping-pong", revisit: "revisit", repeat: "repeat" };

/**
 * Draws a visit's dot of radius `r` into `g` with its marks around it, scaled to the dot: a
 * wine diamond for a ping-pong, a wine ring for a revisit, a square for a repeat. The
 * same marks on the model's wander line and on an observed case.
 *
 * @example
 * drawVisitMarks(svg.append("g"), { x: 40, y: 20, marks: ["handoff", "revisit"] }, 4.5);
 */
export function drawVisitMarks(g: Selection<SVGGElement, unknown, null, undefined>, p: { x: number; y: number; marks: readonly JourneyMark[] }, r: number): void {
  const diamond = 2.5 * r;
  if (p.marks.includes("ping-pong"))
    g.append("path")
      .attr("class", "hukka-mark-ping-pong")
      .attr("d", `M${p.x},${p.y - diamond}L${p.x + diamond},${p.y}L${p.x},${p.y + diamond}L${p.x - diamond},${p.y}z`)
      .attr("fill", colours.pingPong);
  if (p.marks.includes("revisit"))
    g.append("circle")
      .attr("class", "hukka-mark-revisit")
      .attr("cx", p.x)
      .attr("cy", p.y)
      .attr("r", 1.8 * r)
      .attr("fill", "none")
      .attr("stroke", colours.pingPong)
      .attr("stroke-width", (2 * r) / 3);
  if (p.marks.includes("repeat"))
    g.append("rect")
      .attr("class", "hukka-mark-repeat")
      .attr("x", p.x - 1.35 * r)
      .attr("y", p.y - 1.35 * r)
      .attr("width", 2.7 * r)
      .attr("height", 2.7 * r)
      .attr("fill", "none")
      .attr("stroke", colours.ink)
      .attr("stroke-width", 1.5);
  g.append("circle").attr("cx", p.x).attr("cy", p.y).attr("r", r).attr("fill", colours.wander).attr("stroke", "#fff");
}
