import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import type { Box } from "../svg/box.js";
import { fitText } from "../svg/fit-text.js";
import { formatDuration } from "../../analysis/format-duration.js";

/**
 * One bar of the waste breakdown: a waste category or a department, its minutes and share.
 *
 * @example
 * layoutWasteBreakdown(service, report).groups[0].bars[0]; // { key: "delay", minutes: 42716.1, share: 0.99, … }
 */
export interface WasteBar extends Box {
  /** The waste category, or the department id. */
  key: string;
  name: string;
  /** Expected waste minutes per customer. */
  minutes: number;
  /** Share of all expected waste minutes. */
  share: number;
  label: string[];
  labelBox: Box;
  valueLabel: string;
  valueBox: Box;
}

/**
 * One group of bars of the waste breakdown: by category, or by department.
 *
 * @example
 * layoutWasteBreakdown(service, report).groups.map((group) => group.title);
 */
export interface WasteBreakdownGroup {
  title: string;
  y: number;
  bars: WasteBar[];
}

/**
 * What `layoutWasteBreakdown` returns: two groups of bars, in pixels.
 *
 * @example
 * const { groups: [byCategory, byDepartment] } = layoutWasteBreakdown(service, report);
 */
export interface WasteBreakdownLayout {
  width: number;
  height: number;
  groups: [byCategory: WasteBreakdownGroup, byDepartment: WasteBreakdownGroup];
  options: WasteBreakdownLayoutOptions;
}

/**
 * Sizes of the waste breakdown, in pixels; the defaults are `WASTE_BREAKDOWN_LAYOUT_DEFAULTS`.
 *
 * @example
 * layoutWasteBreakdown(service, report, { barWidth: 400 });
 */
export interface WasteBreakdownLayoutOptions {
  labelWidth: number;
  barWidth: number;
  barHeight: number;
  gap: number;
  fontSize: number;
  /** Bars per group; past it the rest are summed into one "other" bar (key ""). */
  top: number;
}

/**
 * The defaults of `layoutWasteBreakdown`'s options, in pixels.
 *
 * @example
 * WASTE_BREAKDOWN_LAYOUT_DEFAULTS.barWidth; // 300
 */
export const WASTE_BREAKDOWN_LAYOUT_DEFAULTS: Readonly<WasteBreakdownLayoutOptions> = Object.freeze({
  labelWidth: 180,
  barWidth: 300,
  barHeight: 18,
  gap: 6,
  fontSize: 11,
  top: 12,
});

const TITLE = 28;
const VALUE_WIDTH = 96;

/**
 * The report's expected waste minutes per customer as two groups of horizontal bars, largest
 * first: by waste category and by department (department names from the service), each the top
 * `top` (12) and one "other" bar (key `""`) for the rest, so the minutes still add up. Bars share
 * one scale so the two groups compare.
 *
 * @example
 * const { groups } = layoutWasteBreakdown(service, report);
 * groups[0].bars[0]; // { key: "delay", minutes: 4380, share: 0.93, width: 300, … }
 */
export function layoutWasteBreakdown(
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: Partial<WasteBreakdownLayoutOptions> = {},
): WasteBreakdownLayout {
  const o: WasteBreakdownLayoutOptions = { ...WASTE_BREAKDOWN_LAYOUT_DEFAULTS, ...options };
  const departmentName = new Map(service.departments.map((d) => [d.id, d.name ?? d.id] as const));
  const entries = (record: Record<string, number>) =>
    Object.keys(record)
      .map((key) => [key, record[key]!] as const)
      .filter(([, m]) => Number.isFinite(m) && m > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // the top rows, and one "other" row (key "": no department or category has an empty id) for the rest
  const others = new Map<string, string>();
  const cut = (rows: (readonly [string, number])[], word: string) => {
    if (rows.length <= o.top) return rows;
    const rest = rows.slice(o.top);
    others.set(word, `other (${rest.length} ${word})`);
    return [...rows.slice(0, o.top), ["", rest.reduce((s, [, m]) => s + m, 0)] as const];
  };
  const categories = cut(entries(report.expected.wasteByCategory), "categories");
  const departments = cut(entries(report.expected.wasteByDepartment), "departments");
  const total = categories.reduce((s, [, m]) => s + m, 0);
  const max = Math.max(0, ...categories.map(([, m]) => m), ...departments.map(([, m]) => m));
  const lineHeight = o.fontSize * 1.25;

  let y = 0;
  const group = (title: string, rows: (readonly [string, number])[], name: (key: string) => string) => {
    const top = y;
    y += TITLE;
    const bars = rows.map(([key, minutes]): WasteBar => {
      const x = o.labelWidth;
      const width = max > 0 ? Math.max(1, (o.barWidth * minutes) / max) : 0;
      const bar: WasteBar = {
        key,
        name: name(key),
        minutes,
        share: total > 0 ? minutes / total : 0,
        x,
        y,
        width,
        height: o.barHeight,
        label: fitText(name(key), o.labelWidth - 12, o.fontSize, 1),
        labelBox: { x: 0, y: y + (o.barHeight - lineHeight) / 2, width: o.labelWidth - 12, height: lineHeight },
        valueLabel: `${formatDuration(minutes)} · ${Math.round((total > 0 ? minutes / total : 0) * 100)}%`,
        valueBox: { x: x + width + 6, y: y + (o.barHeight - lineHeight) / 2, width: VALUE_WIDTH, height: lineHeight },
      };
      y += o.barHeight + o.gap;
      return bar;
    });
    if (rows.length === 0) y += o.barHeight + o.gap;
    y += 12;
    return { title, y: top, bars };
  };
  const per = `per ${service.noun ?? "customer"}`;
  const byCategory = group(`Waste by category (${per})`, categories, (k) => (k === "" ? others.get("categories")! : k));
  const byDepartment = group(`Waste by department (${per})`, departments, (k) =>
    k === "" ? others.get("departments")! : (departmentName.get(k) ?? k),
  );
  return { width: o.labelWidth + o.barWidth + 6 + VALUE_WIDTH, height: y, groups: [byCategory, byDepartment], options: o };
}
