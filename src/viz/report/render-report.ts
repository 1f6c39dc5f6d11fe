import { select, type Selection } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import { customerHeadline } from "../../log-report/customer-headline.js";
import type { Journey, WanderPath, WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { colours } from "../svg/colours.js";
import { scrollCue } from "../svg/scroll-cue.js";
import { departmentMapData } from "../department-map/department-map-data.js";
import { departmentMapPanel } from "../department-map/department-map-panel.js";
import { blueprintPanel } from "../blueprint/blueprint-panel.js";
import type { BlueprintFoldOptions } from "../blueprint/fold-blueprint.js";
import { customerJourneyPanel } from "../observed-journey/customer-journey-panel.js";
import { observedJourneysPanel } from "../observed-journey/observed-journeys-panel.js";
import type { ReportLogData } from "./report-log-data.js";
import type { BlueprintOptions } from "../blueprint/render-blueprint.js";
import { redesignSection } from "./redesign-section.js";
import { WANDER_LINE_LAYOUT_DEFAULTS } from "../wander-line/layout-wander-line.js";
import { renderWanderLine } from "../wander-line/render-wander-line.js";
import { renderWasteBreakdown } from "../waste-breakdown/render-waste-breakdown.js";
import { fidelityTable } from "./fidelity-table.js";
import { reportCss } from "./report-css.js";
import { reportHeader } from "./report-header.js";

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
  /** How many boxes and lanes the blueprint draws before it folds the rest into "other" (default 40 and 12). */
  fold?: Partial<BlueprintFoldOptions> | undefined;
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
  /** The blueprint drawn now (the sliders redraw it). */
  readonly blueprint: SVGSVGElement;
  /** Highlights a journey's path in the blueprint and draws its wander line. */
  select(kind: "journey" | "wander-path", index: number): void;
}

type Div = Selection<HTMLElement, unknown, null, undefined>;
/** Above this many departments the department map comes first: a blueprint lane each is no longer readable. */
const MAP_FIRST_ABOVE = 12;
/** Report warnings shown where they apply, not in the list of warnings. */
const SHOWN_IN_PLACE = new Set(["few_cases"]);
// a share too small for one decimal still shows it is not nothing
const pct = (x: number) => (x > 0 && x < 0.0005 ? "<0.1%" : `${Math.round(x * 1000) / 10}%`);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The whole interactive report in `container`: headline and figures (`reportHeader`; for a log,
 * the log's sentence first and the fidelity table, `fidelityTable`), the blueprint
 * (`blueprintPanel`: at most about 40 boxes in 12 lanes, sliders, zoom and pan,
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
  const noun = service.noun ?? "customer";
  reportHeader(root, service, report, o.log);
  if (o.log?.fidelity) fidelityTable(root, o.log.fidelity, noun, service.workingDayMinutes);
  // customers across cases: their sentence beside the headline
  if (o.log?.customers) root.select(`[data-hukka="headline"]`).append("span").attr("class", "hukka-customers").attr("data-hukka", "customers").text(` ${customerHeadline(o.log.customers, noun)}`);
  if (o.log?.redesign) redesignSection(root.node()!, o.log.redesign, service);

  const mapData = o.log ? o.log.departments : departmentMapData(service, report);
  const showMap = () =>
    departmentMapPanel(root.node()!, mapData, { unit: o.log ? "in the log" : "per customer", interactive: o.interactive });
  const mapFirst = mapData.departments.length > MAP_FIRST_ABOVE;
  if (mapFirst) showMap();

  // A group of history-refined touchpoints is one box; past 40 boxes or 12 lanes the rest fold into "other".
  const blueprint = blueprintPanel(root, service, report, { interactive: o.interactive, layout: o.blueprint, fold: o.fold });

  const columns = root.append("div").attr("class", "hukka-columns");
  const lists = columns.append("section").attr("class", "hukka-journeys");
  const wander = columns.append("section").attr("class", "hukka-wander-panel");
  wander.append("h2").text("Wander line");
  wander
    .append("p")
    .attr("class", "hukka-hint")
    .text(`The ${noun}'s trip across the departments in visiting order, as staff never see it.`);
  const marks = wander.append("div").attr("class", "hukka-marks");
  for (const [cls, colour, label] of [
    ["diamond", colours.pingPong, "ping-pong (back to the department before)"],
    ["ring", colours.pingPong, "revisit of a department"],
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
  if (o.log?.customerJourney) customerJourneyPanel(root.node()!, o.log.customerJourney);

  const waste = root.append("section").attr("class", "hukka-waste");
  waste.append("h2").text("Waste breakdown");
  renderWasteBreakdown(waste.node() as Element, service, report);
  if (!mapFirst) showMap();
  const warnings = report.warnings.filter((w) => !SHOWN_IN_PLACE.has(w.code));
  if (warnings.length) {
    const w = root.append("section").attr("class", "hukka-warnings");
    w.append("h2").text("Warnings");
    const ul = w.append("ul");
    for (const warning of warnings) ul.append("li").text(`${warning.message} [${warning.code}]`);
  }

  const names = new Map(service.touchpoints.map((t) => [t.id, t.name ?? t.id] as const));
  // a model mined from few cases lists journeys that never happened: say so where they are listed
  for (const w of report.warnings.filter((w) => w.code === "few_cases")) {
    lists.append("p").attr("class", "hukka-note").attr("data-hukka", "few-cases").text(`Few cases: ${w.message}.`);
  }
  const items = [
    ...journeyList(lists, "Most likely journeys", "journey", report.journeys, names, noun),
    ...journeyList(lists, "Wander paths (by minutes lost)", "wander-path", report.wanderPaths, names, noun),
  ];
  if (report.truncated || report.coverage < 0.999)
    lists.append("p").attr("class", "hukka-hint").text(`The journeys listed cover ${pct(report.coverage)} of ${noun}s.`);

  const showWanderLine = (journey: Journey | undefined, title: string) => {
    scroll.selectAll("*").remove();
    summary.text(journey ? journeySummary(journey, noun) : "No journeys in the report.");
    if (journey) {
      const gutter = scroll.append("div").attr("class", "hukka-wander-gutter").attr("aria-hidden", "true");
      stickyGutter(gutter.node() as HTMLElement, renderWanderLine(scroll.node() as Element, service, journey, { title }));
    }
    scrollCue(scroll.node() as HTMLElement, "The journey goes on to the right: scroll sideways →");
  };

  const selectJourney = (kind: "journey" | "wander-path", index: number) => {
    const journey = (kind === "journey" ? report.journeys : report.wanderPaths)[index];
    if (!journey) return;
    root.selectAll(".hukka-list li").attr("data-highlighted", null);
    for (const li of items) if (li.kind === kind && li.index === index) li.element.setAttribute("data-highlighted", "");
    blueprint.highlight(journey.path, kind);
    showWanderLine(journey, `Wander line of ${kind === "journey" ? "journey" : "wander path"} ${index + 1}`);
  };

  const first = report.wanderPaths[0] ?? report.journeys[0];
  showWanderLine(first, "Wander line");
  if (o.interactive) {
    for (const li of items) li.element.addEventListener("click", () => selectJourney(li.kind, li.index));
  }
  return {
    root: root.node()!,
    get blueprint() {
      return blueprint.svg();
    },
    select: selectJourney,
  };
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
  noun: string,
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
          `each loses ${formatDuration(j.excessMinutes)} · ${formatDuration((j as WanderPath).lostMinutes)} of the average ${noun}'s time`,
        );
    // the path is cut to two lines; the whole of it shows on hover or focus
    const path = j.path.map((id) => names.get(id) ?? id).join(" → ");
    button.attr("title", path).append("span").attr("class", "hukka-journey-path").text(path);
    return { kind, index, element: li.node() as HTMLElement };
  });
}

function journeySummary(j: Journey, noun: string): string {
  const parts = [
    `${pct(j.probability)} of ${noun}s`,
    `${formatDuration(j.minutes)} in all, ${formatDuration(j.wasteMinutes)} waste`,
    count(j.handoffs, "hand-off"),
    count(j.pingPongs, "ping-pong"),
    count(j.revisits, "revisit"),
  ];
  parts.push(j.outcome);
  const loss =
    j.outcome === "resolved"
      ? `Each of these ${noun}s loses ${formatDuration(j.excessMinutes)} against the fastest route to the same outcome (${formatDuration(j.idealMinutes)})`
      : `These ${noun}s give up: all ${formatDuration(j.excessMinutes)} are lost`;
  const share = "lostMinutes" in j ? `; that is ${formatDuration((j as WanderPath).lostMinutes)} of the average ${noun}'s time` : "";
  return `${parts.join(" · ")}. ${loss}${share}.`;
}
