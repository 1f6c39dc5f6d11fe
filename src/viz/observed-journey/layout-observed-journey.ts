import type { ObservedJourney } from "../../log-report/observed-journeys.js";
import type { Box } from "../svg/box.js";
import { fitText } from "../svg/fit-text.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { journeyMarks, type JourneyMark } from "../svg/journey-marks.js";
import { textWidth } from "../svg/text-width.js";

/**
 * One department's lane of an observed journey ("" for events without a department).
 *
 * @example
 * layoutObservedJourney(journey).lanes.map((lane) => lane.department); // in order of first visit
 */
export interface ObservedLane {
  department: string;
  name: string;
  y: number;
  height: number;
  label: string[];
  labelBox: Box;
}

/**
 * One event of the journey, placed at its time in its department's lane.
 *
 * @example
 * layoutObservedJourney(journey).points[0].elapsed; // 0: the case starts
 */
export interface ObservedPoint {
  index: number;
  activity: string;
  department: string | null;
  /** Minutes since the case's first event. */
  elapsed: number;
  x: number;
  y: number;
  marks: JourneyMark[];
  /** The activity above the point, or null where the label before it in the lane leaves no room. */
  label: string | null;
  labelBox: Box | null;
  /** "+3 d": elapsed time under the point, or null where the label before leaves no room. */
  timeLabel: string | null;
  timeBox: Box | null;
}

/**
 * What `layoutObservedJourney` returns: one case as positions, in pixels.
 *
 * @example
 * const { lanes, points, path } = layoutObservedJourney(observedJourneys(log).wanderers[0]);
 */
export interface ObservedJourneyLayout {
  width: number;
  height: number;
  lanes: ObservedLane[];
  points: ObservedPoint[];
  /** The line through every point, as SVG path data. */
  path: string;
  /** Top of the band under the lanes that carries the elapsed times. */
  timeY: number;
  options: ObservedJourneyLayoutOptions;
}

/**
 * Sizes of the observed journey, in pixels; the defaults are `OBSERVED_JOURNEY_LAYOUT_DEFAULTS`.
 *
 * @example
 * layoutObservedJourney(journey, { span: 900 });
 */
export interface ObservedJourneyLayoutOptions {
  /** Width of the time axis when the events are spread out; more events widen it (see `minGap`). */
  span: number;
  /** Least distance between two events: events close in time are pushed apart by it. */
  minGap: number;
  laneHeight: number;
  gutter: number;
  fontSize: number;
}

/**
 * The defaults of `layoutObservedJourney`'s options.
 *
 * @example
 * OBSERVED_JOURNEY_LAYOUT_DEFAULTS.minGap; // 18
 */
export const OBSERVED_JOURNEY_LAYOUT_DEFAULTS: Readonly<ObservedJourneyLayoutOptions> = Object.freeze({
  span: 640,
  minGap: 18,
  laneHeight: 48,
  gutter: 132,
  fontSize: 10.5,
});

const LINE_HEIGHT = 1.25;
/** Widest activity label above an event. */
const LABEL_WIDTH = 110;
const MS_PER_MINUTE = 60_000;
const r = (x: number) => Math.round(x * 10) / 10;

/**
 * An observed case as a wander line on its real clock: a lane per department in the order the
 * case first enters it (events without a department in a last lane, "no department"), each
 * event at its time since the case started — events closer than `minGap` pixels pushed apart,
 * so ties stay visible — with its activity above it where the lane has room, and the line through
 * them with its hand-offs, ping-pongs, revisits and repeats marked (`journeyMarks`: they add up to the journey's counts). Inputs are not modified.
 *
 * @example
 * const line = layoutObservedJourney(observedJourneys(log).variants[0]);
 * line.points.map((p) => p.elapsed); // [0, 4.5, 130]
 */
export function layoutObservedJourney(
  journey: Pick<ObservedJourney, "events">,
  options: Partial<ObservedJourneyLayoutOptions> = {},
): ObservedJourneyLayout {
  const o: ObservedJourneyLayoutOptions = { ...OBSERVED_JOURNEY_LAYOUT_DEFAULTS, ...options };
  const lineHeight = o.fontSize * LINE_HEIGHT;
  const events = journey.events;
  const order: string[] = [];
  const seen = new Set<string>();
  for (const e of events) if (e.department !== null && !seen.has(e.department)) (seen.add(e.department), order.push(e.department));
  if (events.some((e) => e.department === null)) order.push("");
  const lanes: ObservedLane[] = order.map((department, row) => {
    const y = row * o.laneHeight;
    const name = department === "" ? "no department" : department;
    const label = fitText(name, o.gutter - 16, o.fontSize + 0.5, 2);
    const h = label.length * (o.fontSize + 0.5) * LINE_HEIGHT;
    return { department, name, y, height: o.laneHeight, label, labelBox: { x: 8, y: y + (o.laneHeight - h) / 2, width: o.gutter - 16, height: h } };
  });
  const laneOf = new Map(lanes.map((l) => [l.department, l] as const));
  const start = events[0]?.time ?? 0;
  const total = Math.max(0, (events[events.length - 1]?.time ?? 0) - start);
  const marks = journeyMarks(
    events.map((e) => e.activity),
    events.map((e) => e.department) as string[], // null: no department, left out of the runs
  );
  const timeY = lanes.length * o.laneHeight + 4;
  const points: ObservedPoint[] = [];
  let lastLabelRight = -Infinity;
  const laneRight = new Map<string, number>(); // right end of the last activity label in each lane
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const onClock = o.gutter + 12 + (total > 0 ? ((e.time - start) / total) * o.span : 0);
    const x = i === 0 ? onClock : Math.max(onClock, points[i - 1]!.x + o.minGap);
    const lane = laneOf.get(e.department ?? "")!;
    const elapsed = (e.time - start) / MS_PER_MINUTE;
    const text = i === 0 ? "start" : `+${formatDuration(elapsed)}`;
    const w = Math.ceil(textWidth(text, o.fontSize));
    const room = x - w / 2 >= lastLabelRight + 6;
    if (room) lastLabelRight = x + w / 2;
    const name = fitText(e.activity, LABEL_WIDTH, o.fontSize, 1)[0] ?? "";
    const nameWidth = Math.ceil(textWidth(name, o.fontSize));
    const laneKey = e.department ?? "";
    // centred on the event, but never over the lane names
    const nameLeft = Math.max(x - nameWidth / 2, o.gutter + 2);
    const nameRoom = name !== "" && nameLeft >= (laneRight.get(laneKey) ?? -Infinity) + 6;
    if (nameRoom) laneRight.set(laneKey, nameLeft + nameWidth);
    points.push({
      index: i,
      activity: e.activity,
      department: e.department,
      elapsed,
      x: r(x),
      y: lane.y + lane.height / 2,
      marks: marks[i]!,
      label: nameRoom ? name : null,
      labelBox: nameRoom ? { x: nameLeft, y: lane.y + 2, width: nameWidth, height: lineHeight } : null,
      timeLabel: room ? text : null,
      timeBox: room ? { x: x - w / 2, y: timeY + 4, width: w, height: lineHeight } : null,
    });
  }
  const path = points
    .map((p, i) => {
      if (i === 0) return `M${p.x},${p.y}`;
      const a = points[i - 1]!;
      const mx = r((a.x + p.x) / 2);
      return `C${mx},${a.y} ${mx},${p.y} ${p.x},${p.y}`;
    })
    .join("");
  const right = Math.max(o.gutter + 12 + o.span, points.length ? points[points.length - 1]!.x : 0, lastLabelRight, ...laneRight.values());
  return { width: Math.ceil(right + 16), height: Math.ceil(timeY + 4 + lineHeight + 8), lanes, points, path, timeY, options: o };
}
