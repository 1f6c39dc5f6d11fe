import type { LenientService } from "./lenient-service.js";

/**
 * Lookups that every graph check shares, built once per validation: ids resolved to indices
 * with `Map`s (so any id, `__proto__` included, is a key like any other), then typed arrays,
 * so that the checks of a 100,000-touchpoint model run in linear time with little garbage.
 */
export interface ModelIndex {
  /** Department id → index of its first record. */
  departments: Map<string, number>;
  /** Touchpoint id → index of its first record. */
  touchpoints: Map<string, number>;
  /** 1 where `touchpoints[i]` has a valid id that no earlier touchpoint has: a node of the graph. */
  isNode: Uint8Array;
  /** Per transition, the index of its `from` / `to` touchpoint; −1 when unknown or unreadable. */
  from: Int32Array;
  to: Int32Array;
  /** The transitions leaving touchpoint i, in file order: `exits[exitStart[i] … exitStart[i + 1])`. */
  exitStart: Int32Array;
  exits: Int32Array;
  /** Every department has a valid id: an unknown reference is then certainly unknown. */
  departmentsKnown: boolean;
  /** Every touchpoint has a valid id. */
  touchpointsKnown: boolean;
  /** Every transition has a valid `from`: a touchpoint without exits then certainly has none. */
  exitsKnown: boolean;
}

/**
 * Indexes a (lenient) model by id.
 *
 * @example
 * const index = modelIndex(service);
 * index.exits.subarray(index.exitStart[0], index.exitStart[1]); // Int32Array [0, 1]: the transitions out of touchpoints[0]
 */
export function modelIndex(view: LenientService): ModelIndex {
  const departments = new Map<string, number>();
  let departmentsKnown = Array.isArray(view.departments);
  (view.departments ?? []).forEach((d, i) => {
    if (typeof d?.id !== "string") departmentsKnown = false;
    else if (!departments.has(d.id)) departments.set(d.id, i);
  });

  const touchpointList = view.touchpoints ?? [];
  const n = touchpointList.length;
  const touchpoints = new Map<string, number>();
  const isNode = new Uint8Array(n);
  let touchpointsKnown = Array.isArray(view.touchpoints);
  for (let i = 0; i < n; i++) {
    const id = touchpointList[i]?.id;
    if (typeof id !== "string") touchpointsKnown = false;
    else if (!touchpoints.has(id)) touchpoints.set(id, i), (isNode[i] = 1);
  }

  const transitionList = view.transitions ?? [];
  const m = transitionList.length;
  const from = new Int32Array(m).fill(-1);
  const to = new Int32Array(m).fill(-1);
  const exitStart = new Int32Array(n + 1);
  let exitsKnown = Array.isArray(view.transitions);
  for (let e = 0; e < m; e++) {
    const t = transitionList[e];
    if (typeof t?.from !== "string") exitsKnown = false;
    else from[e] = touchpoints.get(t.from) ?? -1;
    if (typeof t?.to === "string") to[e] = touchpoints.get(t.to) ?? -1;
    if (from[e]! >= 0) exitStart[from[e]! + 1]!++;
  }
  // counting sort by `from`: stable, so each touchpoint's exits keep file order
  for (let i = 0; i < n; i++) exitStart[i + 1]! += exitStart[i]!;
  const fill = exitStart.slice(0, n);
  const exits = new Int32Array(exitStart[n]!);
  for (let e = 0; e < m; e++) if (from[e]! >= 0) exits[fill[from[e]!]!++] = e;

  return { departments, touchpoints, isNode, from, to, exitStart, exits, departmentsKnown, touchpointsKnown, exitsKnown };
}
