import { problemMessage } from "../model/problem-message.js";
import { probabilitySplit } from "../model/probability-split.js";
import type { ModelProblem } from "../model/problem.js";
import type { Issue, Service } from "../model/types.js";

/**
 * The probability of every transition, in the order of `service.transitions`:
 * the given probabilities; else, where a touchpoint's transitions give volumes, the volumes'
 * shares; else a uniform split, with a `uniform_split` warning naming the touchpoint when it
 * has two or more exits (a single exit needs no probability). Assumes a valid model (see
 * `parseService`, which reports the same warning).
 *
 * @example
 * transitionProbabilities(service).probabilities // [0.7, 0.3, 1]
 */
export function transitionProbabilities(service: Service): { probabilities: number[]; warnings: Issue[] } {
  const { probabilities, uniform } = probabilitySplit(service);
  const warnings: Issue[] = [];
  if (uniform.length === 0) return { probabilities, warnings };
  const count = new Map(uniform.map((u) => [u.id, u.count]));
  // in touchpoint order, as validation lists them
  service.touchpoints.forEach((touchpoint, tp) => {
    const exits = count.get(touchpoint.id);
    if (exits === undefined) return;
    count.delete(touchpoint.id); // a duplicate id (invalid) must not be warned about twice
    const problem: ModelProblem = { code: "uniform_split", path: ["touchpoints", tp], id: touchpoint.id, count: exits };
    warnings.push({ code: problem.code, path: problem.path, message: problemMessage(problem) });
  });
  return { probabilities, warnings };
}
