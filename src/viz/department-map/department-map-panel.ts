import { select } from "d3";
import { rangeControl } from "../svg/range-control.js";
import { DEPARTMENT_MAP_LAYOUT_DEFAULTS, layoutDepartmentMap, type DepartmentMapData } from "./layout-department-map.js";
import { drawDepartmentMap } from "./render-department-map.js";

/**
 * Options of `departmentMapPanel`.
 *
 * @example
 * departmentMapPanel(report, departmentFlows(log), { unit: "in the log", interactive: true });
 */
export interface DepartmentMapPanelOptions {
  /** How the counts are meant: "per customer" for a model, "in the log" for a log. */
  unit: string;
  /** Redraw the map when a slider moves (needs a browser). */
  interactive: boolean;
}

/** The most departments and links a slider offers: beyond this a map is a hairball, not a map. */
const MAX_DEPARTMENTS = 100;
const MAX_LINKS = 200;
const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/**
 * The department map as a report section (`section.hukka-department-map-panel`): a caption that
 * says what is shown and what is folded, two sliders (`input[data-control="departments"]`,
 * `input[data-control="links"]`) for how many departments and links to draw, the way
 * process-mining tools filter a map by frequency, and the map (`renderDepartmentMap`), redrawn
 * when a slider moves.
 *
 * @example
 * departmentMapPanel(document.querySelector(".hukka-report"), departmentMapData(service, report), { unit: "per customer", interactive: true });
 */
export function departmentMapPanel(parent: Element, data: DepartmentMapData, options: DepartmentMapPanelOptions): HTMLElement {
  const section = select(parent).append("section").attr("class", "hukka-department-map-panel");
  section.append("h2").text("Department map");
  section
    .append("p")
    .attr("class", "hukka-hint")
    .text(
      `Departments as circles (area: visits ${options.unit}), hand-offs as arrows (width: how many). ` +
        "Wine: pairs the customers ping-pong between. Departments not shown are folded into one dashed \"other\" circle, so the visits still add up.",
    );
  const controls = section.append("div").attr("class", "hukka-map-controls");
  const slider = (control: "departments" | "links", label: string, min: number, max: number, value: number) => rangeControl(controls, control, label, min, max, value);
  const total = data.departments.length;
  const departments = slider("departments", "Departments", 1, Math.max(1, Math.min(total, MAX_DEPARTMENTS)), Math.min(total, DEPARTMENT_MAP_LAYOUT_DEFAULTS.departments));
  const links = slider("links", "Links", 0, Math.max(1, Math.min(data.handoffs.length, MAX_LINKS)), Math.min(data.handoffs.length, DEPARTMENT_MAP_LAYOUT_DEFAULTS.links));
  const caption = section.append("p").attr("class", "hukka-map-caption");
  const canvas = section.append("div").attr("class", "hukka-map-canvas");

  const draw = () => {
    const n = Number((departments.input.node() as HTMLInputElement).value);
    const m = Number((links.input.node() as HTMLInputElement).value);
    const layout = layoutDepartmentMap(data, { departments: n, links: m });
    departments.shown.text(String(layout.departments.shown));
    links.shown.text(String(layout.linkCounts.shown));
    const folded = layout.departments.total - layout.departments.shown;
    caption.text(
      `${count(layout.departments.shown, "department")} of ${layout.departments.total.toLocaleString("en")}` +
        (folded > 0 ? ` (${folded.toLocaleString("en")} more in "other")` : "") +
        ` · ${count(layout.linkCounts.shown, "link")} of ${layout.linkCounts.total.toLocaleString("en")}` +
        (layout.linkCounts.total > layout.linkCounts.shown ? ", the most frequent" : ""),
    );
    canvas.selectAll("*").remove();
    const svg = drawDepartmentMap(canvas.node() as Element, layout, "Department map", options.unit);
    // a small map may grow to half again its size; a large one shrinks to the page's width
    select(svg).style("max-width", `min(100%, ${Math.round(layout.width * 1.5)}px)`);
  };
  draw();
  if (options.interactive) {
    departments.input.on("input", draw);
    links.input.on("input", draw);
  }
  return section.node() as HTMLElement;
}
