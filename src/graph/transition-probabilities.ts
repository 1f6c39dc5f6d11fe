import { issueMessage } from "../model/issue-message.js";
import { probabilitySource } from "../model/probability-source.js";
import type { ModelProblem } from "../model/problem.js";
import type { Issue, Service } from "../model/types.js";

/**
 * The probability of every transition, in the order of `service.transitions` (DESIGN §3):
 * the given probabilities; else, where a touchpoint's transitions give volumes, the volumes'
 * shares; else a uniform split, with a `uniform_split` warning naming the touchpoint when it
 * has two or more exits (a single exit needs no probability). Assumes a valid model (see
 * `parseService`, which reports the same warning).
 *
 * @example
 * transitionProbabilities(service).probabilities // [0.7, 0.3, 1]
 */
export function transitionProbabilities(service: Service): { probabilities: number[]; warnings: Issue[] } {
  const byFrom = new Map<string, number[]>();
  service.transitions.forEach((t, i) => {
    const list = byFrom.get(t.from);
    if (list) list.push(i);
    else byFrom.set(t.from, [i]);
  });
  const probabilities = new Array<number>(service.transitions.length).fill(0);
  const warnings: Issue[] = [];
  // in touchpoint order, as validation lists them
  service.touchpoints.forEach((touchpoint, tp) => {
    const indices = byFrom.get(touchpoint.id);
    if (indices === undefined) return;
    byFrom.delete(touchpoint.id); // a duplicate id (invalid) must not be counted twice
    const transitions = indices.map((i) => service.transitions[i]!);
    const source = probabilitySource(transitions);
    if (source === "probability") {
      indices.forEach((i, k) => (probabilities[i] = transitions[k]!.probability!));
    } else if (source === "volume") {
      const total = transitions.reduce((sum, t) => sum + t.volume!, 0);
      indices.forEach((i, k) => (probabilities[i] = transitions[k]!.volume! / total));
    } else {
      indices.forEach((i) => (probabilities[i] = 1 / indices.length));
      if (indices.length > 1) {
        const problem: ModelProblem = { code: "uniform_split", path: ["touchpoints", tp], id: touchpoint.id, count: indices.length };
        warnings.push({ code: problem.code, path: problem.path, message: issueMessage(problem) });
      }
    }
  });
  return { probabilities, warnings };
}
