/**
 * How a journey wanders between departments.
 *
 * @example
 * wanderMetrics(["a", "b", "c"], ["desk", "lab", "desk"]).pingPongs; // 1
 */
export interface WanderMetrics<D = string> {
  /** D: the department sequence with consecutive repeats collapsed (missing departments left out). */
  departments: D[];
  /** |D| − 1 */
  handoffs: number;
  /** Direct ping-pong: i with Dᵢ = Dᵢ₊₂. */
  pingPongs: number;
  /** Department re-entries: |D| − |set(D)|, indirect ping-pong included. */
  revisits: number;
  /** Touchpoint repeats: n − |set(t)|. */
  repeats: number;
}

/**
 * The one definition of hand-offs, ping-pongs, revisits and repeats in hukka, used for model
 * journeys and for observed (event-log) journeys alike. Works on ids or on interned numbers;
 * a `null` or `undefined` department (unknown in a log) is left out of the department sequence only.
 *
 * @example
 * wanderMetrics(["a", "b", "c"], ["desk", "lab", "desk"]);
 * // { departments: ["desk", "lab", "desk"], handoffs: 2, pingPongs: 1, revisits: 1, repeats: 0 }
 */
export function wanderMetrics<T, D>(
  touchpoints: ArrayLike<T>,
  departments: ArrayLike<D | null | undefined>,
): WanderMetrics<D> {
  const runs: D[] = [];
  for (let i = 0; i < departments.length; i++) {
    const d = departments[i];
    if (d === null || d === undefined) continue;
    if (runs.length === 0 || runs[runs.length - 1] !== d) runs.push(d);
  }
  let pingPongs = 0;
  for (let i = 0; i + 2 < runs.length; i++) if (runs[i] === runs[i + 2]) pingPongs++;
  return {
    departments: runs,
    handoffs: Math.max(0, runs.length - 1),
    pingPongs,
    revisits: runs.length - new Set(runs).size,
    repeats: touchpoints.length - new Set(Array.from(touchpoints)).size,
  };
}
