import type { LenientService } from "./lenient-service.js";
import type { ModelIndex } from "./model-index.js";
import type { ModelProblem } from "./problem.js";

/**
 * Ids and the references between them: `duplicate_id`, `unknown_department`,
 * `unknown_touchpoint` and `duplicate_transition` (the graph is simple: one transition per pair).
 * A reference is only called unknown when every id it could name is known.
 *
 * @example
 * referenceProblems(view, modelIndex(view)).map((p) => p.code); // ["unknown_department"]
 */
export function referenceProblems(view: LenientService, index: ModelIndex): ModelProblem[] {
  const problems: ModelProblem[] = [];
  // one list shared by every unknown reference: a model with many bad references stays linear
  let knownDepartments: string[] | undefined;
  let knownTouchpoints: string[] | undefined;
  (view.departments ?? []).forEach((d, i) => {
    const first = typeof d?.id === "string" ? index.departments.get(d.id)! : i;
    if (first !== i) {
      problems.push({ code: "duplicate_id", path: ["departments", i, "id"], kind: "department", id: d!.id!, first: ["departments", first] });
    }
  });
  (view.touchpoints ?? []).forEach((t, i) => {
    if (typeof t?.id === "string") {
      const first = index.touchpoints.get(t.id)!;
      if (first !== i) {
        problems.push({ code: "duplicate_id", path: ["touchpoints", i, "id"], kind: "touchpoint", id: t.id, first: ["touchpoints", first] });
      }
    }
    if (index.departmentsKnown && typeof t?.department === "string" && !index.departments.has(t.department)) {
      problems.push({ code: "unknown_department", path: ["touchpoints", i, "department"], value: t.department, known: (knownDepartments ??= [...index.departments.keys()]) });
    }
  });
  const pairs = new Map<string, Map<string, number>>();
  (view.transitions ?? []).forEach((t, i) => {
    for (const end of ["from", "to"] as const) {
      const id = t?.[end];
      if (index.touchpointsKnown && typeof id === "string" && !index.touchpoints.has(id)) {
        problems.push({ code: "unknown_touchpoint", path: ["transitions", i, end], value: id, known: (knownTouchpoints ??= [...index.touchpoints.keys()]) });
      }
    }
    if (typeof t?.from !== "string" || typeof t.to !== "string") return;
    let targets = pairs.get(t.from);
    if (!targets) pairs.set(t.from, (targets = new Map()));
    const first = targets.get(t.to);
    if (first === undefined) targets.set(t.to, i);
    else problems.push({ code: "duplicate_transition", path: ["transitions", i], from: t.from, to: t.to, first });
  });
  return problems;
}
