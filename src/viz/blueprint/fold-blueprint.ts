import type { WasteReport } from "../../analysis/report.js";
import { STEP_TYPES } from "../../model/vocabulary.js";
import type { Department, Service, Step, Touchpoint } from "../../model/types.js";
import { ownNumber } from "../svg/own-number.js";
import { foldGroups, type FoldedGroups } from "./fold-groups.js";

/**
 * How many boxes and lanes `foldBlueprint` keeps; the defaults are `BLUEPRINT_FOLD_DEFAULTS`.
 *
 * @example
 * foldBlueprint(service, report, { boxes: 60, lanes: 20 });
 */
export interface BlueprintFoldOptions {
  /** The most boxes drawn, "other" boxes included. */
  boxes: number;
  /** The most lanes drawn, the "other" lane included. */
  lanes: number;
}

/**
 * The defaults of `foldBlueprint`: about 40 boxes in at most 12 lanes, what a laptop screen
 * shows with every label at least 10 px high.
 *
 * @example
 * BLUEPRINT_FOLD_DEFAULTS; // { boxes: 40, lanes: 12 }
 */
export const BLUEPRINT_FOLD_DEFAULTS: Readonly<BlueprintFoldOptions> = Object.freeze({ boxes: 40, lanes: 12 });

/**
 * What `foldBlueprint` returns: the folded service to draw (as `foldGroups`), and how much was
 * folded.
 *
 * @example
 * const { boxes, lanes } = foldBlueprint(service, report);
 * `${boxes.shown} of ${boxes.total} boxes`; // "40 of 66 boxes"
 */
export interface FoldedBlueprint extends FoldedGroups {
  /** Boxes drawn (each "other" box counts one) and boxes of the group-level model. */
  boxes: { shown: number; total: number; folded: number };
  /** Lanes drawn (the "other" lane counts one) and departments of the model. */
  lanes: { shown: number; total: number; folded: number };
  /** The ids of the "other" boxes and of the "other" department ("" when no lane is folded). */
  otherBoxes: Set<string>;
  otherDepartment: string;
}

/**
 * The blueprint of a model of any size, readable: touchpoints of one `group` are one box
 * (`foldGroups`), then past `lanes` the least-visited departments fold into one "other" lane,
 * and past `boxes` the least-visited boxes fold into one "other" box per lane (an outcome only
 * when all it holds are outcomes), the way a process map is filtered by frequency. Folding only merges boxes:
 * visits, flows and waits add up as in `foldGroups`, and a hand-off between two kept
 * departments stays one. Ties keep model order. Inputs are not modified.
 *
 * @example
 * const folded = foldBlueprint(mined, analyse(mined));
 * folded.service.touchpoints.length; // ≤ 40
 * new Set(folded.service.touchpoints.map((t) => t.department)).size; // ≤ 12
 */
export function foldBlueprint(
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: Partial<BlueprintFoldOptions> = {},
): FoldedBlueprint {
  const o = { ...BLUEPRINT_FOLD_DEFAULTS, ...options };
  const maxBoxes = Math.max(1, Math.floor(o.boxes));
  const maxLanes = Math.max(1, Math.floor(o.lanes));
  const grouped = foldGroups(service, report);
  const g = grouped.service;
  const visits = (id: string) => ownNumber(grouped.report.expected.visits, id);
  const taken = new Set<string>([...g.touchpoints.map((t) => t.id), ...g.departments.map((d) => d.id)]);
  const unique = (base: string) => {
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base} (${k})`;
    taken.add(id);
    return id;
  };

  // Lanes: the most visited departments keep theirs, the rest share "other".
  const used = g.departments.filter((d) => g.touchpoints.some((t) => t.department === d.id));
  const departmentVisits = new Map<string, number>(used.map((d) => [d.id, 0]));
  for (const t of g.touchpoints) departmentVisits.set(t.department, (departmentVisits.get(t.department) ?? 0) + visits(t.id));
  const byVisits = (a: { id: string; i: number }, b: { id: string; i: number }, of: (id: string) => number) => of(b.id) - of(a.id) || a.i - b.i;
  const rankedDepartments = used.map((d, i) => ({ id: d.id, i })).sort((a, b) => byVisits(a, b, (id) => departmentVisits.get(id)!));
  const keptDepartments = new Set(
    (used.length > maxLanes ? rankedDepartments.slice(0, maxLanes - 1) : rankedDepartments).map((d) => d.id),
  );
  const otherDepartment = used.length > maxLanes ? unique("other") : "";
  const laneOf = (t: Touchpoint) => (keptDepartments.has(t.department) ? t.department : otherDepartment);

  // Boxes: keep the most visited k, the rest fold into one box per (lane, outcome or not).
  const ranked = g.touchpoints.map((t, i) => ({ id: t.id, i })).sort((a, b) => byVisits(a, b, visits));
  const foldKey = (t: Touchpoint) => laneOf(t);
  let keep = g.touchpoints.length;
  if (g.touchpoints.length > maxBoxes) {
    // the largest k whose kept boxes plus the "other" boxes of the rest fit
    const byId = new Map(g.touchpoints.map((t) => [t.id, t] as const));
    for (keep = maxBoxes; keep > 0; keep--) {
      const keys = new Set(ranked.slice(keep).map((r) => foldKey(byId.get(r.id)!)));
      if (keep + keys.size <= maxBoxes) break;
    }
  }
  const kept = new Set(ranked.slice(0, keep).map((r) => r.id));
  const otherBoxOf = new Map<string, string>();
  const otherMembers = new Map<string, number>();
  // "other" boxes holding a touchpoint that is not an outcome: drawn as touchpoints
  const mixed = new Set<string>();
  const boxOf2 = new Map<string, string>();
  for (const t of g.touchpoints) {
    if (kept.has(t.id)) continue;
    const key = foldKey(t);
    let box = otherBoxOf.get(key);
    if (box === undefined) otherBoxOf.set(key, (box = unique(`other in ${laneOf(t)}`)));
    boxOf2.set(t.id, box);
    otherMembers.set(box, (otherMembers.get(box) ?? 0) + 1);
    if (!t.outcome) mixed.add(box);
  }
  const folding = otherDepartment !== "" || boxOf2.size > 0;
  const departments: Department[] = [
    ...g.departments.filter((d) => keptDepartments.has(d.id)),
    ...(otherDepartment ? [{ id: otherDepartment, name: `other (${used.length - keptDepartments.size} departments)` }] : []),
  ];
  const marked: Service = {
    ...g,
    departments,
    touchpoints: g.touchpoints.map((t) => {
      const { group: _group, ...rest } = t;
      const box = boxOf2.get(t.id);
      return { ...rest, department: laneOf(t), ...(box !== undefined && { group: box }) };
    }),
  };
  const second = folding ? foldGroups(marked, grouped.report) : { service: marked, report: grouped.report, boxOf: new Map<string, string>() };
  const touchpoints = second.service.touchpoints.map((t) => {
    const members = otherMembers.get(t.id);
    if (members === undefined) return t;
    const { channel: _channel, outcome, ...rest } = t;
    const ends = !mixed.has(t.id);
    return {
      ...rest,
      ...(ends && outcome !== undefined && { outcome }),
      name: `other (${members} ${ends ? "end" : "touchpoint"}${members === 1 ? "" : "s"})`,
      steps: foldedSteps(g.touchpoints.filter((m) => boxOf2.get(m.id) === t.id), visits),
    };
  });
  const wasteByDepartment: Record<string, number> = Object.create(null);
  for (const [id, minutes] of Object.entries(report.expected.wasteByDepartment)) {
    const lane = keptDepartments.has(id) ? id : otherDepartment || id;
    wasteByDepartment[lane] = (wasteByDepartment[lane] ?? 0) + minutes;
  }
  const boxOf = new Map<string, string>();
  for (const [id, box] of grouped.boxOf) boxOf.set(id, boxOf2.get(box) ?? box);
  return {
    service: { ...second.service, touchpoints },
    report: { ...second.report, expected: { ...second.report.expected, wasteByDepartment } },
    boxOf,
    boxes: { shown: touchpoints.length, total: g.touchpoints.length, folded: boxOf2.size },
    lanes: { shown: departments.length, total: used.length, folded: used.length - keptDepartments.size },
    otherBoxes: new Set(otherMembers.keys()),
    otherDepartment,
  };
}

/** The steps of an "other" box: per step type, the members' visit-weighted mean minutes (so visits × minutes add up). */
function foldedSteps(members: readonly Touchpoint[], visits: (id: string) => number): Step[] {
  const total = members.reduce((s, t) => s + visits(t.id), 0);
  const weight = (t: Touchpoint) => (total > 0 ? visits(t.id) / total : 1 / members.length);
  return STEP_TYPES.flatMap((type): Step[] => {
    const minutes = members.reduce((s, t) => s + weight(t) * t.steps.reduce((m, step) => (step.type === type ? m + step.minutes : m), 0), 0);
    const has = members.some((t) => t.steps.some((step) => step.type === type));
    if (!has) return [];
    return [{ name: `${type} steps of the folded touchpoints`, type, minutes, ...(type === "waste" && { waste: "folded" }) }];
  });
}
