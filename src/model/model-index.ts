import type { LenientService } from "./lenient-service.js";

/** Lookups by id that every graph check shares; built once per validation. */
export interface ModelIndex {
  /** Department id → index of its first record. */
  departments: Map<string, number>;
  /** Touchpoint id → index of its first record. */
  touchpoints: Map<string, number>;
  /** Touchpoint id → indices of the transitions leaving it, in file order. */
  exits: Map<string, number[]>;
  /** Every department has a valid id: an unknown reference is then certainly unknown. */
  departmentsKnown: boolean;
  /** Every touchpoint has a valid id. */
  touchpointsKnown: boolean;
  /** Every transition has a valid `from`: a touchpoint without exits then certainly has none. */
  exitsKnown: boolean;
}

/**
 * Indexes a (lenient) model by id with `Map`s, so that any id, `__proto__` included, is a key like any other.
 *
 * @example
 * modelIndex(service).exits.get("call"); // [0, 1]: the transitions out of "call"
 */
export function modelIndex(view: LenientService): ModelIndex {
  const departments = new Map<string, number>();
  let departmentsKnown = Array.isArray(view.departments);
  (view.departments ?? []).forEach((d, i) => {
    if (typeof d?.id !== "string") departmentsKnown = false;
    else if (!departments.has(d.id)) departments.set(d.id, i);
  });
  const touchpoints = new Map<string, number>();
  let touchpointsKnown = Array.isArray(view.touchpoints);
  (view.touchpoints ?? []).forEach((t, i) => {
    if (typeof t?.id !== "string") touchpointsKnown = false;
    else if (!touchpoints.has(t.id)) touchpoints.set(t.id, i);
  });
  const exits = new Map<string, number[]>();
  let exitsKnown = Array.isArray(view.transitions);
  (view.transitions ?? []).forEach((t, i) => {
    if (typeof t?.from !== "string") return void (exitsKnown = false);
    const list = exits.get(t.from);
    if (list) list.push(i);
    else exits.set(t.from, [i]);
  });
  return { departments, touchpoints, exits, departmentsKnown, touchpointsKnown, exitsKnown };
}
