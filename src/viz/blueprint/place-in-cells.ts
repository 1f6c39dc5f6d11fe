import type { Lane, Service } from "../../model/types.js";
import { spreadColumns } from "./spread-columns.js";
import { touchpointColumns } from "./touchpoint-columns.js";

/** Lanes top to bottom: frontstage above the line of visibility, then backstage, then support. */
const LANE_ORDER: Record<Lane, number> = { frontstage: 0, backstage: 1, support: 2 };

export interface DepartmentRow {
  id: string;
  name: string;
  lane: Lane;
}

export function orderedDepartments(service: Service): DepartmentRow[] {
  return service.departments
    .map((d, i) => ({ id: d.id, name: d.name ?? d.id, lane: d.lane ?? "frontstage", i }))
    .sort((a, b) => LANE_ORDER[a.lane] - LANE_ORDER[b.lane] || a.i - b.i)
    .map(({ id, name, lane }) => ({ id, name, lane }));
}

export interface Cells {
  columns: number;
  /** Per touchpoint index: column, lane index, slot in the cell. */
  column: Int32Array;
  reachable: Uint8Array;
  laneOf: Int32Array;
  slot: Int32Array;
  /** Rows per lane: its fullest cell, at least 1. */
  rows: number[];
}

/** Columns by distance (spread over `spread` columns when more are wanted, see `spreadColumns`), then each cell ordered by the mean row of its predecessors (fewer crossings). */
export function placeInCells(service: Service, probabilities: number[], departments: DepartmentRow[], spread = 0): Cells {
  const n = service.touchpoints.length;
  const laneIndex = new Map(departments.map((d, i) => [d.id, i] as const));
  const distance = spreadColumns(service, probabilities, touchpointColumns(service, probabilities), spread);
  let last = -1;
  for (const d of distance) last = Math.max(last, d);
  const column = new Int32Array(n);
  const reachable = new Uint8Array(n);
  const laneOf = new Int32Array(n);
  distance.forEach((d, i) => {
    column[i] = d >= 0 ? d : last + 1;
    reachable[i] = d >= 0 ? 1 : 0;
    laneOf[i] = laneIndex.get(service.touchpoints[i]!.department) ?? 0;
  });
  const columns = n === 0 ? 0 : Math.max(...column) + 1;
  const cellMembers = new Map<number, number[]>();
  const cellKey = (lane: number, col: number) => lane * (columns + 1) + col;
  for (let i = 0; i < n; i++) {
    const key = cellKey(laneOf[i]!, column[i]!);
    const list = cellMembers.get(key);
    if (list) list.push(i);
    else cellMembers.set(key, [i]);
  }
  const rows = departments.map(() => 1);
  for (const [key, members] of cellMembers) {
    const lane = Math.floor(key / (columns + 1));
    rows[lane] = Math.max(rows[lane]!, members.length);
  }
  const laneRowStart: number[] = [];
  rows.reduce((start, r, i) => ((laneRowStart[i] = start), start + r), 0);

  const index = new Map(service.touchpoints.map((t, i) => [t.id, i] as const));
  const predecessors: number[][] = service.touchpoints.map(() => []);
  service.transitions.forEach((t, k) => {
    const from = index.get(t.from);
    const to = index.get(t.to);
    if (from !== undefined && to !== undefined && from !== to && probabilities[k]! > 0) predecessors[to]!.push(from);
  });
  const slot = new Int32Array(n).fill(-1);
  const globalRow = (i: number) => laneRowStart[laneOf[i]!]! + slot[i]!;
  const byColumn: number[][] = Array.from({ length: columns }, () => []);
  for (const key of [...cellMembers.keys()].sort((a, b) => a - b)) byColumn[key % (columns + 1)]!.push(key);
  for (const keys of byColumn) {
    for (const key of keys) {
      const members = cellMembers.get(key)!;
      const barycentre = new Map<number, number>();
      for (const i of members) {
        const placed = predecessors[i]!.filter((p) => slot[p]! >= 0 && column[p]! < column[i]!);
        barycentre.set(i, placed.length ? placed.reduce((s, p) => s + globalRow(p), 0) / placed.length : Infinity);
      }
      members.sort((a, b) => barycentre.get(a)! - barycentre.get(b)! || a - b);
      members.forEach((i, s) => (slot[i] = s));
    }
  }
  return { columns, column, reachable, laneOf, slot, rows };
}
