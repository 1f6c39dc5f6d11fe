import { probabilitySource } from "./probability-source.js";
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
 * transitions: they are grouped by `from` once (a counting sort), and a model that lists a
 * touchpoint's transitions together costs one id lookup per touchpoint, not per transition.
 * Assumes the model does not mix sources within a touchpoint (validation reports that).
 *
 * @example
 * // call → gp 0.7, call → call 0.3; gp → a, gp → b (nothing given)
 * probabilitySplit(service).probabilities; // [0.7, 0.3, 0.5, 0.5]
 */
export function probabilitySplit(service: Service): ProbabilitySplit {
  const { transitions } = service;
  const m = transitions.length;
  const groupOf = new Int32Array(m);
  const groupIds: string[] = [];
  const groupIndex = new Map<string, number>();
  let lastFrom: string | undefined;
  let g = -1;
  for (let k = 0; k < m; k++) {
    const from = transitions[k]!.from;
    if (from !== lastFrom) {
      lastFrom = from;
      let found = groupIndex.get(from);
      if (found === undefined) {
        found = groupIds.length;
        groupIds.push(from);
        groupIndex.set(from, found);
      }
      g = found;
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
  const exits: Transition[] = []; // the transitions out of one touchpoint, reused for every group
  for (let h = 0; h < groupIds.length; h++) {
    exits.length = 0;
    for (let j = start[h]!; j < start[h + 1]!; j++) exits.push(transitions[members[j]!]!);
    const source = probabilitySource(exits);
    // given probabilities are divided by their sum too (DESIGN §3 v2): validation tolerates a sum
    // 1 ± 1e-6, and a loop would magnify the difference into resolved shares far from 1
    let total = 0;
    for (const t of exits) total += (source === "probability" ? t.probability : t.volume) ?? 0;
    for (let j = 0; j < exits.length; j++) {
      const t = exits[j]!;
      const share = source === "probability" ? t.probability! : source === "volume" ? t.volume! : 1;
      probabilities[members[start[h]! + j]!] = source === "uniform" ? 1 / exits.length : total > 0 ? share / total : share;
    }
    if (source === "uniform" && exits.length > 1) uniform.push({ id: groupIds[h]!, count: exits.length });
  }
  return { probabilities, uniform };
}
