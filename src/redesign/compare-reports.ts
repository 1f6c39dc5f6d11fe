import type { HandoffCount, WasteReport } from "../analysis/report.js";
import type { Comparison, ComparisonDelta, ContributorDelta, ExpectedDelta } from "./types.js";

const DEFAULTS = {
  /** How many contributors to the saving each list keeps. */
  top: 5,
};

/**
 * Options of `compareReports`.
 *
 * @example
 * compareReports(before, after, { top: 3 }).delta.contributors.touchpoints.length; // ≤ 3
 */
export type CompareReportsOptions = Partial<typeof DEFAULTS>;

/** The plain numbers of `expected`, in the order of the report. */
const FIGURES = [
  "minutes",
  "valueMinutes",
  "necessaryMinutes",
  "wasteMinutes",
  "flowEfficiency",
  "handoffs",
  "pingPongs",
  "revisits",
  "failureDemandShare",
  "resolved",
  "abandoned",
  "cost",
  "wasteCost",
] as const;

/** Below this a change in waste minutes is rounding, not a saving. */
const EPSILON = 1e-9;

/**
 * Compares the reports of a service before and after a redesign: `delta` holds after − before for
 * every number of `expected` (maps over the union of their keys, a missing key counting 0; so a
 * saving is negative), the yearly figures when the service has a volume, and the touchpoints,
 * departments and waste categories whose expected waste dropped most.
 *
 * @example
 * const { delta } = compareReports(analyse(service), analyse(applyRedesign(service, redesign)));
 * delta.wasteMinutes; // -25: 25 minutes of waste less per customer
 * delta.contributors.touchpoints[0]; // { id: "call", before: 25, after: 0, delta: -25 }
 */
export function compareReports(before: WasteReport, after: WasteReport, options: CompareReportsOptions = {}): Comparison {
  const { top } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(top) || top < 0) throw new RangeError(`compareReports: invalid option top: ${String(top)} (expected a whole number ≥ 0)`);
  const delta: ComparisonDelta = {
    ...expectedDelta(before, after),
    yearly: yearlyDelta(before, after),
    contributors: {
      touchpoints: touchpointDrops(before, after, top),
      // A department the redesign merged away did not save its waste, it moved it: left out.
      departments: drops(before.expected.wasteByDepartment, after.expected.wasteByDepartment, top, (id) =>
        Object.hasOwn(after.expected.wasteByDepartment, id),
      ),
      categories: drops(before.expected.wasteByCategory, after.expected.wasteByCategory, top),
    },
  };
  return { before, after, delta };
}

function expectedDelta(before: WasteReport, after: WasteReport): ExpectedDelta {
  const b = before.expected;
  const a = after.expected;
  const figures = Object.fromEntries(FIGURES.map((f) => [f, a[f] - b[f]])) as Record<(typeof FIGURES)[number], number>;
  return {
    ...figures,
    // the working clock, when both models have it (mined with a calendar)
    ...(a.workingMinutes !== undefined && b.workingMinutes !== undefined && { workingMinutes: a.workingMinutes - b.workingMinutes }),
    visits: mapDelta(b.visits, a.visits),
    wasteByCategory: mapDelta(b.wasteByCategory, a.wasteByCategory),
    wasteByDepartment: mapDelta(b.wasteByDepartment, a.wasteByDepartment),
    handoffsByPair: pairDelta(b.handoffsByPair, a.handoffsByPair),
  };
}

/** after − before per key over the union of keys (before's order first), in a null-prototype object. */
function mapDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const delta: Record<string, number> = Object.create(null);
  for (const key of unionKeys(before, after)) delta[key] = valueOf(after, key) - valueOf(before, key);
  return delta;
}

function pairDelta(before: HandoffCount[], after: HandoffCount[]): HandoffCount[] {
  // Keyed by both ids as JSON, so that no pair of ids can collide with another.
  const pairs = new Map<string, HandoffCount>();
  const add = (list: HandoffCount[], sign: number) => {
    for (const { from, to, count } of list) {
      const key = JSON.stringify([from, to]);
      const pair = pairs.get(key) ?? pairs.set(key, { from, to, count: 0 }).get(key)!;
      pair.count += sign * count;
    }
  };
  add(after, 1);
  add(before, -1);
  // Before's pairs first in before's order, then the pairs only the redesign has.
  const order = new Map<string, number>();
  for (const p of [...before, ...after]) {
    const key = JSON.stringify([p.from, p.to]);
    if (!order.has(key)) order.set(key, order.size);
  }
  return [...pairs.entries()].sort(([x], [y]) => order.get(x)! - order.get(y)!).map(([, p]) => p);
}

function yearlyDelta(before: WasteReport, after: WasteReport): ComparisonDelta["yearly"] {
  if (!before.totals || !after.totals) return null;
  const cb = before.totals.customers;
  const ca = after.totals.customers;
  return {
    hours: (after.expected.minutes * ca - before.expected.minutes * cb) / 60,
    wasteHours: after.totals.wasteHours - before.totals.wasteHours,
    cost: after.expected.cost * ca - before.expected.cost * cb,
    wasteCost: after.totals.wasteCost - before.totals.wasteCost,
  };
}

/**
 * Touchpoints come from the hotspot lists, which `analyse` cuts at a length. A touchpoint missing
 * from a list has 0 waste only when the list is complete (its waste adds up to the expected waste,
 * as the attribution shares all of it out); otherwise its figure is unknown and it is left out
 * rather than shown as a saving it may not be.
 */
function touchpointDrops(before: WasteReport, after: WasteReport, top: number): ContributorDelta[] {
  const b = hotspotMap(before);
  const a = hotspotMap(after);
  const known = (side: typeof b, id: string) => side.complete || Object.hasOwn(side.map, id);
  return drops(b.map, a.map, top, (id) => known(b, id) && known(a, id));
}

function hotspotMap(report: WasteReport): { map: Record<string, number>; complete: boolean } {
  const map: Record<string, number> = Object.create(null);
  let sum = 0;
  for (const h of report.hotspots.touchpoints) {
    map[h.id] = h.wasteMinutes;
    sum += h.wasteMinutes;
  }
  const total = report.expected.wasteMinutes;
  return { map, complete: Math.abs(total - sum) <= 1e-9 * Math.max(1, total) };
}

/** The ids whose value dropped, largest drop first, at most `top`. */
function drops(
  before: Record<string, number>,
  after: Record<string, number>,
  top: number,
  include: (id: string) => boolean = () => true,
): ContributorDelta[] {
  const list: ContributorDelta[] = [];
  for (const id of unionKeys(before, after)) {
    const b = valueOf(before, id);
    const a = valueOf(after, id);
    if (a - b < -EPSILON && include(id)) list.push({ id, before: b, after: a, delta: a - b });
  }
  return list.sort((x, y) => x.delta - y.delta).slice(0, top);
}

function unionKeys(before: Record<string, number>, after: Record<string, number>): Set<string> {
  return new Set([...Object.keys(before), ...Object.keys(after)]);
}

/** An own value or 0: a `__proto__` or `toString` key is data, never something inherited. */
const valueOf = (map: Record<string, number>, key: string) => (Object.hasOwn(map, key) ? map[key]! : 0);
