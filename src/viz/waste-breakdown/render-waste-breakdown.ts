import { appendDiagramSvg } from "../svg/append-diagram-svg.js";
import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { colours } from "../svg/colours.js";
import {
  layoutWasteBreakdown,
  type WasteBreakdownLayout,
  type WasteBreakdownLayoutOptions,
} from "./layout-waste-breakdown.js";

/**
 * Draws the waste breakdown (see `layoutWasteBreakdown`): expected waste minutes per customer by
 * category and by department, as bars. Returns the `svg[data-hukka="waste-breakdown"]`; bars
 * carry `data-category` or `data-department`.
 *
 * @example
 * renderWasteBreakdown(panel, service, analyse(service));
 */
export function renderWasteBreakdown(
  container: Element,
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: Partial<WasteBreakdownLayoutOptions> = {},
): SVGSVGElement {
  return drawWasteBreakdown(container, layoutWasteBreakdown(service, report, options));
}

/**
 * Draws a ready layout; `renderWasteBreakdown` is this after `layoutWasteBreakdown`.
 *
 * @example
 * drawWasteBreakdown(panel, layoutWasteBreakdown(service, report, { barWidth: 480 }));
 */
export function drawWasteBreakdown(container: Element, layout: WasteBreakdownLayout): SVGSVGElement {
  const o = layout.options;
  const svg = appendDiagramSvg(container, {
    hook: "waste-breakdown",
    width: layout.width,
    height: layout.height,
    role: "img",
    label: "Waste breakdown by category and by department",
    title: false,
    fontSize: o.fontSize,
  });
  layout.groups.forEach((group, gi) => {
    const g = svg.append("g").attr("data-group", gi === 0 ? "category" : "department");
    g.append("text")
      .attr("x", 0)
      .attr("y", group.y + 18)
      .attr("font-weight", 600)
      .attr("font-size", o.fontSize + 1)
      .attr("fill", colours.ink)
      .text(group.title);
    if (group.bars.length === 0)
      g.append("text").attr("x", 0).attr("y", group.y + 28 + o.fontSize + 2).attr("fill", colours.muted).text("no waste");
    for (const bar of group.bars) {
      const b = g.append("g").attr(gi === 0 ? "data-category" : "data-department", bar.key);
      b.append("title").text(`${bar.name}: ${bar.valueLabel}`);
      b.append("text")
        .attr("x", bar.labelBox.x + bar.labelBox.width)
        .attr("y", bar.labelBox.y + o.fontSize)
        .attr("text-anchor", "end")
        .attr("fill", colours.ink)
        .text(bar.label[0] ?? "");
      b.append("rect")
        .attr("x", bar.x)
        .attr("y", bar.y)
        .attr("width", Math.round(bar.width * 10) / 10)
        .attr("height", bar.height)
        .attr("fill", colours.waste);
      b.append("text")
        .attr("x", bar.valueBox.x)
        .attr("y", bar.valueBox.y + o.fontSize)
        .attr("fill", colours.muted)
        .text(bar.valueLabel);
    }
  });
  return svg.node() as SVGSVGElement;
}
