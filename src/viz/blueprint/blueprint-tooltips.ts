import type { Selection } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import { colours } from "../svg/colours.js";
import type { BlueprintNode } from "./blueprint-layout.js";

let tooltips = 0;
const num = (x: number) => String(Math.round(x * 100) / 100);

/**
 * Hover and keyboard focus on a blueprint's touchpoints show a tooltip
 * (`[data-hukka="tooltip"]`, appended to `root`): name, department, channel, outcome, visits per
 * customer and the steps with their minutes. Returns the tooltip element, so that a redraw can
 * remove it.
 *
 * @example
 * const tip = addBlueprintTooltips(report, svg, layout.nodes);
 */
export function addBlueprintTooltips(
  root: Selection<HTMLElement, unknown, null, undefined>,
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  nodes: readonly BlueprintNode[],
): HTMLElement {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  // Several reports may share a page (the docs site shows a service beside its redesign).
  const id = `hukka-tooltip-${++tooltips}`;
  const tip = root.append("div").attr("data-hukka", "tooltip").attr("role", "tooltip").attr("id", id).attr("hidden", "");
  // The custom tooltip replaces the native one, which would show on top of it.
  svg.selectAll(".hukka-node > title").remove();
  const show = (element: SVGGElement) => {
    const node = byId.get(element.getAttribute("data-touchpoint")!);
    if (!node) return;
    tip.selectAll("*").remove();
    tip.append("div").attr("class", "hukka-tip-title").text(node.name);
    const sub = [node.departmentName, node.channel, node.outcome ? `outcome: ${node.outcome}` : null].filter(Boolean).join(" · ");
    tip.append("div").attr("class", "hukka-tip-sub").text(`${sub} · ${num(node.visits)} visits per customer`);
    const ul = tip.append("ul").attr("class", "hukka-tip-steps");
    for (const step of node.steps) {
      const li = ul.append("li");
      li.append("i").style("background", colours[step.type]);
      li.append("span").text(step.type === "waste" && step.waste ? `${step.name} (${step.waste})` : step.name);
      li.append("span").attr("class", "hukka-min").text(formatDuration(step.minutes));
    }
    if (node.steps.length === 0) ul.append("li").text("no steps");
    tip.attr("hidden", null);
    const rootBox = (root.node() as HTMLElement).getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const tipBox = (tip.node() as HTMLElement).getBoundingClientRect();
    let left = box.right - rootBox.left + 10;
    if (box.right + tipBox.width + 16 > rootBox.right) left = Math.max(4, box.left - rootBox.left - tipBox.width - 10);
    tip.style("left", `${left}px`).style("top", `${Math.max(0, box.top - rootBox.top)}px`);
    element.setAttribute("aria-describedby", id);
  };
  const hide = () => tip.attr("hidden", "");
  svg
    .selectAll<SVGGElement, unknown>(".hukka-node")
    .on("mouseenter focus", function () {
      show(this);
    })
    .on("mouseleave blur", hide);
  return tip.node() as HTMLElement;
}
