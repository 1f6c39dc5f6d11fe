import { select } from "d3";
import { appendDiagramSvg } from "../svg/append-diagram-svg.js";
import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { colours } from "../svg/colours.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { foldGroups } from "./fold-groups.js";
import type { BlueprintLayout, BlueprintLayoutOptions, BlueprintLink, BlueprintNode } from "./blueprint-layout.js";
import { layoutBlueprint } from "./layout-blueprint.js";

/**
 * Options of `renderBlueprint`: the layout's sizes and a title.
 *
 * @example
 * renderBlueprint(element, service, report, { title: "The referral today", nodeWidth: 200 });
 */
export interface BlueprintOptions extends Partial<BlueprintLayoutOptions> {
  /** Accessible title of the diagram; defaults to the service's name. */
  title?: string;
}

const LANE_FILL = { frontstage: colours.frontstage, backstage: colours.backstage, support: colours.support } as const;
const LINE_HEIGHT = 1.25;
const r = (x: number) => Math.round(x * 10) / 10;

/**
 * Draws the service blueprint of `layoutBlueprint` (touchpoints of one group folded into one box,
 * see `foldGroups`) with d3 into `container` (an element of the
 * browser's DOM, or of linkedom's in Node) and returns the `svg[data-hukka="blueprint"]`.
 * Lanes carry `data-department`, nodes `data-touchpoint` (focusable, with an `aria-label`), links
 * `data-from` / `data-to`. Every user string is set as text or as an attribute value.
 *
 * @example
 * const svg = renderBlueprint(document.querySelector("#app"), service, analyse(service));
 * svg.querySelectorAll("[data-touchpoint]").length; // service.touchpoints.length
 */
export function renderBlueprint(
  container: Element,
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: BlueprintOptions = {},
): SVGSVGElement {
  const { title, ...layoutOptions } = options;
  // a group of history-refined touchpoints is one box
  const folded = foldGroups(service, report);
  return drawBlueprint(container, layoutBlueprint(folded.service, folded.report, layoutOptions), title ?? service.name ?? service.id);
}

/**
 * Draws a ready layout; `renderBlueprint` is this after `layoutBlueprint`. Use it to adjust the
 * layout (or draw one layout twice) before drawing.
 *
 * @example
 * const layout = layoutBlueprint(service, report, { nodeWidth: 200 });
 * drawBlueprint(document.body, layout, "Referral"); // <svg data-hukka="blueprint" …>
 */
export function drawBlueprint(container: Element, layout: BlueprintLayout, title: string): SVGSVGElement {
  const o = layout.options;
  const svg = appendDiagramSvg(container, {
    hook: "blueprint",
    className: "hukka-blueprint",
    width: r(layout.width),
    height: r(layout.height),
    role: "group",
    label: `Service blueprint: ${title}`,
    fontSize: o.fontSize,
  });
  const defs = svg.append("defs");
  for (const [id, colour] of [["link", colours.link], ["handoff", colours.handoff], ["highlight", colours.highlight]]) {
    defs
      .append("marker")
      .attr("id", `hukka-arrow-${id}`)
      .attr("viewBox", "0 0 10 10")
      .attr("refX", 9)
      .attr("refY", 5)
      .attr("markerWidth", 9)
      .attr("markerHeight", 9)
      .attr("markerUnits", "userSpaceOnUse")
      .attr("orient", "auto")
      .append("path")
      .attr("d", "M0,0L10,5L0,10z")
      .attr("fill", colour!);
  }
  const viewport = svg.append("g").attr("class", "hukka-viewport");

  const lanes = viewport.append("g").attr("class", "hukka-lanes");
  for (const lane of layout.lanes) {
    const g = lanes.append("g").attr("class", "hukka-lane").attr("data-department", lane.department).attr("data-lane", lane.lane);
    g.append("rect")
      .attr("x", 0)
      .attr("y", r(lane.y))
      .attr("width", r(lane.width))
      .attr("height", r(lane.height))
      .attr("fill", LANE_FILL[lane.lane])
      .attr("stroke", colours.rule)
      .attr("stroke-width", 0.5);
    lane.label.forEach((line, k) =>
      g
        .append("text")
        .attr("class", "hukka-lane-label")
        .attr("x", r(lane.labelBox.x))
        .attr("y", r(lane.labelBox.y + k * o.fontSize * LINE_HEIGHT + o.fontSize))
        .attr("font-weight", 600)
        .attr("fill", colours.ink)
        .text(line),
    );
    g.append("text")
      .attr("class", "hukka-lane-kind")
      .attr("x", r(lane.labelBox.x))
      .attr("y", r(lane.labelBox.y + lane.labelBox.height + o.detailFontSize * LINE_HEIGHT))
      .attr("font-size", o.detailFontSize)
      .attr("fill", colours.muted)
      .text(lane.lane);
    g.append("text")
      .attr("class", "hukka-lane-waste")
      .attr("x", r(lane.labelBox.x))
      .attr("y", r(lane.labelBox.y + lane.labelBox.height + 2 * o.detailFontSize * LINE_HEIGHT))
      .attr("font-size", o.detailFontSize)
      .attr("fill", lane.wasteShare > 0 ? colours.waste : colours.muted)
      .text(lane.wasteLabel);
  }

  const lines = viewport.append("g").attr("class", "hukka-lines");
  for (const line of layout.lines) {
    const g = lines.append("g").attr("data-line", line.kind);
    g.append("line")
      .attr("x1", r(line.x1))
      .attr("x2", r(line.x2))
      .attr("y1", r(line.y))
      .attr("y2", r(line.y))
      .attr("stroke", colours.ink)
      .attr("stroke-width", 1.5)
      .attr("stroke-dasharray", line.kind === "visibility" ? "8 4" : "2 3");
    g.append("text")
      .attr("x", r(line.labelBox.x))
      .attr("y", r(line.labelBox.y + o.detailFontSize))
      .attr("font-size", o.detailFontSize)
      .attr("font-style", "italic")
      .attr("fill", colours.ink)
      .text(line.label);
  }

  const links = viewport.append("g").attr("class", "hukka-links").attr("fill", "none");
  for (const link of layout.links) drawLink(links.append("path"), link);

  const nodes = viewport.append("g").attr("class", "hukka-nodes");
  for (const node of layout.nodes) drawNode(nodes.append("g"), node, layout);

  const legend = svg.append("g").attr("class", "hukka-legend").attr("font-size", o.detailFontSize);
  for (const item of layout.legend) {
    const g = legend.append("g").attr("data-legend", item.kind);
    const s = item.swatch;
    if (item.kind === "value" || item.kind === "necessary" || item.kind === "waste") {
      g.append("rect").attr("x", r(s.x)).attr("y", r(s.y)).attr("width", s.width).attr("height", s.height).attr("fill", colours[item.kind]);
    } else {
      g.append("line")
        .attr("x1", r(s.x))
        .attr("x2", r(s.x + s.width))
        .attr("y1", r(s.y + s.height / 2))
        .attr("y2", r(s.y + s.height / 2))
        .attr("stroke", item.kind === "handoff" ? colours.handoff : colours.link)
        .attr("stroke-width", 3)
        .attr("stroke-dasharray", item.kind === "failure" ? "6 3" : item.kind === "no-flow" ? "1 3" : null);
    }
    g.append("text")
      .attr("x", r(item.labelBox.x))
      .attr("y", r(item.labelBox.y + o.detailFontSize))
      .attr("fill", colours.ink)
      .text(item.label);
  }
  return svg.node() as SVGSVGElement;
}

function drawLink(path: ReturnType<typeof select<SVGPathElement, unknown>>, link: BlueprintLink) {
  const kind = link.handoff ? "handoff" : "link";
  path
    .attr("class", link.handoff ? "hukka-link hukka-handoff" : "hukka-link")
    .attr("data-from", link.from)
    .attr("data-to", link.to)
    .attr("data-kind", link.kind)
    .attr("data-handoff", link.handoff ? "" : null)
    .attr("data-failure", link.failure ? "" : null)
    .attr("d", link.path)
    .attr("stroke", colours[kind])
    .attr("stroke-opacity", 0.55)
    .attr("stroke-width", r(link.width))
    .attr("stroke-dasharray", link.failure ? "6 3" : link.flow > 0 ? null : "1 3")
    .attr("marker-end", `url(#hukka-arrow-${kind})`);
  const wait = link.waitText !== null ? ` · wait ${link.waitText}` : "";
  path
    .append("title")
    .text(
      `${link.fromName} → ${link.toName}: ${Math.round(link.probability * 1000) / 10}%, ${Math.round(link.flow * 1000) / 1000} per customer${wait}${link.handoff ? " · hand-off" : ""}${link.failure ? " · failure demand" : ""}`,
    );
}

function drawNode(g: ReturnType<typeof select<SVGGElement, unknown>>, node: BlueprintNode, layout: BlueprintLayout) {
  const o = layout.options;
  g.attr("class", "hukka-node")
    .attr("data-touchpoint", node.id)
    .attr("data-department", node.department)
    .attr("tabindex", 0)
    .attr("role", "img")
    .attr("aria-label", nodeDescription(node));
  g.append("title").text(node.name);
  g.append("rect")
    .attr("class", "hukka-node-box")
    .attr("x", r(node.x))
    .attr("y", r(node.y))
    .attr("width", node.width)
    .attr("height", node.height)
    .attr("rx", node.outcome ? node.height / 2.4 : 6)
    .attr("fill", "#FFFFFF")
    .attr("stroke", node.outcome === "resolved" ? colours.resolved : node.outcome === "abandoned" ? colours.abandoned : colours.ink)
    .attr("stroke-width", node.outcome ? 2 : 1)
    .attr("stroke-dasharray", node.reachable ? null : "4 3");
  if (node.entry) {
    const cy = node.y + node.height / 2;
    g.append("path")
      .attr("class", "hukka-entry")
      .attr("d", `M${r(node.x - 10)},${r(cy - 7)}L${r(node.x - 1)},${r(cy)}L${r(node.x - 10)},${r(cy + 7)}z`)
      .attr("fill", colours.ink);
  }
  node.label.forEach((line, k) =>
    g
      .append("text")
      .attr("class", "hukka-node-label")
      .attr("x", r(node.labelBox.x))
      .attr("y", r(node.labelBox.y + k * o.fontSize * LINE_HEIGHT + o.fontSize))
      .attr("fill", colours.ink)
      .text(line),
  );
  // An outcome has no steps: no bar, only its share of customers.
  if (!node.outcome) {
    g.append("rect")
      .attr("x", r(node.bar.x))
      .attr("y", r(node.bar.y))
      .attr("width", r(node.bar.width))
      .attr("height", node.bar.height)
      .attr("fill", "#E6E8EB");
  }
  for (const s of node.segments) {
    g.append("rect")
      .attr("class", `hukka-split hukka-${s.type}`)
      .attr("data-type", s.type)
      .attr("x", r(s.x))
      .attr("y", r(node.bar.y))
      .attr("width", r(s.width))
      .attr("height", node.bar.height)
      .attr("fill", colours[s.type]);
  }
  g.append("text")
    .attr("class", "hukka-node-detail")
    .attr("x", r(node.detailBox.x))
    .attr("y", r(node.detailBox.y + o.detailFontSize))
    .attr("font-size", o.detailFontSize)
    .attr("fill", colours.muted)
    .text(node.detail);
  if (node.waitLabel)
    g.append("text")
      .attr("class", "hukka-node-wait")
      .attr("x", r(node.waitBox.x))
      .attr("y", r(node.waitBox.y + o.detailFontSize))
      .attr("font-size", o.detailFontSize)
      .attr("font-weight", 600)
      .attr("fill", colours.waste)
      .text(node.waitLabel);
}

/** The words a screen reader says for a node. */
function nodeDescription(node: BlueprintNode): string {
  const parts = [`${node.name}, ${node.departmentName}`];
  if (node.outcome) parts.push(`outcome: ${node.outcome}`);
  if (node.waitText !== null) parts.push(node.waitText);
  if (node.minutes > 0)
    parts.push(
      `${formatDuration(node.minutes)}: value ${formatDuration(node.valueMinutes)}, necessary ${formatDuration(node.necessaryMinutes)}, waste ${formatDuration(node.wasteMinutes)}`,
    );
  parts.push(`${Math.round(node.visits * 100) / 100} visits per customer`);
  return parts.join("; ");
}
