import { appendDiagramSvg } from "../svg/append-diagram-svg.js";
import { colours } from "../svg/colours.js";
import {
  layoutDepartmentMap,
  type DepartmentMapData,
  type DepartmentMapLayout,
  type DepartmentMapLayoutOptions,
} from "./layout-department-map.js";

/**
 * Options of `renderDepartmentMap`: the layout's options, a title and the unit of the counts.
 *
 * @example
 * renderDepartmentMap(element, departmentFlows(log), { departments: 30, unit: "in the log" });
 */
export interface DepartmentMapOptions extends Partial<DepartmentMapLayoutOptions> {
  /** Accessible title; defaults to "Department map". */
  title?: string;
  /** How the counts are meant, said in tooltips: "per customer" (a model, the default) or "in the log". */
  unit?: string;
}

const r = (x: number) => Math.round(x * 10) / 10;
const figure = (x: number) => (Number.isInteger(x) ? x.toLocaleString("en") : String(Math.round(x * 100) / 100));

/**
 * Draws the department map (see `layoutDepartmentMap`) with d3 into `container` and returns the
 * `svg[data-hukka="department-map"]`: nodes `g[data-department]` ("" for the "other" node, which
 * also carries `data-other`), links `path[data-from][data-to]`, ping-pong pairs in wine
 * with `data-ping-pong`. Every user string is set as text or as an attribute value.
 *
 * @example
 * renderDepartmentMap(document.body, departmentMapData(service, report), { departments: 12 });
 */
export function renderDepartmentMap(container: Element, data: DepartmentMapData, options: DepartmentMapOptions = {}): SVGSVGElement {
  const { title, unit, ...layoutOptions } = options;
  return drawDepartmentMap(container, layoutDepartmentMap(data, layoutOptions), title ?? "Department map", unit ?? "per customer");
}

/**
 * Draws a ready layout; `renderDepartmentMap` is this after `layoutDepartmentMap`.
 *
 * @example
 * drawDepartmentMap(panel, layoutDepartmentMap(data, { links: 20 }), "Teams", "in the log");
 */
export function drawDepartmentMap(container: Element, layout: DepartmentMapLayout, title: string, unit = "per customer"): SVGSVGElement {
  const o = layout.options;
  const svg = appendDiagramSvg(container, {
    hook: "department-map",
    className: "hukka-department-map",
    width: layout.width,
    height: layout.height,
    role: "group",
    label: title,
    fontSize: o.fontSize,
  });
  const defs = svg.append("defs");
  for (const [id, colour] of [["handoff", colours.handoff], ["ping-pong", colours.pingPong]] as const) {
    defs
      .append("marker")
      .attr("id", `hukka-map-arrow-${id}`)
      .attr("viewBox", "0 0 10 10")
      .attr("refX", 1)
      .attr("refY", 5)
      .attr("markerWidth", 9)
      .attr("markerHeight", 9)
      .attr("markerUnits", "userSpaceOnUse")
      .attr("orient", "auto")
      .append("path")
      .attr("d", "M0,0L10,5L0,10z")
      .attr("fill", colour);
  }
  const names = new Map(layout.nodes.map((n) => [n.id, n.name] as const));
  const links = svg.append("g").attr("class", "hukka-map-links").attr("fill", "none");
  for (const link of layout.links) {
    const kind = link.pingPongPair ? "ping-pong" : "handoff";
    const path = links
      .append("path")
      .attr("class", "hukka-map-link")
      .attr("data-from", link.from)
      .attr("data-to", link.to)
      .attr("data-count", link.count)
      .attr("data-ping-pong", link.pingPongPair ? "" : null)
      .attr("d", link.path)
      .attr("stroke", link.pingPongPair ? colours.pingPong : colours.handoff)
      .attr("stroke-opacity", 0.6)
      .attr("stroke-width", r(link.width))
      .attr("marker-end", `url(#hukka-map-arrow-${kind})`);
    const pings = link.pingPongs > 0 ? ` · ${figure(link.pingPongs)} ping-pongs` : link.pingPongPair ? " · handed back too" : "";
    path.append("title").text(`${names.get(link.from)} → ${names.get(link.to)}: ${figure(link.count)} hand-offs ${unit}${pings}`);
  }
  const nodes = svg.append("g").attr("class", "hukka-map-nodes");
  for (const n of layout.nodes) {
    const g = nodes
      .append("g")
      .attr("class", "hukka-map-node")
      .attr("data-department", n.id)
      .attr("data-other", n.other ? "" : null)
      .attr("data-visits", n.visits)
      .attr("tabindex", 0)
      .attr("role", "img")
      .attr("aria-label", `${n.name}: ${figure(n.visits)} visits ${unit}`);
    const inside = n.other && n.handoffsInside > 0 ? ` · ${figure(n.handoffsInside)} hand-offs among them` : "";
    g.append("title").text(`${n.name}: ${figure(n.visits)} visits ${unit}${inside}`);
    g.append("circle")
      .attr("cx", n.x)
      .attr("cy", n.y)
      .attr("r", r(n.r))
      .attr("fill", n.other ? "#E6E8EB" : colours.wander)
      .attr("fill-opacity", n.other ? 1 : 0.85)
      .attr("stroke", n.other ? colours.muted : "#fff")
      .attr("stroke-dasharray", n.other ? "3 2" : null)
      .attr("stroke-width", 1.5);
    g.append("text")
      .attr("class", "hukka-map-label")
      .attr("x", r(n.labelBox.x + n.labelBox.width / 2))
      .attr("y", r(n.labelBox.y + o.fontSize))
      .attr("text-anchor", "middle")
      .attr("fill", colours.ink)
      .attr("font-style", n.other ? "italic" : null)
      .text(n.label[0] ?? "");
  }
  return svg.node() as SVGSVGElement;
}
