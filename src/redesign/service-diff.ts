import type { Service } from "../model/types.js";

/**
 * How a touchpoint, transition or department differs between a service and its redesign.
 *
 * @example
 * serviceDiff(before, after).touchpoints[0].change; // "changed"
 */
export type DiffKind = "added" | "removed" | "changed";

/**
 * What differs between a service and its redesign, by id; everything not listed is the same.
 *
 * @example
 * serviceDiff(service, applyRedesign(service, redesign)).departments;
 * // [{ id: "contact-centre", change: "removed" }] after a merge-departments
 */
export interface ServiceDiff {
  /** Touchpoints whose steps, department or other fields differ (or that only one side has). */
  touchpoints: { id: string; change: DiffKind }[];
  /** Transitions by their from → to pair: probability, wait, waste or failure differ. */
  transitions: { from: string; to: string; change: DiffKind }[];
  /** Departments merged away (removed), new ones (added), and renamed or re-laned ones (changed). */
  departments: { id: string; change: DiffKind }[];
}

/**
 * What a redesign changed: the touchpoints, transitions and departments that differ between two
 * services, for marking them in a comparison. Before's order first, then what only after has.
 *
 * @example
 * serviceDiff(service, applyRedesign(service, redesign));
 * // { touchpoints: [{ id: "call", change: "changed" }],
 * //   transitions: [{ from: "call", to: "call", change: "removed" }, …], departments: [] }
 */
export function serviceDiff(before: Service, after: Service): ServiceDiff {
  return {
    touchpoints: diffBy(before.touchpoints, after.touchpoints, (t) => t.id).map(([id, change]) => ({ id, change })),
    transitions: diffBy(before.transitions, after.transitions, (t) => JSON.stringify([t.from, t.to])).map(
      ([key, change]) => {
        const [from, to] = JSON.parse(key) as [string, string];
        return { from, to, change };
      },
    ),
    departments: diffBy(before.departments, after.departments, (d) => d.id).map(([id, change]) => ({ id, change })),
  };
}

/** Keys whose records differ, compared as JSON (the records are plain data). */
function diffBy<T>(before: T[], after: T[], key: (item: T) => string): [string, DiffKind][] {
  const a = new Map(after.map((item) => [key(item), item] as const));
  const b = new Map(before.map((item) => [key(item), item] as const));
  const diff: [string, DiffKind][] = [];
  for (const [k, item] of b) {
    if (!a.has(k)) diff.push([k, "removed"]);
    else if (!sameData(item, a.get(k))) diff.push([k, "changed"]);
  }
  for (const k of a.keys()) if (!b.has(k)) diff.push([k, "added"]);
  return diff;
}

/** Deep equality of JSON data, key order ignored (a redesign may set fields in another order). */
function sameData(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
  const ky = Object.keys(y).filter((k) => (y as Record<string, unknown>)[k] !== undefined);
  if (kx.length !== ky.length) return false;
  return kx.every((k) => Object.hasOwn(y, k) && sameData((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}
