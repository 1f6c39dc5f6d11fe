import { issueMessage } from "../model/issue-message.js";
import { probabilitySource } from "../model/probability-source.js";
import { resolvedProbabilities } from "../model/resolved-probabilities.js";
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
  const exits = new Map<string, Service["transitions"]>();
  for (const t of service.transitions) {
    const list = exits.get(t.from);
    if (list) list.push(t);
    else exits.set(t.from, [t]);
  }
  const warnings: Issue[] = [];
  // in touchpoint order, as validation lists them
  service.touchpoints.forEach((touchpoint, tp) => {
    const transitions = exits.get(touchpoint.id);
    if (transitions === undefined) return;
    exits.delete(touchpoint.id); // a duplicate id (invalid) must not be warned about twice
    if (transitions.length > 1 && probabilitySource(transitions) === "uniform") {
      const problem: ModelProblem = { code: "uniform_split", path: ["touchpoints", tp], id: touchpoint.id, count: transitions.length };
      warnings.push({ code: problem.code, path: problem.path, message: issueMessage(problem) });
    }
  });
  return { probabilities: resolvedProbabilities(service), warnings };
}
