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
  if (transitions.every((t) => typeof t.probability === "number")) return "probability";
  if (transitions.every((t) => typeof t.volume === "number") && transitions.some((t) => t.volume! > 0)) return "volume";
  return "uniform";
}
