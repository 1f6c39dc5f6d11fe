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
  let pingPongs = 0;
  for (let i = 0; i < departments.length; i++) {
    const d = departments[i];
    if (d === null || d === undefined) continue;
    const r = runs.length;
    if (r > 0 && runs[r - 1] === d) continue;
    // Dᵢ = Dᵢ₊₂, counted as the later run is added
    if (r > 1 && runs[r - 2] === d) pingPongs++;
    runs.push(d);
  }
  return {
    departments: runs,
    handoffs: Math.max(0, runs.length - 1),
    pingPongs,
    revisits: runs.length - distinct(runs),
    repeats: touchpoints.length - distinct(touchpoints),
  };
}

/** Up to this many values are counted by comparing each with those before it. */
const FEW = 32;
/** Indices below this are counted by marking them in `marks` (larger ones, and anything else, by a `Set`). */
const MARKABLE = 1 << 22;
/** `marks[v] === epoch`: index v was seen in the current count. Grown as needed up to `MARKABLE` entries, never cleared but by the epoch. */
let marks = new Int32Array(1024);
let epoch = 0;

/**
 * How many different values `values` holds, as a `Set` counts them (SameValueZero), without
 * building one where it can: `analyse` screens a thousand journeys of up to thousands of steps
 * and `analyseLog` counts every case of a log, their values indices (touchpoints, activities,
 * departments). A few values are compared pairwise; a list of small whole numbers is counted by
 * marking each in a shared array, with a new epoch per count instead of clearing it.
 */
function distinct<T>(values: ArrayLike<T>): number {
  const n = values.length;
  if (n <= FEW) {
    let count = 0;
    next: for (let i = 0; i < n; i++) {
      const v = values[i];
      for (let j = 0; j < i; j++) {
        const w = values[j];
        if (w === v || (w !== w && v !== v)) continue next;
      }
      count++;
    }
    return count;
  }
  let largest = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "number" || !(v >= 0 && v < MARKABLE) || (v | 0) !== v) {
      largest = -1;
      break;
    }
    if (v > largest) largest = v;
  }
  if (largest < 0) {
    const seen = new Set<T>();
    for (let i = 0; i < n; i++) seen.add(values[i]!);
    return seen.size;
  }
  if (largest >= marks.length) marks = new Int32Array(Math.min(MARKABLE, Math.max(largest + 1, 2 * marks.length)));
  if (++epoch === 0x7fffffff) {
    marks.fill(0);
    epoch = 1;
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (marks[v] !== epoch) {
      marks[v] = epoch;
      count++;
    }
  }
  return count;
}
