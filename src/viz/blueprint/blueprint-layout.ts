import type { Lane, Outcome, Step, StepType } from "../../model/types.js";
import type { Box } from "../svg/box.js";

/**
 * One department's horizontal lane.
 *
 * @example
 * layoutBlueprint(service, report).lanes[0]; // { department: "contact-centre", lane: "frontstage", y: 0, … }
 */
export interface BlueprintLane extends Box {
  department: string;
  name: string;
  lane: Lane;
  /** Rows of touchpoints the lane holds (its tallest lane × column cell). */
  rows: number;
  /** The name fitted to the gutter, one string per line. */
  label: string[];
  labelBox: Box;
  /** Expected waste minutes per customer attributed to the department (waits into it included). */
  wasteMinutes: number;
  /** Its share of all expected waste, 0–1. */
  wasteShare: number;
  /** "43% of the waste", drawn under the lane kind. */
  wasteLabel: string;
}

/**
 * The line of visibility (frontstage above, backstage below) and of internal interaction (support below).
 *
 * @example
 * layoutBlueprint(service, report).lines[0].kind; // "visibility"
 */
export interface BlueprintLine {
  kind: "visibility" | "internal-interaction";
  y: number;
  x1: number;
  x2: number;
  label: string;
  labelBox: Box;
}

/**
 * One coloured part of a node's bar: the minutes of one step type.
 *
 * @example
 * layoutBlueprint(service, report).nodes[0].segments.map((s) => s.type); // ["value", "necessary", "waste"]
 */
export interface BlueprintSegment {
  type: StepType;
  x: number;
  width: number;
  minutes: number;
}

/**
 * A touchpoint placed in its lane and column.
 *
 * @example
 * const call = layoutBlueprint(service, report).nodes.find((node) => node.id === "call")!;
 * call.column; // 0: an entry
 */
export interface BlueprintNode extends Box {
  id: string;
  name: string;
  department: string;
  departmentName: string;
  lane: Lane;
  channel: string | null;
  /** Distance from the nearest entry; touchpoints no customer reaches get the column after the last. */
  column: number;
  reachable: boolean;
  entry: boolean;
  outcome: Outcome | null;
  steps: Step[];
  minutes: number;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  /** Expected visits per customer, from the report. */
  visits: number;
  /** The name fitted to the node, one string per line. */
  label: string[];
  labelBox: Box;
  /** The value / necessary / waste bar and its segments (widths proportional to minutes). */
  bar: Box;
  segments: BlueprintSegment[];
  /** The small line under the bar: minutes and waste share, or the outcome's share of customers. */
  detail: string;
  detailBox: Box;
  /**
   * Expected minutes a customer waits before a visit here: Σ flow(u,t) · wait(u,t) / visits(t),
   * over the transitions into it; 0 when nobody waits (or nobody comes).
   */
  wait: number;
  /** The same wait on the working clock (`workingWait`), or null when the model has no working time. */
  workingWait: number | null;
  /** "waits 10 days before" ("10 days, 3.5 working days" on both clocks), shown without hovering; null when nobody waits. */
  waitLabel: string | null;
  /** The wait in full for a tooltip, on both clocks when the model has working time; null when nobody waits. */
  waitText: string | null;
  waitBox: Box;
}

/**
 * A transition drawn as a curved path.
 *
 * @example
 * layoutBlueprint(service, report).links.filter((link) => link.handoff); // the hand-offs
 */
export interface BlueprintLink {
  from: string;
  to: string;
  probability: number;
  /** Expected flow per customer F(u,v) = visits(u) · p(u,v). */
  flow: number;
  /** Stroke width, proportional to flow. */
  width: number;
  /** The link crosses departments. */
  handoff: boolean;
  failure: boolean;
  wait: number;
  /** The wait in full for a tooltip, on both clocks when the model has working time; null without a wait. */
  waitText: string | null;
  /** forward: to a later column; side: the same column; backward: an earlier column; self: a loop. */
  kind: "forward" | "side" | "backward" | "self";
  /** The touchpoints' names, for text a person reads (ids are for hooks). */
  fromName: string;
  toName: string;
  /** SVG path data. */
  path: string;
}

/**
 * One entry of the legend under the lanes.
 *
 * @example
 * layoutBlueprint(service, report).legend.map((item) => item.label); // ["value", "necessary", "waste", …]
 */
export interface BlueprintLegendItem {
  kind: "value" | "necessary" | "waste" | "link" | "handoff" | "failure" | "no-flow";
  label: string;
  /** The swatch; the label starts right of it. */
  swatch: Box;
  labelBox: Box;
}

/**
 * What `layoutBlueprint` returns: the blueprint as positions, in pixels.
 *
 * @example
 * const { width, height, lanes, nodes, links } = layoutBlueprint(service, analyse(service));
 */
export interface BlueprintLayout {
  width: number;
  height: number;
  columns: number;
  lanes: BlueprintLane[];
  lines: BlueprintLine[];
  nodes: BlueprintNode[];
  links: BlueprintLink[];
  legend: BlueprintLegendItem[];
  /** Height of the band under the lanes that holds the legend. */
  legendHeight: number;
  maxFlow: number;
  options: BlueprintLayoutOptions;
}

/**
 * Sizes of the blueprint, in pixels; the defaults are `BLUEPRINT_LAYOUT_DEFAULTS`.
 *
 * @example
 * layoutBlueprint(service, report, { nodeWidth: 220, columnGap: 96 });
 */
export interface BlueprintLayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  rowGap: number;
  lanePadding: number;
  /** Width of the lane-name column on the left. */
  gutter: number;
  fontSize: number;
  detailFontSize: number;
  labelLines: number;
  minLinkWidth: number;
  maxLinkWidth: number;
  /**
   * Spread the touchpoints over this many columns when their distances from the entries give
   * fewer (0: one column per distance); the order from the entries is kept (`spreadColumns`).
   */
  columns: number;
}

/**
 * The defaults of `layoutBlueprint`'s options, in pixels.
 *
 * @example
 * layoutBlueprint(service, report, { ...BLUEPRINT_LAYOUT_DEFAULTS, nodeWidth: 220 });
 */
export const BLUEPRINT_LAYOUT_DEFAULTS: Readonly<BlueprintLayoutOptions> = Object.freeze({
  nodeWidth: 176,
  nodeHeight: 86,
  columnGap: 72,
  rowGap: 18,
  lanePadding: 16,
  gutter: 156,
  fontSize: 12,
  detailFontSize: 10.5,
  labelLines: 2,
  minLinkWidth: 1.25,
  maxLinkWidth: 16,
  columns: 0,
});
