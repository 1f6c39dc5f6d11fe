import type { EventLog } from "../logs/event-log.js";

/**
 * A variant found by `countVariants`: its activity indices' case count and the first case that follows it.
 *
 * @example
 * countVariants(log, 1).variants[0]; // { firstCase: 0, count: 35 }
 */
export interface CountedVariant {
  /** Index of the first case (in log order) that follows the variant. */
  firstCase: number;
  count: number;
}

/**
 * Distinct activity sequences of a log with their case counts, the `top` most frequent first
 * (stable: ties in order of first case), and how many distinct sequences there are. Shared by
 * `analyseLog` (the report's variants) and `observedJourneys` (their drawn examples), so both
 * name the same variants with the same counts.
 *
 * @example
 * const { variants, variantCount } = countVariants(log, 10);
 * log.cases[variants[0].firstCase]; // the first case of the most frequent variant
 */
export function countVariants(log: EventLog, top: number): { variants: CountedVariant[]; variantCount: number } {
  const { caseStart, activity } = log;
  const counts = new Map<string, CountedVariant>();
  // One UTF-16 code unit per activity makes the key natively and 3× shorter than joined
  // digits; a log with more activities than code units falls back to the joined indices.
  const asCodeUnits = log.activities.length <= 0xffff;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const events = activity.subarray(caseStart[c]!, caseStart[c + 1]!);
    const key = asCodeUnits ? codeUnits(events) : events.join(",");
    const v = counts.get(key);
    if (v) v.count++;
    else counts.set(key, { firstCase: c, count: 1 });
  }
  const variants = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, top);
  return { variants, variantCount: counts.size };
}

/** The values (each below 2¹⁶) as a string of code units, made in pieces that fit an argument list. */
function codeUnits(values: Uint32Array): string {
  const PIECE = 4096;
  if (values.length <= PIECE) return String.fromCharCode.apply(null, values as unknown as number[]);
  let text = "";
  for (let i = 0; i < values.length; i += PIECE) text += String.fromCharCode.apply(null, values.subarray(i, i + PIECE) as unknown as number[]);
  return text;
}
