import type { LenientService } from "./lenient-service.js";
import type { ModelProblem } from "./problem.js";

/**
 * Waste categories on steps: a waste step needs one (`missing_waste_category`), a value or
 * necessary step must not have one (`unexpected_waste_category`: a category there would be
 * silently ignored, or suggest the step type is wrong).
 *
 * @example
 * stepProblems(view)[0]?.path; // ["touchpoints", 0, "steps", 1, "waste"]
 */
export function stepProblems(view: LenientService): ModelProblem[] {
  const problems: ModelProblem[] = [];
  (view.touchpoints ?? []).forEach((t, i) => {
    (t?.steps ?? []).forEach((s, k) => {
      if (s === null) return;
      const path = ["touchpoints", i, "steps", k, "waste"];
      const step = typeof s.name === "string" ? s.name : `#${k}`;
      if (s.type === "waste" && s.waste === undefined) problems.push({ code: "missing_waste_category", path, step });
      if ((s.type === "value" || s.type === "necessary") && typeof s.waste === "string") {
        problems.push({ code: "unexpected_waste_category", path, step, type: s.type, waste: s.waste });
      }
    });
  });
  return problems;
}
