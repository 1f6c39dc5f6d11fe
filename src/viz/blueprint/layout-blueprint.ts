import type { WasteReport } from "../../analysis/report.js";
import { resolvedProbabilities } from "../../model/resolved-probabilities.js";
import type { Service, StepType, Transition } from "../../model/types.js";
import { fitText } from "../svg/fit-text.js";
import { formatBothClocks } from "../../analysis/format-both-clocks.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { formatWorkingDays } from "../../analysis/format-working-time.js";
import { ownNumber } from "../svg/own-number.js";
import { textWidth } from "../svg/text-width.js";
import {
  BLUEPRINT_LAYOUT_DEFAULTS,
  type BlueprintLane,
  type BlueprintLayout,
  type BlueprintLayoutOptions,
  type BlueprintLegendItem,
  type BlueprintLine,
  type BlueprintLink,
  type BlueprintNode,
  type BlueprintSegment,
} from "./blueprint-layout.js";
import { orderedDepartments, placeInCells, type Cells, type DepartmentRow } from "./place-in-cells.js";

const PAD = 8;
const LINE_HEIGHT = 1.25;
const MARGIN_BOTTOM = 76;
const LEGEND: [BlueprintLegendItem["kind"], string][] = [
  ["value", "value"],
  ["necessary", "necessary"],
  ["waste", "waste"],
  ["link", "move within a department"],
  ["handoff", "hand-off to another department"],
  ["failure", "failure demand"],
  ["no-flow", "no expected flow"],
];

/**
 * The service blueprint as pure data: one lane per department (frontstage lanes above the line
 * of visibility, then backstage, then support), touchpoints in columns by their distance from the
 * entries and stacked in their lane × column cell, and a curved path per transition whose width
 * is the expected flow `visits(u) · p(u,v)` of the report. No two node boxes overlap and every
 * label is fitted inside its box, at any size of model. Inputs are not modified.
 *
 * @example
 * const layout = layoutBlueprint(service, analyse(service));
 * layout.nodes.find((n) => n.id === "call"); // { column: 0, lane: "frontstage", x: 228, y: 16, … }
 */
export function layoutBlueprint(
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: Partial<BlueprintLayoutOptions> = {},
): BlueprintLayout {
  const o: BlueprintLayoutOptions = { ...BLUEPRINT_LAYOUT_DEFAULTS, ...options };
  const probabilities = resolvedProbabilities(service);
  const departments = orderedDepartments(service);
  const cells = placeInCells(service, probabilities, departments, o.columns);
  const lanes = layoutLanes(departments, cells, report, o);
  const nodes = layoutNodes(service, report, probabilities, cells, lanes, o);
  const columns = cells.columns;
  const width = o.gutter + columns * (o.nodeWidth + o.columnGap);
  const contentBottom = lanes.length ? lanes[lanes.length - 1]!.y + lanes[lanes.length - 1]!.height : 0;
  const lines = layoutLines(lanes, width, o);
  const links = layoutLinks(service, report, probabilities, nodes, o);
  const maxFlow = links.reduce((m, l) => Math.max(m, l.flow), 0);
  const legend = layoutLegend(contentBottom + MARGIN_BOTTOM - 2 * o.fontSize, o);
  const legendRight = legend.reduce((m, l) => Math.max(m, l.labelBox.x + l.labelBox.width), 0);
  const height = contentBottom + MARGIN_BOTTOM;
  return { width: Math.max(width, legendRight + PAD), height, columns, lanes, lines, nodes, links, legend, legendHeight: MARGIN_BOTTOM, maxFlow, options: o };
}

function layoutLanes(
  departments: DepartmentRow[],
  cells: Cells,
  report: Pick<WasteReport, "expected">,
  o: BlueprintLayoutOptions,
): BlueprintLane[] {
  const width = o.gutter + cells.columns * (o.nodeWidth + o.columnGap);
  const lineHeight = o.fontSize * LINE_HEIGHT;
  const totalWaste = report.expected.wasteMinutes;
  let y = 0;
  return departments.map((d, i) => {
    const rows = cells.rows[i]!;
    const height = 2 * o.lanePadding + rows * o.nodeHeight + (rows - 1) * o.rowGap;
    // Name, lane kind and waste share must fit above the next lane's edge with room for a line label.
    const maxLines = Math.max(1, Math.floor((height - 2 * o.lanePadding - o.detailFontSize * 2.9) / lineHeight));
    const wasteMinutes = ownNumber(report.expected.wasteByDepartment, d.id);
    const wasteShare = totalWaste > 0 ? wasteMinutes / totalWaste : 0;
    const label = fitText(d.name, o.gutter - 2 * PAD - 4, o.fontSize, Math.min(3, maxLines));
    const lane: BlueprintLane = {
      department: d.id,
      name: d.name,
      lane: d.lane,
      x: 0,
      y,
      width,
      height,
      rows,
      label,
      labelBox: { x: PAD + 4, y: y + o.lanePadding, width: o.gutter - 2 * PAD - 4, height: label.length * lineHeight },
      wasteMinutes,
      wasteShare,
      wasteLabel: fitText(`${Math.round(wasteShare * 100)}% of the waste`, o.gutter - 2 * PAD - 4, o.detailFontSize, 1)[0] ?? "",
    };
    y += height;
    return lane;
  });
}

function layoutLines(lanes: BlueprintLane[], width: number, o: BlueprintLayoutOptions): BlueprintLine[] {
  const lines: BlueprintLine[] = [];
  const boundary = (kind: BlueprintLine["kind"], label: string, below: (l: BlueprintLane) => boolean) => {
    const first = lanes.findIndex(below);
    // No line above the first lane, and one line where two boundaries meet (no backstage lanes).
    if (first <= 0 || lines.some((l) => l.y === lanes[first]!.y)) return;
    const y = lanes[first]!.y;
    const h = o.detailFontSize * LINE_HEIGHT;
    lines.push({ kind, y, x1: 0, x2: width, label, labelBox: { x: PAD + 4, y: y - h - 3, width: o.gutter - 2 * PAD - 4, height: h } });
  };
  boundary("visibility", "line of visibility", (l) => l.lane !== "frontstage");
  boundary("internal-interaction", "line of internal interaction", (l) => l.lane === "support");
  return lines;
}

function layoutNodes(
  service: Service,
  report: Pick<WasteReport, "expected">,
  probabilities: number[],
  cells: Cells,
  lanes: BlueprintLane[],
  o: BlueprintLayoutOptions,
): BlueprintNode[] {
  const lineHeight = o.fontSize * LINE_HEIGHT;
  const inner = o.nodeWidth - 2 * PAD;
  const waits = waitsBefore(service, report, probabilities, (t) => t.wait);
  const day = service.workingDayMinutes ?? null;
  const working = day !== null && service.transitions.some((t) => t.workingWait !== undefined);
  const workingWaits = working ? waitsBefore(service, report, probabilities, (t) => t.workingWait) : null;
  return service.touchpoints.map((t, i) => {
    const lane = lanes[cells.laneOf[i]!]!;
    const x = o.gutter + cells.column[i]! * (o.nodeWidth + o.columnGap) + o.columnGap / 2;
    const y = lane.y + o.lanePadding + cells.slot[i]! * (o.nodeHeight + o.rowGap);
    const sum = (type: StepType) => t.steps.reduce((s, step) => (step.type === type ? s + step.minutes : s), 0);
    const valueMinutes = sum("value");
    const necessaryMinutes = sum("necessary");
    const wasteMinutes = sum("waste");
    const minutes = valueMinutes + necessaryMinutes + wasteMinutes;
    const name = t.name ?? t.id;
    const visits = ownNumber(report.expected.visits, t.id);
    const label = fitText(name, inner, o.fontSize, o.labelLines);
    const bar = { x: x + PAD, y: y + PAD + o.labelLines * lineHeight + 4, width: inner, height: 7 };
    let cursor = bar.x;
    const segments: BlueprintSegment[] = [];
    for (const [type, m] of [["value", valueMinutes], ["necessary", necessaryMinutes], ["waste", wasteMinutes]] as const) {
      if (m <= 0) continue;
      const w = (bar.width * m) / minutes;
      segments.push({ type, x: cursor, width: w, minutes: m });
      cursor += w;
    }
    const detailText = t.outcome
      ? `${t.outcome} · ${Math.round(visits * 100)}% end here`
      : minutes > 0
        ? `${formatDuration(minutes)} here · ${Math.round((100 * wasteMinutes) / minutes)}% waste`
        : "no steps";
    const detail = fitText(detailText, inner, o.detailFontSize, 1)[0] ?? "";
    const detailHeight = o.detailFontSize * LINE_HEIGHT;
    const wait = waits[i]!;
    const workingWait = workingWaits?.[i] ?? null;
    // both clocks leave no room for "waits … before": the report's hint says what the label is
    const waitWords = workingWait !== null ? `${formatDuration(wait)}, ${formatWorkingDays(workingWait, day!).replace(" of working time", " working")}` : `waits ${formatDuration(wait)} before`;
    const waitLabel = wait > 0 ? (fitText(waitWords, inner, o.detailFontSize, 1)[0] ?? null) : null;
    const waitText = wait > 0 ? `waits ${workingWait !== null ? formatBothClocks(wait, workingWait, day!) : formatDuration(wait)} before` : null;
    const detailY = bar.y + bar.height + 3;
    return {
      id: t.id,
      name,
      department: t.department,
      departmentName: lane.name,
      lane: lane.lane,
      channel: t.channel ?? null,
      column: cells.column[i]!,
      reachable: cells.reachable[i] === 1,
      entry: t.entry === true || (typeof t.entry === "number" && t.entry > 0),
      outcome: t.outcome ?? null,
      steps: t.steps.map((s) => ({ ...s })),
      minutes,
      valueMinutes,
      necessaryMinutes,
      wasteMinutes,
      visits,
      x,
      y,
      width: o.nodeWidth,
      height: o.nodeHeight,
      label,
      labelBox: { x: x + PAD, y: y + PAD - 2, width: inner, height: label.length * lineHeight },
      bar,
      segments,
      detail,
      detailBox: { x: x + PAD, y: detailY, width: inner, height: detailHeight },
      wait,
      workingWait,
      waitLabel,
      waitText,
      waitBox: { x: x + PAD, y: detailY + detailHeight + 1, width: inner, height: detailHeight },
    };
  });
}

function layoutLinks(
  service: Service,
  report: Pick<WasteReport, "expected">,
  probabilities: number[],
  nodes: BlueprintNode[],
  o: BlueprintLayoutOptions,
): BlueprintLink[] {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const raw = service.transitions.flatMap((t, k) => {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to) return [];
    const probability = probabilities[k]!;
    return [{ t, from, to, probability, flow: ownNumber(report.expected.visits, t.from) * probability }];
  });
  const maxFlow = raw.reduce((m, l) => Math.max(m, l.flow), 0);
  return raw.map(({ t, from, to, probability, flow }) => {
    const kind: BlueprintLink["kind"] =
      from === to ? "self" : to.column > from.column ? "forward" : to.column === from.column ? "side" : "backward";
    const width =
      flow > 0 && maxFlow > 0 ? o.minLinkWidth + ((o.maxLinkWidth - o.minLinkWidth) * flow) / maxFlow : o.minLinkWidth;
    return {
      from: t.from,
      to: t.to,
      probability,
      flow,
      width,
      handoff: from.department !== to.department,
      failure: t.failure ?? false,
      wait: t.wait ?? 0,
      waitText: waitText(t, service.workingDayMinutes),
      kind,
      fromName: from.name,
      toName: to.name,
      path: linkPath(kind, from, to, o),
    };
  });
}

function layoutLegend(y: number, o: BlueprintLayoutOptions): BlueprintLegendItem[] {
  let x = PAD + 4;
  const h = o.detailFontSize * LINE_HEIGHT;
  return LEGEND.map(([kind, label]) => {
    const swatch = { x, y: y + (h - 10) / 2, width: 22, height: 10 };
    const width = Math.ceil(textWidth(label, o.detailFontSize));
    const labelBox = { x: x + 28, y, width, height: h };
    x += 28 + width + 18;
    return { kind, label, swatch, labelBox };
  });
}

const r = (x: number) => Math.round(x * 10) / 10;

/** A transition's wait for a tooltip: on both clocks when it has a working wait and the model a working day. */
function waitText(t: Transition, day: number | undefined): string | null {
  if (!t.wait) return null;
  return t.workingWait !== undefined && day !== undefined ? formatBothClocks(t.wait, t.workingWait, day) : formatDuration(t.wait);
}

/** Per touchpoint: the expected wait before a visit, Σ flow(u,t) · wait(u,t) / visits(t), on the clock `wait` reads. */
function waitsBefore(service: Service, report: Pick<WasteReport, "expected">, probabilities: number[], wait: (t: Transition) => number | undefined): number[] {
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i] as const));
  const waited = new Float64Array(service.touchpoints.length);
  service.transitions.forEach((t, k) => {
    const to = index.get(t.to);
    const w = wait(t);
    if (to !== undefined && w) waited[to] = waited[to]! + ownNumber(report.expected.visits, t.from) * probabilities[k]! * w;
  });
  return service.touchpoints.map((t, i) => {
    const visits = ownNumber(report.expected.visits, t.id);
    return visits > 0 ? waited[i]! / visits : 0;
  });
}

/** Cubic Bézier paths: forward links leave on the right and enter on the left; backward ones arc below. */
function linkPath(kind: BlueprintLink["kind"], a: BlueprintNode, b: BlueprintNode, o: BlueprintLayoutOptions): string {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  switch (kind) {
    case "forward": {
      const x1 = a.x + a.width;
      const x2 = b.x;
      const mx = (x1 + x2) / 2;
      return `M${r(x1)},${r(ay)}C${r(mx)},${r(ay)} ${r(mx)},${r(by)} ${r(x2)},${r(by)}`;
    }
    case "side": {
      const x = a.x + a.width;
      const bulge = Math.min(o.columnGap * 0.8, 24 + Math.abs(by - ay) / 8);
      return `M${r(x)},${r(ay)}C${r(x + bulge)},${r(ay)} ${r(x + bulge)},${r(by)} ${r(x)},${r(by)}`;
    }
    case "backward": {
      const x1 = a.x + a.width / 2 + 12;
      const x2 = b.x + b.width / 2 - 12;
      const y1 = a.y + a.height;
      const y2 = b.y + b.height;
      const depth = Math.min(40, 18 + 6 * (a.column - b.column));
      const low = Math.max(y1, y2) + depth;
      return `M${r(x1)},${r(y1)}C${r(x1)},${r(low)} ${r(x2)},${r(low)} ${r(x2)},${r(y2)}`;
    }
    case "self": {
      const x1 = a.x + a.width - 44;
      const x2 = a.x + a.width - 14;
      // The loop rises about 16 px: within the lane's padding and the gap between rows.
      return `M${r(x1)},${r(a.y)}C${r(x1 - 8)},${r(a.y - 21)} ${r(x2 + 8)},${r(a.y - 21)} ${r(x2)},${r(a.y)}`;
    }
  }
}
