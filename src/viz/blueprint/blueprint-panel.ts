import { select, type Selection } from "d3";
import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { colours } from "../svg/colours.js";
import { rangeControl } from "../svg/range-control.js";
import { addBlueprintTooltips } from "./blueprint-tooltips.js";
import { addBlueprintZoom, MIN_LABEL_PX } from "./blueprint-zoom.js";
import { BLUEPRINT_FOLD_DEFAULTS, foldBlueprint, type BlueprintFoldOptions, type FoldedBlueprint } from "./fold-blueprint.js";
import { BLUEPRINT_LAYOUT_DEFAULTS, type BlueprintLayout } from "./blueprint-layout.js";
import { layoutBlueprint } from "./layout-blueprint.js";
import { drawBlueprint, type BlueprintOptions } from "./render-blueprint.js";

/**
 * Options of `blueprintPanel`.
 *
 * @example
 * blueprintPanel(report, service, analyse(service), { interactive: true, layout: {}, fold: { boxes: 60 } });
 */
export interface BlueprintPanelOptions {
  /** Tooltips, zoom, pan and the sliders (needs a browser). */
  interactive: boolean;
  /** Layout options of the blueprint. */
  layout: BlueprintOptions;
  /** How many boxes and lanes to draw before folding the rest into "other" (`BLUEPRINT_FOLD_DEFAULTS`). */
  fold?: Partial<BlueprintFoldOptions> | undefined;
}

/**
 * What `blueprintPanel` returns: its section, the blueprint drawn now, and a way to highlight a
 * journey that survives the sliders' redraws.
 *
 * @example
 * const panel = blueprintPanel(root, service, report, { interactive: true, layout: {} });
 * panel.highlight(report.journeys[0].path, "journey");
 */
export interface BlueprintPanel {
  element: HTMLElement;
  /** The `svg[data-hukka="blueprint"]` drawn now. */
  svg(): SVGSVGElement;
  /** Highlights the boxes and links of a path (touchpoint ids of the model), or clears with `null`. */
  highlight(path: readonly string[] | null, kind?: string): void;
}

/** The most a slider offers: past this a blueprint is a wall of boxes, not a map. */
const MAX_BOXES = 400;
const MAX_LANES = 100;
/** The narrowest column a blueprint is squeezed to so that its labels stay readable at Fit. */
const MIN_COLUMN = 150;
/** The column width a crowded blueprint is spread at: room for a two-line label of about 15 characters. */
const SPREAD_COLUMN = 190;
const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : /x$/.test(word) ? "es" : "s"}`;

/**
 * The service blueprint as a report section (`section[data-hukka="blueprint-panel"]`): legend,
 * hints, and the blueprint drawn at the group level (`foldBlueprint`), at most about 40 boxes
 * in 12 lanes by default, with two sliders (`input[data-control="boxes"]`,
 * `input[data-control="lanes"]`) that bring back what was folded into "other", and a caption
 * (`[data-hukka="blueprint-caption"]`) saying what is shown. In a browser the columns narrow
 * until the labels stay at least 10 px high when the whole blueprint fits the canvas's width.
 *
 * @example
 * blueprintPanel(select(document.querySelector(".hukka-report")), service, report, { interactive: true, layout: {} });
 */
export function blueprintPanel(
  root: Selection<HTMLElement, unknown, null, undefined>,
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: BlueprintPanelOptions,
): BlueprintPanel {
  const fold = { ...BLUEPRINT_FOLD_DEFAULTS, ...options.fold };
  const panel = root.append("section").attr("class", "hukka-blueprint-panel").attr("data-hukka", "blueprint-panel");
  panel.append("h2").text("Service blueprint");
  legend(panel);
  panel
    .append("p")
    .attr("class", "hukka-hint")
    .text(
      `Vermillion under a touchpoint: how long customers wait before it${service.workingDayMinutes !== undefined ? " (the customer's time, then working time)" : ""}. Hover or Tab to a touchpoint for its steps. ` +
        "Ctrl/⌘ + wheel or pinch to zoom, drag to pan, Fit to see it all. Pick a journey below to follow it.",
    );
  // one box per group, one lane per department that has a touchpoint
  const totals = {
    boxes: new Set(service.touchpoints.map((t) => t.group ?? t.id)).size,
    lanes: new Set(service.touchpoints.map((t) => t.department)).size,
  };
  const controls = panel.append("div").attr("class", "hukka-map-controls");
  const slider = (control: "boxes" | "lanes", label: string, max: number, value: number) => rangeControl(controls, control, label, 1, max, value);
  const folds = totals.boxes > fold.boxes || totals.lanes > fold.lanes;
  const boxes = slider("boxes", "Boxes", Math.max(1, Math.min(totals.boxes, MAX_BOXES)), Math.min(totals.boxes, fold.boxes));
  const lanes = slider("lanes", "Lanes", Math.max(1, Math.min(totals.lanes, MAX_LANES)), Math.min(totals.lanes, fold.lanes));
  if (!folds) controls.attr("hidden", "");
  const caption = panel.append("p").attr("class", "hukka-map-caption").attr("data-hukka", "blueprint-caption");
  const canvas = panel.append("div").attr("class", "hukka-canvas") as unknown as Selection<HTMLDivElement, unknown, null, undefined>;

  let folded: FoldedBlueprint;
  let svg: SVGSVGElement;
  let tip: HTMLElement | null = null;
  let selected: { path: readonly string[]; kind: string } | null = null;
  const title = options.layout.title ?? service.name ?? service.id;

  const draw = () => {
    const n = Number((boxes.input.node() as HTMLInputElement).value);
    const m = Number((lanes.input.node() as HTMLInputElement).value);
    folded = foldBlueprint(service, report, { boxes: n, lanes: m });
    boxes.shown.text(String(folded.boxes.shown));
    lanes.shown.text(String(folded.lanes.shown));
    caption.text(captionText(service, folded));
    const layout = readableLayout(service, folded, options, (canvas.node() as HTMLElement).getBoundingClientRect().width);
    canvas.selectAll("*").remove();
    tip?.remove();
    svg = drawBlueprint(canvas.node() as Element, layout, title);
    if (options.interactive) {
      tip = addBlueprintTooltips(root, select(svg), layout.nodes);
      addBlueprintZoom(canvas, select(svg), layout.width, layout.height - layout.legendHeight, layout.options.fontSize);
    }
    if (selected) highlight(selected.path, selected.kind);
  };

  const highlight = (path: readonly string[] | null, kind = "journey") => {
    selected = path ? { path, kind } : null;
    const s = select(svg);
    s.selectAll("[data-highlighted]").attr("data-highlighted", null);
    if (!path) {
      s.attr("data-selection", null);
      return;
    }
    const boxesOnPath = path.map((id) => folded.boxOf.get(id) ?? id);
    const onPath = new Set(boxesOnPath);
    s.selectAll<SVGGElement, unknown>(".hukka-node").each(function () {
      if (onPath.has(this.getAttribute("data-touchpoint")!)) this.setAttribute("data-highlighted", "");
    });
    const steps = new Set(boxesOnPath.slice(1).map((to, i) => JSON.stringify([boxesOnPath[i], to])));
    s.selectAll<SVGPathElement, unknown>(".hukka-link").each(function () {
      const on = steps.has(JSON.stringify([this.getAttribute("data-from"), this.getAttribute("data-to")]));
      if (on) this.setAttribute("data-highlighted", "");
      const kindOf = this.hasAttribute("data-handoff") ? "handoff" : "link";
      this.setAttribute("marker-end", `url(#hukka-arrow-${on ? "highlight" : kindOf})`);
    });
    s.attr("data-selection", kind);
  };

  draw();
  if (options.interactive) {
    boxes.input.on("input", draw);
    lanes.input.on("input", draw);
  }
  return { element: panel.node() as HTMLElement, svg: () => svg, highlight };
}

/** What the blueprint shows and what it folds, in words. */
function captionText(service: Service, folded: FoldedBlueprint): string {
  const grouped = service.touchpoints.some((t) => t.group !== undefined);
  const parts = [
    `${count(folded.boxes.shown, "box")} of ${folded.boxes.total.toLocaleString("en")}` +
      (folded.boxes.folded > 0 ? ` (the ${folded.boxes.folded.toLocaleString("en")} least visited folded into "other")` : ""),
    `${count(folded.lanes.shown, "lane")} of ${folded.lanes.total.toLocaleString("en")}` +
      (folded.lanes.folded > 0 ? ` (${folded.lanes.folded.toLocaleString("en")} departments in "other")` : ""),
  ];
  const level = grouped ? " Each box is one activity in one department; the model's history-refined touchpoints are drawn inside it." : "";
  return `${parts.join(" · ")}.${level}`;
}

/**
 * The layout for a canvas `width` pixels wide (unknown, 0, outside a browser: as laid out).
 * A mined or folded model, whose boxes pile up at one or two steps from the entry, is spread
 * over as many columns of `SPREAD_COLUMN` as fit (`spreadColumns`); then columns narrow (never below
 * `MIN_COLUMN`) until the whole width fits at a scale that keeps labels `MIN_LABEL_PX` high.
 */
function readableLayout(service: Service, folded: FoldedBlueprint, options: BlueprintPanelOptions, width: number): BlueprintLayout {
  const { title: _title, ...layoutOptions } = options.layout;
  let layout = layoutBlueprint(folded.service, folded.report, layoutOptions);
  let o = layout.options;
  const readable = (width * o.fontSize) / MIN_LABEL_PX;
  if (!(width > 0) || layout.columns === 0) return layout;
  const crowded = layout.lanes.some((lane) => lane.rows > 1);
  const fits = Math.max(1, Math.floor((readable - o.gutter) / SPREAD_COLUMN));
  if (crowded && layout.columns < fits && (service.mined !== undefined || folded.boxes.folded > 0 || folded.lanes.folded > 0)) {
    layout = layoutBlueprint(folded.service, folded.report, { ...layoutOptions, columns: fits });
    o = layout.options;
  }
  if (layout.width <= readable) return layout;
  const column = Math.max(MIN_COLUMN, (readable - o.gutter) / layout.columns);
  if (column >= o.nodeWidth + o.columnGap) return layout;
  const nodeWidth = Math.round(column * (BLUEPRINT_LAYOUT_DEFAULTS.nodeWidth / (BLUEPRINT_LAYOUT_DEFAULTS.nodeWidth + BLUEPRINT_LAYOUT_DEFAULTS.columnGap)));
  return layoutBlueprint(folded.service, folded.report, { ...layoutOptions, columns: o.columns, nodeWidth, columnGap: Math.floor(column - nodeWidth) });
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
