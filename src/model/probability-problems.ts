import type { LenientService, LenientTransition } from "./lenient-service.js";
import type { ModelIndex } from "./model-index.js";
import { probabilitySource } from "./probability-source.js";
import type { ModelProblem, TransitionRef } from "./problem.js";

/** Given probabilities out of a touchpoint sum to 1 within this tolerance. */
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
  const n = index.isNode.length;
  // seen[w] = v + 1 when an exit of v leads to w: a duplicate transition (reported as such) is not summed
  const seen = new Int32Array(n);
  const transitions: LenientTransition[] = [];
  const exits: number[] = [];
  for (let v = 0; v < n; v++) {
    transitions.length = exits.length = 0;
    let readable = true;
    for (let k = index.exitStart[v]!; k < index.exitStart[v + 1]!; k++) {
      const e = index.exits[k]!;
      const t = view.transitions![e]!;
      const w = index.to[e]!;
      if (t.probability === null || t.volume === null || (w >= 0 && seen[w] === v + 1)) readable = false;
      if (w >= 0) seen[w] = v + 1;
      transitions.push(t);
      exits.push(e);
    }
    if (transitions.length === 0 || !readable) continue;
    const problem = splitProblem(view.touchpoints![v]!.id!, ["touchpoints", v], transitions, exits);
    if (problem) problems.push(problem);
  }
  return problems;
}

function splitProblem(id: string, path: (string | number)[], transitions: LenientTransition[], exits: number[]): ModelProblem | null {
  const ref = (t: LenientTransition, k: number): TransitionRef => ({
    index: exits[k]!,
    to: t.to ?? "?",
    ...(typeof t.probability === "number" ? { probability: t.probability } : {}),
  });
  const given = transitions.filter((t) => t.probability !== undefined).length;
  const source = probabilitySource(transitions);
  if (given > 0 && given < transitions.length) {
    const without = transitions.map(ref).filter((r) => r.probability === undefined);
    return { code: "mixed_probabilities", path, id, without, given };
  }
  if (source === "probability") {
    let sum = 0;
    for (const t of transitions) sum += t.probability!;
    return Math.abs(sum - 1) > SUM_TOLERANCE ? { code: "probabilities_do_not_sum_to_one", path, id, sum, transitions: transitions.map(ref) } : null;
  }
  if (source === "volume") return null;
  const withVolume = transitions.filter((t) => t.volume !== undefined).length;
  if (withVolume === transitions.length) return { code: "zero_volumes", path, id, count: transitions.length };
  if (withVolume > 0) {
    const without = transitions.map(ref).filter((_, k) => transitions[k]!.volume === undefined);
    return { code: "mixed_volumes", path, id, without, given: withVolume };
  }
  return transitions.length > 1 ? { code: "uniform_split", path, id, count: transitions.length } : null;
}
