import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum } from "d3";
import type { HandoffCount } from "../../analysis/report.js";
import type { Box } from "../svg/box.js";
import { fitText } from "../svg/fit-text.js";
import { textWidth } from "../svg/text-width.js";

/**
 * What the department map shows: departments with their visits, hand-offs between them and,
 * where known, the ping-pongs on each pair. `departmentMapData(service, report)` makes it from a
 * model (per customer), `departmentFlows(log)` from a log (counts over every case).
 *
 * @example
 * layoutDepartmentMap({ departments: [{ id: "desk", visits: 2 }, { id: "lab", visits: 1 }],
 *                       handoffs: [{ from: "desk", to: "lab", count: 1 }] });
 */
export interface DepartmentMapData {
  departments: readonly { id: string; name?: string | undefined; visits: number }[];
  handoffs: readonly HandoffCount[];
  /** Ping-pongs (A → B → A counted on A, B); `null` or absent when unknown: then pairs handed off both ways are marked. */
  pingPongs?: readonly HandoffCount[] | null | undefined;
}

/**
 * A department (or the "other" node that folds the departments not shown) placed on the map.
 *
 * @example
 * layoutDepartmentMap(data).nodes.find((n) => n.other)?.members; // departments folded into "other"
 */
export interface DepartmentMapNode {
  /** The department's id; "" for the "other" node (no department has an empty id). */
  id: string;
  name: string;
  other: boolean;
  /** Departments this node stands for: 1, or how many "other" folds. */
  members: number;
  visits: number;
  /** Hand-offs between two departments that are both folded into "other" (0 for a department). */
  handoffsInside: number;
  x: number;
  y: number;
  r: number;
  label: string[];
  labelBox: Box;
}

/**
 * Hand-offs from one node to another, summed over the departments folded into them.
 *
 * @example
 * layoutDepartmentMap(data).links.filter((l) => l.pingPongPair); // pairs customers bounce between
 */
export interface DepartmentMapLink {
  from: string;
  to: string;
  count: number;
  /** Ping-pongs counted on this direction (A → B → A on the link A → B); 0 when unknown. */
  pingPongs: number;
  /** Customers ping-pong on this pair (either direction); without ping-pong counts: hand-offs go both ways. */
  pingPongPair: boolean;
  width: number;
  /** SVG path data, circle edge to circle edge; the two directions of a pair bend apart. */
  path: string;
}

/**
 * What `layoutDepartmentMap` returns: positions in pixels and the totals that keep the folding honest.
 *
 * @example
 * const map = layoutDepartmentMap(data, { departments: 12 });
 * map.totals.visits === data.departments.reduce((s, d) => s + d.visits, 0); // true: "other" keeps the rest
 */
export interface DepartmentMapLayout {
  width: number;
  height: number;
  nodes: DepartmentMapNode[];
  links: DepartmentMapLink[];
  /** Departments drawn on their own, and in all. */
  departments: { shown: number; total: number };
  /** Links drawn, links in all (after folding), and the hand-offs of the links not drawn. */
  linkCounts: { shown: number; total: number; hiddenHandoffs: number };
  /** Σ visits and Σ hand-offs of the data: the nodes' visits add up to the first. */
  totals: { visits: number; handoffs: number };
  options: DepartmentMapLayoutOptions;
}

/**
 * Options of `layoutDepartmentMap`; the defaults are `DEPARTMENT_MAP_LAYOUT_DEFAULTS`.
 *
 * @example
 * layoutDepartmentMap(data, { departments: 30, links: 60 });
 */
export interface DepartmentMapLayoutOptions {
  /** Departments drawn on their own, most visited first; the rest fold into one "other" node. */
  departments: number;
  /** Links drawn, most hand-offs first. */
  links: number;
  fontSize: number;
  /** Widest label, in pixels. */
  labelWidth: number;
  minRadius: number;
  maxRadius: number;
  maxLinkWidth: number;
  /** Force-simulation steps (the simulation starts from the same place and uses a fixed seed: same data, same map). */
  ticks: number;
}

/**
 * The defaults of `layoutDepartmentMap`'s options.
 *
 * @example
 * DEPARTMENT_MAP_LAYOUT_DEFAULTS.departments; // 20
 */
export const DEPARTMENT_MAP_LAYOUT_DEFAULTS: Readonly<DepartmentMapLayoutOptions> = Object.freeze({
  departments: 20,
  links: 40,
  fontSize: 11,
  labelWidth: 120,
  minRadius: 5,
  maxRadius: 28,
  maxLinkWidth: 10,
  ticks: 300,
});

const OTHER = "";
const MARGIN = 16;
const LINE_HEIGHT = 1.25;
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The department map as pure data: departments as circles whose area shows their visits,
 * hand-offs as arrows whose width shows their count, ping-pong pairs flagged. The `departments`
 * most visited are drawn on their own and the rest fold into one "other" node (visits summed,
 * links re-aimed and summed), so the nodes' visits add up to the data's; of the links, the
 * `links` with most hand-offs are drawn. Positions come from a d3-force simulation run a fixed
 * number of steps from a fixed start (the same data gives the same map), after which no two
 * nodes or labels overlap. Inputs are not modified.
 *
 * @example
 * const map = layoutDepartmentMap(departmentMapData(service, report));
 * map.nodes.map((n) => [n.id, n.x, n.y, n.r]);
 */
export function layoutDepartmentMap(data: DepartmentMapData, options: Partial<DepartmentMapLayoutOptions> = {}): DepartmentMapLayout {
  const o: DepartmentMapLayoutOptions = { ...DEPARTMENT_MAP_LAYOUT_DEFAULTS, ...options };
  const { nodes, foldOf } = foldDepartments(data, o);
  const { links, total, hiddenHandoffs } = foldLinks(data, foldOf, nodes, o);
  place(nodes, links, o);
  separate(nodes);
  const box = fitToOrigin(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const drawn = new Set(links.map((l) => JSON.stringify([l.from, l.to])));
  for (const link of links) link.path = linkPath(byId.get(link.from)!, byId.get(link.to)!, drawn.has(JSON.stringify([link.to, link.from])));
  return {
    width: box.width,
    height: box.height,
    nodes,
    links,
    departments: { shown: nodes.filter((n) => !n.other).length, total: data.departments.length },
    linkCounts: { shown: links.length, total, hiddenHandoffs },
    totals: { visits: data.departments.reduce((s, d) => s + d.visits, 0), handoffs: data.handoffs.reduce((s, h) => s + h.count, 0) },
    options: o,
  };
}

/** A node while the simulation moves it. */
interface PlacedNode extends DepartmentMapNode {
  index?: number | undefined;
  vx?: number | undefined;
  vy?: number | undefined;
}

function foldDepartments(data: DepartmentMapData, o: DepartmentMapLayoutOptions) {
  const ranked = data.departments.map((d, i) => ({ d, i })).sort((a, b) => b.d.visits - a.d.visits || a.i - b.i);
  // Folding one department into "other" would hide it for nothing: show it instead.
  const keep = ranked.length <= Math.max(1, o.departments) + 1 ? ranked.length : Math.max(1, o.departments);
  const foldOf = new Map<string, string>();
  const maxVisits = Math.max(1e-12, ...ranked.map((x) => x.d.visits));
  const node = (id: string, name: string, visits: number, members: number): PlacedNode => {
    const label = fitText(name, o.labelWidth, o.fontSize, 1);
    return { id, name, other: id === OTHER, members, visits, handoffsInside: 0, x: 0, y: 0, r: 0, label, labelBox: { x: 0, y: 0, width: 0, height: 0 } };
  };
  const nodes: PlacedNode[] = ranked.slice(0, keep).map(({ d }) => {
    foldOf.set(d.id, d.id);
    return node(d.id, d.name ?? d.id, d.visits, 1);
  });
  const rest = ranked.slice(keep);
  if (rest.length > 0) {
    for (const { d } of rest) foldOf.set(d.id, OTHER);
    nodes.push(node(OTHER, `other (${rest.length})`, rest.reduce((s, { d }) => s + d.visits, 0), rest.length));
  }
  for (const n of nodes) {
    n.r = o.minRadius + (o.maxRadius - o.minRadius) * Math.sqrt(Math.min(1, n.visits / maxVisits));
    const width = Math.min(o.labelWidth, Math.ceil(textWidth(n.label[0] ?? "", o.fontSize)));
    n.labelBox = { x: -width / 2, y: n.r + 3, width, height: o.fontSize * LINE_HEIGHT };
  }
  return { nodes, foldOf };
}

function foldLinks(data: DepartmentMapData, foldOf: Map<string, string>, nodes: PlacedNode[], o: DepartmentMapLayoutOptions) {
  const key = (a: string, b: string) => JSON.stringify([a, b]);
  const links = new Map<string, DepartmentMapLink>();
  const other = nodes.find((n) => n.other);
  for (const h of data.handoffs) {
    const from = foldOf.get(h.from) ?? OTHER;
    const to = foldOf.get(h.to) ?? OTHER;
    if (from === to) {
      if (other && from === OTHER) other.handoffsInside += h.count;
      continue;
    }
    const k = key(from, to);
    const link = links.get(k);
    if (link) link.count += h.count;
    else links.set(k, { from, to, count: h.count, pingPongs: 0, pingPongPair: false, width: 0, path: "" });
  }
  for (const p of data.pingPongs ?? []) {
    const link = links.get(key(foldOf.get(p.from) ?? OTHER, foldOf.get(p.to) ?? OTHER));
    if (link) link.pingPongs += p.count;
  }
  const all = [...links.values()].sort((a, b) => b.count - a.count);
  for (const link of all) {
    const back = links.get(key(link.to, link.from));
    link.pingPongPair = data.pingPongs ? link.pingPongs > 0 || (back?.pingPongs ?? 0) > 0 : back !== undefined;
  }
  const shown = all.slice(0, Math.max(0, o.links));
  const maxCount = Math.max(1e-12, ...shown.map((l) => l.count));
  for (const l of shown) l.width = 1 + (o.maxLinkWidth - 1) * (l.count / maxCount);
  const hiddenHandoffs = all.slice(shown.length).reduce((s, l) => s + l.count, 0);
  return { links: shown, total: all.length, hiddenHandoffs };
}

/** d3-force from a fixed start: linked departments pull together, every node pushes the others away. */
function place(nodes: PlacedNode[], links: DepartmentMapLink[], o: DepartmentMapLayoutOptions) {
  const index = new Map(nodes.map((n, i) => [n.id, i] as const));
  const maxCount = Math.max(1e-12, ...links.map((l) => l.count));
  const footprint = (n: PlacedNode) => Math.hypot(Math.max(n.r, n.labelBox.width / 2), n.r + n.labelBox.y + n.labelBox.height) / 1.4 + 6;
  // Start on a spiral, most visited in the centre: the same start every time.
  nodes.forEach((n, i) => {
    const angle = i * 2.399963; // the golden angle
    const radius = 30 * Math.sqrt(i + 0.5);
    n.x = radius * Math.cos(angle);
    n.y = radius * Math.sin(angle);
  });
  let seed = 42;
  const simulation = forceSimulation(nodes)
    .randomSource(() => ((seed = (1664525 * seed + 1013904223) >>> 0) / 4294967296))
    .force(
      "link",
      forceLink<PlacedNode, SimulationLinkDatum<PlacedNode> & { count: number }>(
        links.map((l) => ({ source: index.get(l.from)!, target: index.get(l.to)!, count: l.count })),
      )
        .distance((l) => 40 + (l.source as PlacedNode).r + (l.target as PlacedNode).r)
        .strength((l) => 0.05 + 0.4 * (l.count / maxCount)),
    )
    .force("charge", forceManyBody<PlacedNode>().strength(-160))
    .force("collide", forceCollide<PlacedNode>().radius(footprint).iterations(2))
    .force("x", forceX<PlacedNode>(0).strength(0.06))
    .force("y", forceY<PlacedNode>(0).strength(0.09))
    .stop();
  simulation.tick(o.ticks);
}

/** The circle and label of a node, in map coordinates. */
function footprintBox(n: PlacedNode): Box {
  const x = Math.min(n.x - n.r, n.x + n.labelBox.x);
  const right = Math.max(n.x + n.r, n.x + n.labelBox.x + n.labelBox.width);
  return { x, y: n.y - n.r, width: right - x, height: n.r + n.labelBox.y + n.labelBox.height };
}

const GAP = 4;
function overlap(a: Box, b: Box): [number, number] | null {
  const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + GAP;
  const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + GAP;
  return dx > 0 && dy > 0 ? [dx, dy] : null;
}

/**
 * Pushes overlapping footprints apart along their shorter overlap until none overlaps; if that
 * does not settle, spreads every node from the centre (which only grows the gaps) and tries again.
 */
function separate(nodes: PlacedNode[]) {
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let sweep = 0; sweep < 50; sweep++) {
      moved = false;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i]!;
          const b = nodes[j]!;
          const ov = overlap(footprintBox(a), footprintBox(b));
          if (!ov) continue;
          moved = true;
          // a tie in position is broken by index, so the result stays deterministic
          if (ov[0] < ov[1]) {
            const s = (b.x > a.x || (b.x === a.x && j > i) ? 1 : -1) * (ov[0] / 2 + 0.01);
            a.x -= s;
            b.x += s;
          } else {
            const s = (b.y > a.y || (b.y === a.y && j > i) ? 1 : -1) * (ov[1] / 2 + 0.01);
            a.y -= s;
            b.y += s;
          }
        }
      }
      if (!moved) return;
    }
    for (const n of nodes) {
      n.x *= 1.15;
      n.y *= 1.15;
    }
  }
}

/** Moves the map so its top-left corner (labels included) is at the margin; returns the size. */
function fitToOrigin(nodes: PlacedNode[]): { width: number; height: number } {
  if (nodes.length === 0) return { width: 2 * MARGIN, height: 2 * MARGIN };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    const b = footprintBox(n);
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  for (const n of nodes) {
    n.x = r1(n.x - left + MARGIN);
    n.y = r1(n.y - top + MARGIN);
    n.labelBox = { ...n.labelBox, x: n.x + n.labelBox.x, y: n.y + n.labelBox.y };
    delete n.vx;
    delete n.vy;
    delete n.index;
  }
  return { width: Math.ceil(right - left + 2 * MARGIN), height: Math.ceil(bottom - top + 2 * MARGIN) };
}

/** From circle edge to circle edge, leaving room for the arrow head; a pair's two directions bend to opposite sides. */
function linkPath(a: DepartmentMapNode, b: DepartmentMapNode, bothWays: boolean): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.max(1e-9, Math.hypot(dx, dy));
  const ux = dx / d;
  const uy = dy / d;
  const bend = bothWays ? Math.min(40, d / 5) : 0;
  // the control point sits off the chord's middle, on the left of the direction of travel
  const cx = (a.x + b.x) / 2 + uy * bend;
  const cy = (a.y + b.y) / 2 - ux * bend;
  const start = towards(a, cx, cy, a.r + 1);
  const end = towards(b, cx, cy, b.r + 9);
  return `M${r1(start[0])},${r1(start[1])}Q${r1(cx)},${r1(cy)} ${r1(end[0])},${r1(end[1])}`;
}

function towards(n: DepartmentMapNode, x: number, y: number, distance: number): [number, number] {
  const d = Math.max(1e-9, Math.hypot(x - n.x, y - n.y));
  return [n.x + ((x - n.x) / d) * distance, n.y + ((y - n.y) / d) * distance];
}
