import { probabilitySource } from "./probability-source.js";
import type { Service } from "./types.js";

/**
 * The probability of every transition, in the order of `service.transitions`, by the rule of
 * `probabilitySource` (given probabilities, else volume shares, else uniform): the numbers of
 * `transitionProbabilities` without its warnings. The visualiser uses this one directly because
 * the warnings' wording pulls the zod schemas (450 kB) into the browser bundle.
 *
 * @example
 * resolvedProbabilities(service); // [0.7, 0.3, 1]
 */
export function resolvedProbabilities(service: Service): number[] {
  const byFrom = new Map<string, number[]>();
  service.transitions.forEach((t, i) => {
    const list = byFrom.get(t.from);
    if (list) list.push(i);
    else byFrom.set(t.from, [i]);
  });
  const probabilities = new Array<number>(service.transitions.length).fill(0);
  for (const indices of byFrom.values()) {
    const transitions = indices.map((i) => service.transitions[i]!);
    const source = probabilitySource(transitions);
    const total = transitions.reduce((s, t) => s + (t.volume ?? 0), 0);
    indices.forEach((i, k) => {
      const t = transitions[k]!;
      probabilities[i] =
        source === "probability" ? t.probability! : source === "volume" ? t.volume! / total : 1 / indices.length;
    });
  }
  return probabilities;
}
