import { appendDiagramSvg } from "../svg/append-diagram-svg.js";
import type { Service } from "../../model/types.js";
import { colours } from "../svg/colours.js";
import { drawVisitMarks, MARK_LABEL } from "../svg/draw-visit-marks.js";
import { layoutWanderLine, type WanderLineLayout, type WanderLineLayoutOptions } from "./layout-wander-line.js";

/**
 * Options of `renderWanderLine`: the layout's sizes and a title.
 *
 * @example
 * renderWanderLine(element, service, journey, { title: "The longest trip" });
 */
export interface WanderLineOptions extends Partial<WanderLineLayoutOptions> {
  /** Accessible title; defaults to "Wander line". */
  title?: string;
}

const LANE_FILL = { frontstage: colours.frontstage, backstage: colours.backstage, support: colours.support } as const;

/**
 * Draws one journey as a wander line (see `layoutWanderLine`) with d3 into `container` and
 * returns the `svg[data-hukka="wander-line"]`. Visits carry `data-visit="i"` and
 * `data-touchpoint`; ping-pongs are marked with a wine diamond, revisits with a wine
 * ring, repeats with a square.
 *
 * @example
 * renderWanderLine(panel, service, report.wanderPaths[0]);
 */
export function renderWanderLine(
  container: Element,
  service: Service,
  journey: { path: readonly string[] },
  options: WanderLineOptions = {},
): SVGSVGElement {
  const { title, ...layoutOptions } = options;
  return drawWanderLine(container, layoutWanderLine(service, journey, layoutOptions), title ?? "Wander line");
}

/**
 * Draws a ready layout; `renderWanderLine` is this after `layoutWanderLine`.
 *
 * @example
 * drawWanderLine(panel, layoutWanderLine(service, journey, { step: 160 }), "Journey 1");
 */
export function drawWanderLine(container: Element, layout: WanderLineLayout, title: string): SVGSVGElement {
  const o = layout.options;
  const svg = appendDiagramSvg(container, {
    hook: "wander-line",
    className: "hukka-wander-line",
    width: layout.width,
    height: layout.height,
    role: "img",
    label: title,
    fontSize: o.fontSize,
  });
  for (const lane of layout.lanes) {
    const g = svg.append("g").attr("data-department", lane.department);
    g.append("rect")
      .attr("x", 0)
      .attr("y", lane.y)
      .attr("width", layout.width)
      .attr("height", lane.height)
      .attr("fill", LANE_FILL[lane.lane])
      .attr("stroke", colours.rule)
      .attr("stroke-width", 0.5);
    lane.label.forEach((line, k) =>
      g
        .append("text")
        .attr("x", lane.labelBox.x)
        .attr("y", lane.labelBox.y + (k + 0.8) * (o.fontSize + 1) * 1.25)
        .attr("font-size", o.fontSize + 1)
        .attr("font-weight", 600)
        .attr("fill", colours.ink)
        .text(line),
    );
  }
  const rows = layout.rows;
  const lineHeight = o.fontSize * 1.25;
  for (const [y, text] of [
    [rows.axis + o.fontSize, "wait before the visit"],
    [rows.axis + o.fontSize + lineHeight, "(bar width ∝ √time)"],
    [rows.names + o.fontSize, "touchpoint"],
    [rows.minutes + o.fontSize, "time at the visit"],
  ] as const)
    svg.append("text").attr("class", "hukka-axis-label").attr("x", 10).attr("y", y).attr("fill", colours.muted).text(text);
  const first = layout.points[0];
  const last = layout.points[layout.points.length - 1];
  if (first && last)
    svg
      .append("line")
      .attr("class", "hukka-time-axis")
      .attr("x1", first.x)
      .attr("x2", last.x)
      .attr("y1", rows.axis + lineHeight + 6)
      .attr("y2", rows.axis + lineHeight + 6)
      .attr("stroke", colours.rule);
  for (const p of layout.points)
    svg
      .append("line")
      .attr("class", "hukka-guide")
      .attr("x1", p.x)
      .attr("x2", p.x)
      .attr("y1", p.y)
      .attr("y2", rows.names - 2)
      .attr("stroke", colours.rule)
      .attr("stroke-dasharray", "2 3");
  svg
    .append("path")
    .attr("class", "hukka-wander-path")
    .attr("d", layout.path)
    .attr("fill", "none")
    .attr("stroke", colours.wander)
    .attr("stroke-width", 3)
    .attr("stroke-linejoin", "round");
  for (const s of layout.segments) {
    if (!s.waitLabel || !s.waitBox || !s.waitBar) continue;
    svg
      .append("rect")
      .attr("class", "hukka-wait-bar")
      .attr("data-segment", s.index)
      .attr("x", s.waitBar.x)
      .attr("y", s.waitBar.y)
      .attr("width", s.waitBar.width)
      .attr("height", s.waitBar.height)
      .attr("rx", 2)
      .attr("fill", colours.waste);
    svg
      .append("text")
      .attr("class", "hukka-wait")
      .attr("data-segment", s.index)
      .attr("x", s.waitBox.x + s.waitBox.width / 2)
      .attr("y", s.waitBox.y + o.fontSize)
      .attr("text-anchor", "middle")
      .attr("fill", colours.waste)
      .text(s.waitLabel);
  }
  for (const p of layout.points) {
    const g = svg
      .append("g")
      .attr("class", "hukka-visit")
      .attr("data-visit", p.index)
      .attr("data-touchpoint", p.id)
      .attr("data-marks", p.marks.join(" ") || null);
    g.append("title").text(
      [p.name, ...p.marks.map((m) => MARK_LABEL[m])].join(" · "),
    );
    drawVisitMarks(g, p, 4.5);
    p.label.forEach((line, k) =>
      g
        .append("text")
        .attr("class", "hukka-visit-label")
        .attr("x", p.x)
        .attr("y", p.labelBox.y + o.fontSize + k * lineHeight)
        .attr("text-anchor", "middle")
        .attr("fill", colours.ink)
        .text(line),
    );
    g.append("text")
      .attr("class", "hukka-visit-minutes")
      .attr("x", p.x)
      .attr("y", p.minutesBox.y + o.fontSize)
      .attr("text-anchor", "middle")
      .attr("fill", colours.muted)
      .text(p.minutesLabel);
  }
  return svg.node() as SVGSVGElement;
}
