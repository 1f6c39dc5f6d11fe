import type { Department, Service } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import { withinWaits } from "./within-waits.js";
import { waitsWarnings } from "./waits-warnings.js";
import type { MergeDepartmentsChange } from "./types.js";

/**
 * Applies a `merge-departments` change to the redesign's working copy: every listed department's
 * touchpoints move to `into`; the listed departments other than `into` are removed. `into` may be
 * an existing department (listed or not; its record is kept) or a new id (a new department, placed
 * where the first merged one stood in the model, in the first listed one's lane unless the change
 * gives `lane`). With `waits: "as-within"`, a transition that stops being a hand-off first takes the
 * wait `withinWaits` finds, with a warning for each fallback; with `keep` (the default) every
 * wait stays.
 *
 * @example
 * mergeDepartments(copy, { op: "merge-departments", departments: ["service", "registry"], into: "service" }, context);
 */
export function mergeDepartments(service: Service, change: MergeDepartmentsChange, context: ChangeContext): void {
  const byId = new Map(service.departments.map((d) => [d.id, d] as const));
  change.departments.forEach((id, i) => {
    if (!byId.has(id)) context.unknown("department", ["departments", i], id, byId.keys());
  });
  if (context.issues.length > 0) return;

  const merged = new Set([...change.departments, change.into]);
  if (change.waits === "as-within") moveWithinWaits(service, merged, context);
  const first = byId.get(change.departments[0]!)!;
  const target: Department = byId.get(change.into) ?? { id: change.into, ...(first.lane && { lane: first.lane }) };
  if (change.name !== undefined) target.name = change.name;
  if (change.lane !== undefined) target.lane = change.lane;

  const departments: Department[] = [];
  for (const d of service.departments) {
    if (!merged.has(d.id)) departments.push(d);
    else if (!departments.includes(target)) departments.push(target);
  }
  service.departments = departments;
  for (const t of service.touchpoints) if (merged.has(t.department)) t.department = change.into;
}

/** `waits: "as-within"`: the new waits, computed on the model as it is before the merge. */
function moveWithinWaits(service: Service, merged: ReadonlySet<string>, context: ChangeContext): void {
  const found = withinWaits(service, merged);
  for (const [i, wait] of found.waits) service.transitions[i]!.wait = wait;
  const kept = found.kept.map((i) => {
    const t = service.transitions[i]!;
    return `${t.from} → ${t.to}`;
  });
  for (const w of waitsWarnings({ fallback: found.fallback, fallbackMinutes: found.fallbackMinutes, kept })) context.warn(w.code, w.message);
}
