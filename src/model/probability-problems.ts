import type { LenientService, LenientTransition } from "./lenient-service.js";
import type { ModelIndex } from "./model-index.js";
import { probabilitySource } from "./probability-source.js";
import type { ModelProblem, TransitionRef } from "./problem.js";

/** DESIGN §3: given probabilities out of a touchpoint sum to 1 within this tolerance. */
const SUM_TOLERANCE = 1e-6;

/**
 * The split of customers leaving each touchpoint: `probabilities_do_not_sum_to_one`,
 * `mixed_probabilities` / `mixed_volumes` (only some transitions give one: a partial split is
 * never guessed), `zero_volumes`, and the warning `uniform_split` when a touchpoint with two or
 * more exits gives neither. A touchpoint whose transitions have an invalid probability or volume
 * is skipped: the schema already reported it; so is one with a duplicate transition.
 *
 * @example
 * probabilityProblems(view, modelIndex(view))[0]?.code; // "probabilities_do_not_sum_to_one"
 */
export function probabilityProblems(view: LenientService, index: ModelIndex): ModelProblem[] {
  const problems: ModelProblem[] = [];
  // in touchpoint order; transitions from an unknown touchpoint are reported as such
  (view.touchpoints ?? []).forEach((tp, i) => {
    const id = tp?.id;
    if (typeof id !== "string" || index.touchpoints.get(id) !== i) return;
    const exits = index.exits.get(id);
    if (exits === undefined) return;
    const path = ["touchpoints", i];
    const transitions = exits.map((e) => view.transitions![e]!);
    if (transitions.some((t) => t.probability === null || t.volume === null)) return;
    // a duplicate transition (reported as such) would be counted twice in the sum
    if (new Set(transitions.map((t) => t.to)).size < transitions.length) return;
    const ref = (t: LenientTransition, k: number): TransitionRef => ({
      index: exits[k]!,
      to: t.to ?? "?",
      ...(typeof t.probability === "number" ? { probability: t.probability } : {}),
    });
    const given = transitions.filter((t) => t.probability !== undefined).length;
    const source = probabilitySource(transitions);
    if (given > 0 && given < transitions.length) {
      const without = transitions.map(ref).filter((r) => r.probability === undefined);
      problems.push({ code: "mixed_probabilities", path, id, without, given });
    } else if (source === "probability") {
      const sum = transitions.reduce((s, t) => s + t.probability!, 0);
      if (Math.abs(sum - 1) > SUM_TOLERANCE) {
        problems.push({ code: "probabilities_do_not_sum_to_one", path, id, sum, transitions: transitions.map(ref) });
      }
    } else if (source === "uniform") {
      const withVolume = transitions.filter((t) => t.volume !== undefined).length;
      if (withVolume === transitions.length) {
        problems.push({ code: "zero_volumes", path, id, count: transitions.length });
      } else if (withVolume > 0) {
        const without = transitions.map(ref).filter((_, k) => transitions[k]!.volume === undefined);
        problems.push({ code: "mixed_volumes", path, id, without, given: withVolume });
      } else if (transitions.length > 1) {
        problems.push({ code: "uniform_split", path, id, count: transitions.length });
      }
    }
  });
  return problems;
}
