import type { Issue, Service } from "../model/types.js";

/**
 * The probability of every transition, in the order of `service.transitions` (DESIGN §3):
 * the given probabilities; else, where a touchpoint's transitions give volumes, the volumes'
 * shares; else a uniform split, with a `uniform_split` warning naming the touchpoint.
 * Assumes a valid model (see `parseService`).
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
  for (const [from, indices] of byFrom) {
    const transitions = indices.map((i) => service.transitions[i]!);
    if (transitions.every((t) => t.probability !== undefined)) {
      indices.forEach((i, k) => (probabilities[i] = transitions[k]!.probability!));
    } else if (transitions.every((t) => t.volume !== undefined) && transitions.some((t) => t.volume! > 0)) {
      const total = transitions.reduce((sum, t) => sum + t.volume!, 0);
      indices.forEach((i, k) => (probabilities[i] = transitions[k]!.volume! / total));
    } else {
      indices.forEach((i) => (probabilities[i] = 1 / indices.length));
      const tp = service.touchpoints.findIndex((t) => t.id === from);
      warnings.push({
        code: "uniform_split",
        path: ["touchpoints", tp],
        message: `touchpoints[${tp}]: touchpoint ${JSON.stringify(from)} gives neither probabilities nor volumes on its transitions; assumed a uniform split (1/${indices.length} each)`,
      });
    }
  }
  return { probabilities, warnings };
}
