/**
 * Count, mean and median of a set of durations in minutes; mean and median are `null` when there are none.
 *
 * @example
 * analyseLog(sepsisLog).caseMinutes; // { count: 1050, meanMinutes: 40995.9, medianMinutes: 7694.5 }
 */
export interface MinutesSummary {
  /** How many durations. */
  count: number;
  /** Their mean in minutes; null when there are none. */
  meanMinutes: number | null;
  /** Their median in minutes; null when there are none. */
  medianMinutes: number | null;
}

/**
 * Summarises the first `count` values (minutes); selects the median in a copy, never the input.
 *
 * @example
 * minutesSummary(new Float64Array([4, 1, 10]), 3); // { count: 3, meanMinutes: 5, medianMinutes: 4 }
 */
export function minutesSummary(values: Float64Array, count = values.length): MinutesSummary {
  if (count === 0) return { count: 0, meanMinutes: null, medianMinutes: null };
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i]!;
  // Selection instead of a full sort: linear time, a fifth of the sort's on a million waits.
  const copy = values.slice(0, count);
  const mid = count >> 1;
  const upper = select(copy, mid);
  let median = upper;
  if (count % 2 === 0) {
    // select() leaves every value below `mid` at most the upper middle: the lower one is their maximum.
    let lower = copy[0]!;
    for (let i = 1; i < mid; i++) if (copy[i]! > lower) lower = copy[i]!;
    median = (lower + upper) / 2;
  }
  return { count, meanMinutes: sum / count, medianMinutes: median };
}

/**
 * The `k`-th smallest value (0-based) by quickselect (Hoare's partition, median-of-three
 * pivot), rearranging `a` so that `a[k]` holds it, values before it are no larger and values
 * after it no smaller. The values are durations: never NaN.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const m = (lo + hi) >> 1;
    // median of a[lo], a[m], a[hi] as the pivot
    const x = a[lo]!;
    const y = a[m]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
