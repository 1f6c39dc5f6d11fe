/**
 * Count, mean and median of a set of durations in minutes; mean and median are `null` when there are none.
 *
 * @example
 * analyseLog(sepsisLog).caseMinutes; // { count: 1050, meanMinutes: 40995.9, medianMinutes: 7694.5 }
 */
export interface MinutesSummary {
  count: number;
  meanMinutes: number | null;
  medianMinutes: number | null;
}

/**
 * Summarises the first `count` values (minutes); sorts a copy, never the input.
 *
 * @example
 * minutesSummary(new Float64Array([4, 1, 10]), 3); // { count: 3, meanMinutes: 5, medianMinutes: 4 }
 */
export function minutesSummary(values: Float64Array, count = values.length): MinutesSummary {
  if (count === 0) return { count: 0, meanMinutes: null, medianMinutes: null };
  const sorted = values.slice(0, count).sort();
  let sum = 0;
  for (let i = 0; i < count; i++) sum += sorted[i]!;
  const mid = count >> 1;
  const median = count % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count, meanMinutes: sum / count, medianMinutes: median };
}
