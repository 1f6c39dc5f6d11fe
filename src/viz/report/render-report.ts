import { select, zoom, zoomIdentity, type Selection } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import { formatWorkingTime } from "../../analysis/format-working-time.js";
import { headline } from "../../analysis/headline.js";
import type { Journey, WanderPath, WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { colours } from "../svg/colours.js";
import { departmentMapData } from "../department-map/department-map-data.js";
import { departmentMapPanel } from "../department-map/department-map-panel.js";
import { foldGroups } from "../blueprint/fold-groups.js";
import { observedJourneysPanel } from "../observed-journey/observed-journeys-panel.js";
import type { ReportLogData } from "./report-log-data.js";
import { redesignSection } from "./redesign-section.js";
import type { BlueprintNode } from "../blueprint/blueprint-layout.js";
import { layoutBlueprint } from "../blueprint/layout-blueprint.js";
import { drawBlueprint, type BlueprintOptions } from "../blueprint/render-blueprint.js";
import { WANDER_LINE_LAYOUT_DEFAULTS } from "../wander-line/layout-wander-line.js";
import { renderWanderLine } from "../wander-line/render-wander-line.js";
import { renderWasteBreakdown } from "../waste-breakdown/render-waste-breakdown.js";
import { reportCss } from "./report-css.js";

/**
 * Options of `renderReport`; the defaults are `REPORT_DEFAULTS`.
 *
 * @example
 * renderReport(element, service, report, { interactive: false });
 */
export interface ReportOptions {
  /** Add tooltips, selection, zoom and pan (needs a browser). */
  interactive: boolean;
  /** Layout options of the blueprint. */
  blueprint: BlueprintOptions;
  /**
   * For a report made from an event log: the log's department flows and observed journeys. The
   * department map then shows the log's departments, and the observed journeys are listed.
   */
  log?: ReportLogData | undefined;
}

/**
 * The defaults of `renderReport`'s options.
 *
 * @example
 * renderReport(el, service, report, { interactive: false }); // a still page, e.g. in Node
 */
export const REPORT_DEFAULTS: Readonly<ReportOptions> = Object.freeze({ interactive: true, blueprint: {} });

/**
 * What `renderReport` returns: the root element and a way to select a journey.
 *
 * @example
 * const view = renderReport(element, service, report);
 * view.select("wander-path", 0); // highlight the journey that loses most
 */
export interface RenderedReport {
  root: HTMLElement;
  blueprint: SVGSVGElement;
  /** Highlights a journey's path in the blueprint and draws its wander line. */
  select(kind: "journey" | "wander-path", index: number): void;
}

type Div = Selection<HTMLElement, unknown, null, undefined>;
/** Above this many departments the department map comes first: a blueprint lane each is no longer readable. */
const MAP_FIRST_ABOVE = 12;
let tooltips = 0;
// a share too small for one decimal still shows it is not nothing
const pct = (x: number) => (x > 0 && x < 0.0005 ? "<0.1%" : `${Math.round(x * 1000) / 10}%`);
const num = (x: number) => String(Math.round(x * 100) / 100);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The whole interactive report in `container`: headline figures, the blueprint (zoom and pan,
 * tooltips on hover and keyboard focus), the most likely journeys and the wander paths as lists
 * (`[data-journey="N"]`, `[data-wander-path="N"]`) whose selection highlights the path
 * (`[data-highlighted]`) and draws its wander line, and the waste breakdown. The department map
 * (`departmentMapPanel`) comes first when there are more than 12 departments, after the
 * breakdown otherwise; touchpoints sharing a `group` are one box (`foldGroups`). With `log`, the
 * map shows the log's departments and the observed journeys (`observedJourneysPanel`) follow the
 * model's. This is what the HTML file of `reportHtml` runs on load.
 *
 * @example
 * const view = renderReport(document.body, service, analyse(service));
 * view.select("wander-path", 0);
 */
export function renderReport(
  container: Element,
  service: Service,
  report: WasteReport,
  options: Partial<ReportOptions> = {},
): RenderedReport {
  const o: ReportOptions = { ...REPORT_DEFAULTS, ...options };
  const doc = container.ownerDocument;
  if (!doc.querySelector("style[data-hukka='style']")) {
    const style = doc.createElement("style");
    style.setAttribute("data-hukka", "style");
    style.textContent = reportCss;
    (doc.head ?? container).appendChild(style);
  }
  const root = select(container).append("div").attr("class", "hukka-report") as unknown as Div;
  header(root, service, report);
  if (o.log?.redesign) redesignSection(root.node()!, o.log.redesign, service);

  const mapData = o.log ? o.log.departments : departmentMapData(service, report);
  const showMap = () =>
    departmentMapPanel(root.node()!, mapData, { unit: o.log ? "in the log" : "per customer", interactive: o.interactive });
  const mapFirst = mapData.departments.length > MAP_FIRST_ABOVE;
  if (mapFirst) showMap();

  // A group of history-refined touchpoints is one box.
  const folded = foldGroups(service, report);
  const layout = layoutBlueprint(folded.service, folded.report, o.blueprint);
  const panel = root.append("section").attr("class", "hukka-blueprint-panel");
  panel.append("h2").text("Service blueprint");
  legend(panel);
  panel
    .append("p")
    .attr("class", "hukka-hint")
    .text(
      "Orange under a touchpoint: how long customers wait before it. Hover or Tab to a touchpoint for its steps. " +
        "Ctrl/⌘ + wheel or pinch to zoom, drag to pan, Fit to see it all. Pick a journey below to follow it.",
    );
  const canvas = panel.append("div").attr("class", "hukka-canvas");
  const svgNode = drawBlueprint(canvas.node() as Element, layout, o.blueprint.title ?? service.name ?? service.id);
  const svg = select(svgNode);

  const columns = root.append("div").attr("class", "hukka-columns");
  const lists = columns.append("section").attr("class", "hukka-journeys");
  const wander = columns.append("section").attr("class", "hukka-wander-panel");
  wander.append("h2").text("Wander line");
  wander
    .append("p")
    .attr("class", "hukka-hint")
    .text("The customer's trip across the departments in visiting order, as staff never see it.");
  const marks = wander.append("div").attr("class", "hukka-marks");
  for (const [cls, colour, label] of [
    ["diamond", colours.waste, "ping-pong (back to the department before)"],
    ["ring", colours.handoff, "revisit of a department"],
    ["square", colours.ink, "repeated touchpoint"],
  ] as const) {
    const s = marks.append("span");
    s.append("i")
      .attr("class", `hukka-mark-${cls}`)
      .style("display", "inline-block")
      .style("width", "10px")
      .style("height", "10px")
      .style("background", cls === "diamond" ? colour : "transparent")
      .style("border", cls === "diamond" ? "none" : `2px solid ${colour}`)
      .style("border-radius", cls === "ring" ? "50%" : "0")
      .style("transform", cls === "diamond" ? "rotate(45deg) scale(0.8)" : "none")
      .style("margin", "0 3px");
    s.append("span").text(label);
  }
  const summary = wander.append("p").attr("class", "hukka-wander-summary");
  const scroll = wander.append("div").attr("class", "hukka-scroll");

  if (o.log) observedJourneysPanel(root.node()!, o.log.observed, o.interactive);

  const waste = root.append("section").attr("class", "hukka-waste");
  waste.append("h2").text("Waste breakdown");
  renderWasteBreakdown(waste.node() as Element, service, report);
  if (!mapFirst) showMap();
  if (report.warnings.length) {
    const w = root.append("section").attr("class", "hukka-warnings");
    w.append("h2").text("Warnings");
    const ul = w.append("ul");
    for (const warning of report.warnings) ul.append("li").text(`${warning.message} [${warning.code}]`);
  }

  const names = new Map(service.touchpoints.map((t) => [t.id, t.name ?? t.id] as const));
  const items = [
    ...journeyList(lists, "Most likely journeys", "journey", report.journeys, names),
    ...journeyList(lists, "Wander paths (by minutes lost)", "wander-path", report.wanderPaths, names),
  ];
  if (report.truncated || report.coverage < 0.999)
    lists.append("p").attr("class", "hukka-hint").text(`The journeys listed cover ${pct(report.coverage)} of customers.`);

  const showWanderLine = (journey: Journey | undefined, title: string) => {
    scroll.selectAll("*").remove();
    summary.text(journey ? journeySummary(journey) : "No journeys in the report.");
    if (journey) {
      const gutter = scroll.append("div").attr("class", "hukka-wander-gutter").attr("aria-hidden", "true");
      stickyGutter(gutter.node() as HTMLElement, renderWanderLine(scroll.node() as Element, service, journey, { title }));
    }
  };

  const selectJourney = (kind: "journey" | "wander-path", index: number) => {
    const journey = (kind === "journey" ? report.journeys : report.wanderPaths)[index];
    if (!journey) return;
    svg.selectAll("[data-highlighted]").attr("data-highlighted", null);
    root.selectAll(".hukka-list li").attr("data-highlighted", null);
    for (const li of items) if (li.kind === kind && li.index === index) li.element.setAttribute("data-highlighted", "");
    const onPath = new Set(journey.path.map((id) => folded.boxOf.get(id) ?? id));
    svg.selectAll<SVGGElement, unknown>(".hukka-node").each(function () {
      if (onPath.has(this.getAttribute("data-touchpoint")!)) this.setAttribute("data-highlighted", "");
    });
    const boxes = journey.path.map((id) => folded.boxOf.get(id) ?? id);
    const steps = new Set(boxes.slice(1).map((to, i) => JSON.stringify([boxes[i], to])));
    svg.selectAll<SVGPathElement, unknown>(".hukka-link").each(function () {
      const on = steps.has(JSON.stringify([this.getAttribute("data-from"), this.getAttribute("data-to")]));
      if (on) this.setAttribute("data-highlighted", "");
      const kindOf = this.hasAttribute("data-handoff") ? "handoff" : "link";
      this.setAttribute("marker-end", `url(#hukka-arrow-${on ? "highlight" : kindOf})`);
    });
    svg.attr("data-selection", kind);
    showWanderLine(journey, `Wander line of ${kind === "journey" ? "journey" : "wander path"} ${index + 1}`);
  };

  const first = report.wanderPaths[0] ?? report.journeys[0];
  showWanderLine(first, "Wander line");
  if (o.interactive) {
    for (const li of items) li.element.addEventListener("click", () => selectJourney(li.kind, li.index));
    addTooltips(root, svg, layout.nodes);
    addZoom(canvas, svg, layout.width, layout.height - layout.legendHeight);
  }
  return { root: root.node()!, blueprint: svgNode, select: selectJourney };
}

function header(root: Div, service: Service, report: WasteReport) {
  const e = report.expected;
  root.append("h1").text(service.name ?? service.id);
  root.append("p").attr("class", "hukka-headline").text(headline(service, report));
  root.append("p").attr("class", "hukka-sub").text(`Service model "${service.id}": expected figures per customer`);
  const figures: [string, string][] = [
    ["time per customer", formatDuration(e.minutes)],
    ...(e.workingMinutes !== undefined && service.workingDayMinutes !== undefined
      ? [["of it in working hours", formatWorkingTime(e.workingMinutes, service.workingDayMinutes)] as [string, string]]
      : []),
    ["of it waste", `${formatDuration(e.wasteMinutes)} (${pct(e.minutes > 0 ? e.wasteMinutes / e.minutes : 0)})`],
    ["flow efficiency", pct(e.flowEfficiency)],
    ["hand-offs", num(e.handoffs)],
    ["ping-pongs", num(e.pingPongs)],
    ["failure demand", pct(e.failureDemandShare)],
    ["resolved", pct(e.resolved)],
  ];
  if (report.totals) figures.push(["waste per year", `${Math.round(report.totals.wasteHours).toLocaleString("en")} h`]);
  const dl = root.append("dl").attr("class", "hukka-figures");
  for (const [label, value] of figures) {
    const d = dl.append("div");
    d.append("dt").text(label);
    d.append("dd").text(value);
  }
}

/**
 * The lane names of a wander line again, in a column that stays in view while the line scrolls
 * sideways: a copy of the line's left gutter, laid over it (CSS `position: sticky`).
 */
function stickyGutter(gutter: HTMLElement, line: SVGSVGElement) {
  const width = WANDER_LINE_LAYOUT_DEFAULTS.gutter;
  const height = Number(line.getAttribute("height"));
  gutter.style.width = `${width}px`;
  gutter.style.marginRight = `-${width}px`;
  const svg = select(gutter)
    .append("svg")
    .attr("width", width)
    .attr("height", height)
    .attr("font-family", line.getAttribute("font-family"))
    .attr("font-size", line.getAttribute("font-size"));
  svg.append("rect").attr("width", width).attr("height", height).attr("fill", "#fff");
  const copy = svg.node()!;
  for (const part of line.querySelectorAll(":scope > g[data-department], :scope > .hukka-axis-label")) {
    const clone = part.cloneNode(true) as Element;
    clone.removeAttribute("data-department");
    for (const rect of clone.querySelectorAll("rect")) rect.setAttribute("width", String(width));
    copy.appendChild(clone);
  }
}

function legend(panel: Selection<HTMLElement, unknown, null, undefined>) {
  const l = panel.append("div").attr("class", "hukka-legend-html");
  for (const type of ["value", "necessary", "waste"] as const) {
    const s = l.append("span");
    s.append("i").style("background", colours[type]);
    s.append("span").text(type);
  }
  for (const [cls, label] of [
    ["", "move within a department"],
    ["hukka-handoff", "hand-off to another department"],
    ["hukka-failure", "failure demand"],
    ["hukka-noflow", "no expected flow"],
  ] as const) {
    const s = l.append("span");
    s.append("i").attr("class", `hukka-line ${cls}`);
    s.append("span").text(label);
  }
  l.append("span").text("line width: expected flow (moves per customer)");
}

interface ListItem {
  kind: "journey" | "wander-path";
  index: number;
  element: HTMLElement;
}

function journeyList(
  lists: Selection<HTMLElement, unknown, null, undefined>,
  title: string,
  kind: ListItem["kind"],
  journeys: readonly Journey[],
  names: Map<string, string>,
): ListItem[] {
  lists.append("h2").text(title);
  if (journeys.length === 0) {
    lists.append("p").attr("class", "hukka-hint").text(kind === "journey" ? "No journeys." : "No journey wanders.");
    return [];
  }
  const ol = lists.append("ol").attr("class", "hukka-list").attr("data-list", kind);
  return journeys.map((j, index) => {
    const li = ol.append("li").attr(kind === "journey" ? "data-journey" : "data-wander-path", index);
    const button = li.append("button").attr("type", "button");
    button
      .append("span")
      .attr("class", "hukka-journey-head")
      .text(`${index + 1}. ${pct(j.probability)} · ${formatDuration(j.minutes)} · ${count(j.handoffs, "hand-off")} · ${j.outcome}`);
    if ("lostMinutes" in j)
      button
        .append("span")
        .attr("class", "hukka-journey-loss")
        .text(
          `each loses ${formatDuration(j.excessMinutes)} · ${formatDuration((j as WanderPath).lostMinutes)} of the average customer's time`,
        );
    button
      .append("span")
      .attr("class", "hukka-journey-path")
      .text(j.path.map((id) => names.get(id) ?? id).join(" → "));
    return { kind, index, element: li.node() as HTMLElement };
  });
}

function journeySummary(j: Journey): string {
  const parts = [
    `${pct(j.probability)} of customers`,
    `${formatDuration(j.minutes)} in all, ${formatDuration(j.wasteMinutes)} waste`,
    count(j.handoffs, "hand-off"),
    count(j.pingPongs, "ping-pong"),
    count(j.revisits, "revisit"),
  ];
  parts.push(j.outcome);
  const loss =
    j.outcome === "resolved"
      ? `Each of these customers loses ${formatDuration(j.excessMinutes)} against the fastest route to the same outcome (${formatDuration(j.idealMinutes)})`
      : `These customers give up: all ${formatDuration(j.excessMinutes)} are lost`;
  const share = "lostMinutes" in j ? `; that is ${formatDuration((j as WanderPath).lostMinutes)} of the average customer's time` : "";
  return `${parts.join(" · ")}. ${loss}${share}.`;
}

function addTooltips(root: Div, svg: Selection<SVGSVGElement, unknown, null, undefined>, nodes: BlueprintNode[]) {
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
}

function addZoom(
  canvas: Selection<HTMLDivElement, unknown, null, undefined>,
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  width: number,
  height: number,
) {
  svg.attr("width", null).attr("height", null).attr("viewBox", null);
  const viewport = svg.select<SVGGElement>(".hukka-viewport");
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.02, 4])
    // The wheel scrolls the page; it zooms only with Ctrl/⌘ (a trackpad pinch arrives as a
    // Ctrl-wheel). One finger scrolls the page too: panning and pinching take two.
    .filter((event: Event) => {
      if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith("touch")) return (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).button;
    })
    .on("zoom", (event) => viewport.attr("transform", event.transform.toString()));
  svg.call(behaviour);
  // Fit the whole blueprint, width and height: the canvas grows up to 78 % of the window's
  // height, then the scale shrinks until every lane and column is in view.
  const fit = () => {
    const box = (canvas.node() as HTMLElement).getBoundingClientRect();
    const view = (canvas.node() as HTMLElement).ownerDocument.defaultView;
    const room = Math.max(240, (view?.innerHeight ?? 800) * 0.78);
    const k = Math.min(1, box.width / width, room / height);
    const x = Math.max(0, (box.width - width * k) / 2);
    canvas.style("height", `${Math.ceil(height * k + 4)}px`);
    svg.call(behaviour.transform, zoomIdentity.translate(x, 2).scale(k));
  };
  fit();
  canvas.append("button").attr("type", "button").attr("class", "hukka-reset").text("Fit").on("click", fit);
}
