import { probabilitySourceAt } from "./probability-source.js";
import { transitionEnds } from "./transition-ends.js";
import type { Service, Transition } from "./types.js";

/**
 * The probabilities of a service's transitions and the touchpoints whose split is a guess.
 *
 * @example
 * probabilitySplit(service); // { probabilities: [0.7, 0.3, 0.5, 0.5], uniform: [{ id: "gp", count: 2 }] }
 */
export interface ProbabilitySplit {
  /** The probability of every transition, in the order of `service.transitions`. */
  probabilities: number[];
  /** Touchpoints with two or more exits split uniformly (`uniform_split`), in order of their first transition. */
  uniform: { id: string; count: number }[];
}

/**
 * Applies the rule of `probabilitySource` to the transitions out of each touchpoint: their
 * given probabilities divided by their sum, else their volumes' shares, else a uniform split. Linear in the
 * transitions: they are grouped by `from` once (a counting sort on the index of the `from`
 * touchpoint, from `transitionEnds`, which validation has usually found already).
 * Assumes the model does not mix sources within a touchpoint (validation reports that).
 *
 * @example
 * // call → gp 0.7, call → call 0.3; gp → a, gp → b (nothing given)
 * probabilitySplit(service).probabilities; // [0.7, 0.3, 0.5, 0.5]
 */
export function probabilitySplit(service: Service): ProbabilitySplit {
  const { transitions } = service;
  const m = transitions.length;
  const fromIndex = transitionEnds(service).from;
  // groups in order of their first transition, keyed by the `from` touchpoint's index (a `from`
  // no touchpoint has, in an invalid model, by its id)
  const groupOf = new Int32Array(m);
  const groupIds: string[] = [];
  const groupOfTouchpoint = new Int32Array(service.touchpoints.length).fill(-1);
  const groupOfUnknown = new Map<string, number>();
  for (let k = 0; k < m; k++) {
    const from = fromIndex[k]!;
    let g = from >= 0 ? groupOfTouchpoint[from]! : (groupOfUnknown.get(transitions[k]!.from) ?? -1);
    if (g === -1) {
      g = groupIds.length;
      groupIds.push(transitions[k]!.from);
      if (from >= 0) groupOfTouchpoint[from] = g;
      else groupOfUnknown.set(transitions[k]!.from, g);
    }
    groupOf[k] = g;
  }
  // The transitions of group g are members[start[g] .. start[g+1]), in model order.
  const start = new Int32Array(groupIds.length + 1);
  for (let k = 0; k < m; k++) start[groupOf[k]! + 1]!++;
  for (let h = 0; h < groupIds.length; h++) start[h + 1]! += start[h]!;
  const fill = start.slice(0, groupIds.length);
  const members = new Int32Array(m);
  for (let k = 0; k < m; k++) members[fill[groupOf[k]!]!++] = k;

  const probabilities = new Array<number>(m).fill(0);
  const uniform: ProbabilitySplit["uniform"] = [];
  for (let h = 0; h < groupIds.length; h++) {
    const first = start[h]!;
    const end = start[h + 1]!;
    const source = probabilitySourceAt(transitions, members, first, end);
    // given probabilities are divided by their sum too: validation tolerates a sum
    // 1 ± 1e-6, and a loop would magnify the difference into resolved shares far from 1
    let total = 0;
    if (source !== "uniform") for (let j = first; j < end; j++) total += share(transitions[members[j]!]!, source);
    for (let j = first; j < end; j++) {
      const k = members[j]!;
      if (source === "uniform") probabilities[k] = 1 / (end - first);
      else probabilities[k] = total > 0 ? share(transitions[k]!, source) / total : share(transitions[k]!, source);
    }
    if (source === "uniform" && end - first > 1) uniform.push({ id: groupIds[h]!, count: end - first });
  }
  return { probabilities, uniform };
}

/** A transition's given probability or volume, as its source reads it. */
function share(t: Transition, source: "probability" | "volume"): number {
  return (source === "probability" ? t.probability : t.volume) ?? 0;
}
