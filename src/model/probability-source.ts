/** Where the probabilities of the transitions out of one touchpoint come from. */
export type ProbabilitySource = "probability" | "volume" | "uniform";

/**
 * The rule for the transitions out of one touchpoint: their given probabilities
 * when every one gives a probability; else their volumes' shares when every one gives a volume
 * and the volumes are not all 0; else a uniform split. Validation makes sure that a valid model
 * never mixes (see `mixed_probabilities`, `mixed_volumes`, `zero_volumes`).
 *
 * @example
 * probabilitySource([{ volume: 30 }, { volume: 70 }]); // "volume"
 */
export function probabilitySource(
  transitions: readonly { probability?: number | null; volume?: number | null }[],
): ProbabilitySource {
  return probabilitySourceAt(transitions, null, 0, transitions.length);
}

/**
 * `probabilitySource` of `transitions[members[first]]` … `transitions[members[end − 1]]` (of
 * `transitions[first … end)` when `members` is null), read in place: a model of 100,000
 * touchpoints has as many groups of transitions, and gathering each into an array of its own
 * was most of `probabilitySplit`'s time.
 *
 * @example
 * probabilitySourceAt(transitions, Int32Array.of(4, 7), 0, 2); // the rule for transitions 4 and 7
 */
export function probabilitySourceAt(
  transitions: readonly { probability?: number | null; volume?: number | null }[],
  members: Int32Array | null,
  first: number,
  end: number,
): ProbabilitySource {
  let probability = true;
  let volume = true;
  let positive = false;
  for (let j = first; j < end; j++) {
    const t = transitions[members === null ? j : members[j]!]!;
    if (typeof t.probability !== "number") probability = false;
    if (typeof t.volume !== "number") volume = false;
    else if (t.volume > 0) positive = true;
  }
  return probability ? "probability" : volume && positive ? "volume" : "uniform";
}
