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
    if (typeof d?.id !== "string") return;
    const first = index.departments.get(d.id)!;
    if (first !== i) problems.push({ code: "duplicate_id", path: ["departments", i, "id"], kind: "department", id: d.id, first: ["departments", first] });
  });
  (view.touchpoints ?? []).forEach((t, i) => {
    if (typeof t?.id === "string" && !index.isNode[i]) {
      const first = index.touchpoints.get(t.id)!;
      problems.push({ code: "duplicate_id", path: ["touchpoints", i, "id"], kind: "touchpoint", id: t.id, first: ["touchpoints", first] });
    }
    if (index.departmentsKnown && typeof t?.department === "string" && !index.departments.has(t.department)) {
      problems.push({ code: "unknown_department", path: ["touchpoints", i, "department"], value: t.department, known: (knownDepartments ??= [...index.departments.keys()]) });
    }
  });
  if (index.touchpointsKnown) {
    (view.transitions ?? []).forEach((t, e) => {
      for (const end of ["from", "to"] as const) {
        const id = t?.[end];
        if (typeof id === "string" && index[end][e] === -1) {
          problems.push({ code: "unknown_touchpoint", path: ["transitions", e, end], value: id, known: (knownTouchpoints ??= [...index.touchpoints.keys()]) });
        }
      }
    });
  }
  problems.push(...duplicateTransitions(view, index));
  return problems;
}

/** Transitions with the same `from → to` as an earlier one, in file order. */
function duplicateTransitions(view: LenientService, index: ModelIndex): ModelProblem[] {
  const n = index.isNode.length;
  // seen[w] = v + 1 while the exits of v are scanned and one of them went to w (at firstAt[w])
  const seen = new Int32Array(n);
  const firstAt = new Int32Array(n);
  const duplicates: ModelProblem[] = [];
  for (let v = 0; v < n; v++) {
    for (let k = index.exitStart[v]!; k < index.exitStart[v + 1]!; k++) {
      const e = index.exits[k]!;
      const w = index.to[e]!;
      if (w < 0) continue; // an unknown touchpoint, reported as such
      if (seen[w] !== v + 1) (seen[w] = v + 1), (firstAt[w] = e);
      else duplicates.push({ code: "duplicate_transition", path: ["transitions", e], from: view.transitions![e]!.from!, to: view.transitions![e]!.to!, first: firstAt[w]! });
    }
  }
  return duplicates.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
}
