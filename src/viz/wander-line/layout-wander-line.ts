import type { Lane, Service } from "../../model/types.js";
import type { Box } from "../svg/box.js";
import { fitText } from "../svg/fit-text.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { formatWorkingDays } from "../../analysis/format-working-time.js";
import { journeyMarks, type JourneyMark } from "../svg/journey-marks.js";

/**
 * One department's lane of a wander line.
 *
 * @example
 * layoutWanderLine(service, journey).lanes.map((lane) => lane.department);
 */
export interface WanderLane {
  department: string;
  name: string;
  lane: Lane;
  y: number;
  height: number;
  label: string[];
  labelBox: Box;
}

/**
 * One visit of the journey: a point in its department's lane, named in the band under the lanes.
 *
 * @example
 * layoutWanderLine(service, { path: ["call", "lab", "call2"] }).points[2].marks;
 * // ["handoff", "ping-pong", "revisit"] when call and call2 share a department
 */
export interface WanderPoint {
  index: number;
  id: string;
  name: string;
  department: string;
  x: number;
  y: number;
  minutes: number;
  marks: JourneyMark[];
  /** The name in up to two lines, in the band under the lanes: never on the line itself. */
  label: string[];
  labelBox: Box;
  minutesLabel: string;
  minutesBox: Box;
}

/**
 * The move between two consecutive visits, with the wait before the second.
 *
 * @example
 * layoutWanderLine(service, journey).segments.filter((s) => s.handoff).length; // the journey's hand-offs
 */
export interface WanderSegment {
  from: string;
  to: string;
  index: number;
  wait: number;
  handoff: boolean;
  failure: boolean;
  path: string;
  waitLabel: string | null;
  waitBox: Box | null;
  /** The wait on the time axis: its width grows with √(wait), so a long wait looks long. */
  waitBar: Box | null;
}

/**
 * What `layoutWanderLine` returns: one journey as positions, in pixels.
 *
 * @example
 * const { points, segments, path } = layoutWanderLine(service, report.wanderPaths[0]);
 */
export interface WanderLineLayout {
  width: number;
  height: number;
  lanes: WanderLane[];
  points: WanderPoint[];
  segments: WanderSegment[];
  /** The whole line as SVG path data. */
  path: string;
  /** Top of the band under the lanes: the time axis, then names, then minutes at each visit. */
  timeY: number;
  /** Tops of the band's rows: the waits on the axis, the names, the minutes at the visit. */
  rows: { axis: number; names: number; minutes: number };
  options: WanderLineLayoutOptions;
}

/**
 * Sizes of the wander line, in pixels; the defaults are `WANDER_LINE_LAYOUT_DEFAULTS`.
 *
 * @example
 * layoutWanderLine(service, journey, { step: 120 });
 */
export interface WanderLineLayoutOptions {
  /** Horizontal distance between two visits without a wait between them: room for their names. */
  step: number;
  /**
   * Extra distance a wait adds, in pixels per √day: gap = step + waitScale × √(wait in days).
   * A square root keeps a 28-day wait visibly longer than a 2-day one (√14 ≈ 3.7 ×) without
   * pushing the rest of the trip off the page.
   */
  waitScale: number;
  laneHeight: number;
  gutter: number;
  fontSize: number;
}

/**
 * The defaults of `layoutWanderLine`'s options, in pixels.
 *
 * @example
 * WANDER_LINE_LAYOUT_DEFAULTS.step; // 116
 */
export const WANDER_LINE_LAYOUT_DEFAULTS: Readonly<WanderLineLayoutOptions> = Object.freeze({
  step: 116,
  waitScale: 44,
  laneHeight: 40,
  gutter: 156,
  fontSize: 10.5,
});

const LANE_ORDER: Record<Lane, number> = { frontstage: 0, backstage: 1, support: 2 };
/** Above this many departments a wander line has lanes only for the departments the journey visits. */
const MANY_DEPARTMENTS = 12;

/** Every department of a small service; of a large one (hundreds of teams), those the journey visits. */
function laneDepartments(service: Service, path: readonly string[]): Service["departments"] {
  if (service.departments.length <= MANY_DEPARTMENTS) return service.departments;
  const visited = new Set<string>();
  const wanted = new Set(path);
  for (const t of service.touchpoints) if (wanted.has(t.id)) visited.add(t.department);
  return service.departments.filter((d) => visited.has(d.id));
}
const LINE_HEIGHT = 1.25;
const AXIS_HEIGHT = 26;

/**
 * One journey as a line that zig-zags across the department lanes in visiting order (the
 * customer's trip as staff never see it): a point per visit, the visits that hand off,
 * ping-pong, revisit a department or repeat a touchpoint marked (see `journeyMarks`), and under
 * the lanes a time axis — each wait a bar whose width grows with its square root, so the gaps
 * between visits show where the days go — with the names of the visits and their minutes, clear
 * of the line. Lanes are in the blueprint's order; a service with more than 12 departments gets
 * lanes only for the departments the journey visits. Inputs are not modified.
 *
 * @example
 * const line = layoutWanderLine(service, report.wanderPaths[0]);
 * line.points.map((p) => p.marks); // [[], ["handoff"], ["handoff", "ping-pong", "revisit"], …]
 */
export function layoutWanderLine(
  service: Service,
  journey: { path: readonly string[] },
  options: Partial<WanderLineLayoutOptions> = {},
): WanderLineLayout {
  const o: WanderLineLayoutOptions = { ...WANDER_LINE_LAYOUT_DEFAULTS, ...options };
  const lineHeight = o.fontSize * LINE_HEIGHT;
  const lanes: WanderLane[] = laneDepartments(service, journey.path)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => LANE_ORDER[a.d.lane ?? "frontstage"] - LANE_ORDER[b.d.lane ?? "frontstage"] || a.i - b.i)
    .map(({ d }, row) => {
      const y = row * o.laneHeight;
      const label = fitText(d.name ?? d.id, o.gutter - 20, o.fontSize + 1, 2);
      const h = label.length * (o.fontSize + 1) * LINE_HEIGHT;
      return {
        department: d.id,
        name: d.name ?? d.id,
        lane: d.lane ?? "frontstage",
        y,
        height: o.laneHeight,
        label,
        labelBox: { x: 10, y: y + (o.laneHeight - h) / 2, width: o.gutter - 20, height: h },
      };
    });
  const laneOf = new Map(lanes.map((l) => [l.department, l] as const));
  const touchpoints = new Map(service.touchpoints.map((t) => [t.id, t] as const));
  const transitions = new Map<string, Service["transitions"][number]>();
  for (const t of service.transitions) transitions.set(JSON.stringify([t.from, t.to]), t);

  const visits = journey.path.map((id) => touchpoints.get(id));
  const departments = visits.map((t) => t?.department ?? "");
  const marks = journeyMarks(journey.path, departments);
  const timeY = lanes.length * o.laneHeight + 6;
  const rows = { axis: timeY, names: timeY + AXIS_HEIGHT + 4, minutes: timeY + AXIS_HEIGHT + 6 + 2 * lineHeight };
  const waitOf = (i: number) => (i === 0 ? 0 : (transitions.get(JSON.stringify([journey.path[i - 1], journey.path[i]]))?.wait ?? 0));
  const labelWidth = o.step - 10;

  let x = o.gutter + o.step / 2;
  const points: WanderPoint[] = journey.path.map((id, index) => {
    if (index > 0) x += o.step + waitWidth(waitOf(index), o);
    const t = visits[index];
    const lane = laneOf.get(departments[index]!);
    const y = lane ? lane.y + lane.height / 2 : timeY;
    const minutes = t ? t.steps.reduce((s, step) => s + step.minutes, 0) : 0;
    const name = t?.name ?? id;
    const label = fitText(name, labelWidth, o.fontSize, 2);
    return {
      index,
      id,
      name,
      department: departments[index]!,
      x,
      y,
      minutes,
      marks: marks[index]!,
      label,
      labelBox: { x: x - labelWidth / 2, y: rows.names, width: labelWidth, height: label.length * lineHeight },
      minutesLabel: formatDuration(minutes),
      minutesBox: { x: x - labelWidth / 2, y: rows.minutes, width: labelWidth, height: lineHeight },
    };
  });

  const segments: WanderSegment[] = points.slice(1).map((b, i) => {
    const a = points[i]!;
    const t = transitions.get(JSON.stringify([a.id, b.id]));
    const wait = t?.wait ?? 0;
    const mx = (a.x + b.x) / 2;
    const bar = waitWidth(wait, o);
    const labelWidthWait = b.x - a.x - 16;
    return {
      from: a.id,
      to: b.id,
      index: i,
      wait,
      handoff: a.department !== b.department,
      failure: t?.failure ?? false,
      path: `M${a.x},${a.y}C${mx},${a.y} ${mx},${b.y} ${b.x},${b.y}`,
      // on both clocks when the model knows its working time: "+20 h, 5 h of working time"
      waitLabel:
        wait > 0
          ? `+${formatDuration(wait)}${t?.workingWait !== undefined && service.workingDayMinutes !== undefined ? `, ${formatWorkingDays(t.workingWait, service.workingDayMinutes)}` : ""}`
          : null,
      waitBox: wait > 0 ? { x: mx - labelWidthWait / 2, y: rows.axis, width: labelWidthWait, height: lineHeight } : null,
      waitBar: wait > 0 ? { x: mx - Math.max(2, bar) / 2, y: rows.axis + lineHeight + 3, width: Math.max(2, bar), height: 6 } : null,
    };
  });

  const path = points.length
    ? `M${points[0]!.x},${points[0]!.y}` + segments.map((s) => s.path.slice(s.path.indexOf("C"))).join("")
    : "";
  const width = (points.length ? points[points.length - 1]!.x : o.gutter) + o.step / 2;
  return { width, height: rows.minutes + lineHeight + 8, lanes, points, segments, path, timeY, rows, options: o };
}

/** The extra width of a wait: waitScale × √(wait in days). */
function waitWidth(wait: number, o: WanderLineLayoutOptions): number {
  return wait > 0 ? o.waitScale * Math.sqrt(wait / 1440) : 0;
}
