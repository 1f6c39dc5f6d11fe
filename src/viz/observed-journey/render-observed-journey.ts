import { appendDiagramSvg } from "../svg/append-diagram-svg.js";
import type { ObservedJourney } from "../../log-report/observed-journeys.js";
import { colours } from "../svg/colours.js";
import { drawVisitMarks, MARK_LABEL } from "../svg/draw-visit-marks.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { layoutObservedJourney, type ObservedJourneyLayout, type ObservedJourneyLayoutOptions } from "./layout-observed-journey.js";

/**
 * Options of `renderObservedJourney`: the layout's sizes and a title.
 *
 * @example
 * renderObservedJourney(element, journey, { title: "Case 1-504538555" });
 */
export interface ObservedJourneyOptions extends Partial<ObservedJourneyLayoutOptions> {
  /** Accessible title; defaults to "Observed journey". */
  title?: string;
}

/**
 * Draws one observed case (see `layoutObservedJourney`) with d3 into `container` and returns the
 * `svg[data-hukka="observed-journey"]`: lanes `[data-department]`, events `[data-event="i"]`,
 * ping-pongs, revisits and repeats marked as on the model's wander line (`drawVisitMarks`).
 * Every user string is set as text or as an attribute value.
 *
 * @example
 * renderObservedJourney(panel, observedJourneys(log).wanderers[0]);
 */
export function renderObservedJourney(
  container: Element,
  journey: Pick<ObservedJourney, "events">,
  options: ObservedJourneyOptions = {},
): SVGSVGElement {
  const { title, ...layoutOptions } = options;
  return drawObservedJourney(container, layoutObservedJourney(journey, layoutOptions), title ?? "Observed journey");
}

/**
 * Draws a ready layout; `renderObservedJourney` is this after `layoutObservedJourney`.
 *
 * @example
 * drawObservedJourney(panel, layoutObservedJourney(journey, { span: 900 }), "Case A");
 */
export function drawObservedJourney(container: Element, layout: ObservedJourneyLayout, title: string): SVGSVGElement {
  const o = layout.options;
  const svg = appendDiagramSvg(container, {
    hook: "observed-journey",
    className: "hukka-observed-journey",
    width: layout.width,
    height: layout.height,
    role: "img",
    label: title,
    fontSize: o.fontSize,
  });
  layout.lanes.forEach((lane, row) => {
    const g = svg.append("g").attr("data-department", lane.department);
    g.append("rect")
      .attr("x", 0)
      .attr("y", lane.y)
      .attr("width", layout.width)
      .attr("height", lane.height)
      .attr("fill", row % 2 ? colours.backstage : colours.frontstage)
      .attr("stroke", colours.rule)
      .attr("stroke-width", 0.5);
    lane.label.forEach((line, k) =>
      g
        .append("text")
        .attr("x", lane.labelBox.x)
        .attr("y", lane.labelBox.y + (k + 0.8) * (o.fontSize + 0.5) * 1.25)
        .attr("font-weight", 600)
        .attr("font-style", lane.department === "" ? "italic" : null)
        .attr("fill", colours.ink)
        .text(line),
    );
  });
  svg
    .append("path")
    .attr("class", "hukka-wander-path")
    .attr("d", layout.path)
    .attr("fill", "none")
    .attr("stroke", colours.wander)
    .attr("stroke-width", 2.5)
    .attr("stroke-linejoin", "round");
  for (const p of layout.points) {
    const g = svg
      .append("g")
      .attr("class", "hukka-visit")
      .attr("data-event", p.index)
      .attr("data-marks", p.marks.join(" ") || null);
    const when = p.index === 0 ? "start" : `+${formatDuration(p.elapsed)}`;
    g.append("title").text([p.activity, p.department ?? "no department", when, ...p.marks.map((m) => MARK_LABEL[m])].join(" · "));
    drawVisitMarks(g, p, 4);
    if (p.label && p.labelBox)
      g.append("text")
        .attr("class", "hukka-activity")
        .attr("x", p.labelBox.x + p.labelBox.width / 2)
        .attr("y", p.labelBox.y + o.fontSize)
        .attr("text-anchor", "middle")
        .attr("fill", colours.ink)
        .text(p.label);
    if (p.timeLabel && p.timeBox)
      g.append("text")
        .attr("class", "hukka-elapsed")
        .attr("x", p.x)
        .attr("y", p.timeBox.y + o.fontSize)
        .attr("text-anchor", "middle")
        .attr("fill", colours.muted)
        .text(p.timeLabel);
  }
  return svg.node() as SVGSVGElement;
}
