import type { EventLog } from "../logs/event-log.js";
import type { WaitsFallback } from "./waits-warnings.js";

const MS_PER_MINUTE = 60_000;

/**
 * The cases' clocks as a replay shifts them: completion times, and start times when the log has
 * them. The replay writes new arrays; the log's own are never touched.
 */
export interface CaseClocks {
  time: Float64Array;
  start: Float64Array | null;
}

/**
 * `waits: "as-within"` on the cases, for one merge: every move between two of the `merged`
 * departments (by the current `label` of each event's placed department) stops being a hand-off,
 * and the gap before its event — from the previous event's completion to this one's start when it
 * has one, else its completion, as the mined model measures a wait — becomes the mean gap of the
 * moves within one department into the same (activity, department as placed) pair in the log as
 * it is before this merge; failing that, the mean gap of every move within one of the merged
 * departments; failing that, the gap stays. The case's later events move by the difference, so
 * its other gaps and every service time stay as they were. Returns the new clocks and what fell
 * back, named as the mined model names its touchpoints: the activity, or `activity @ department`
 * when the activity occurs in several departments.
 *
 * @example
 * const { clocks } = replayWithinGaps(log, placed, label, { time: log.time, start: null }, new Set(["G2", "G5"]));
 */
export function replayWithinGaps(
  log: EventLog,
  placed: Int32Array,
  label: readonly string[],
  clocks: CaseClocks,
  merged: ReadonlySet<string>,
): { clocks: CaseClocks; fell: WaitsFallback } {
  const { caseStart, activity } = log;
  const { time, start } = clocks;
  const slots = log.departments.length + 1;
  const name = (i: number) => (placed[i]! < 0 ? null : label[placed[i]!]!);
  const key = (i: number) => activity[i]! * slots + placed[i]! + 1;
  // ms from the previous event's completion to this one's arrival
  const gap = (i: number) => (start !== null && !Number.isNaN(start[i]!) ? start[i]! : time[i]!) - time[i - 1]!;

  const within = new Map<number, { sum: number; count: number }>();
  let sum = 0;
  let count = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    for (let i = caseStart[c]! + 1; i < caseStart[c + 1]!; i++) {
      const department = name(i);
      if (department !== name(i - 1)) continue;
      const g = gap(i);
      const into = within.get(key(i)) ?? within.set(key(i), { sum: 0, count: 0 }).get(key(i))!;
      into.sum += g;
      into.count++;
      if (department !== null && merged.has(department)) {
        sum += g;
        count++;
      }
    }
  }

  const fallbackMs = count > 0 ? sum / count : null;
  const fallback = new Set<number>(); // keys of (activity, department)
  const kept = new Set<string>();
  const shifted: CaseClocks = { time: Float64Array.from(time), start: start && Float64Array.from(start) };
  for (let c = 0; c + 1 < caseStart.length; c++) {
    let shift = 0;
    for (let i = caseStart[c]! + 1; i < caseStart[c + 1]!; i++) {
      const from = name(i - 1);
      const to = name(i);
      if (from !== to && from !== null && to !== null && merged.has(from) && merged.has(to)) {
        const into = within.get(key(i));
        if (into) shift += into.sum / into.count - gap(i);
        else if (fallbackMs !== null) {
          shift += fallbackMs - gap(i);
          fallback.add(key(i));
        } else kept.add(`${log.activities[activity[i - 1]!]} → ${log.activities[activity[i]!]}`);
      }
      if (shift !== 0) {
        shifted.time[i]! += shift;
        if (shifted.start) shifted.start[i]! += shift;
      }
    }
  }
  return {
    clocks: shifted,
    fell: { fallback: pairNames(log, placed, fallback), fallbackMinutes: fallbackMs === null ? null : fallbackMs / MS_PER_MINUTE, kept: [...kept] },
  };
}

/** The (activity, department) keys named as `mineService` names the pairs' touchpoints. */
function pairNames(log: EventLog, placed: Int32Array, keys: ReadonlySet<number>): string[] {
  if (keys.size === 0) return [];
  const slots = log.departments.length + 1;
  const places = new Map<number, Set<number>>();
  for (let i = 0; i < log.events; i++) {
    const a = log.activity[i]!;
    (places.get(a) ?? places.set(a, new Set()).get(a)!).add(placed[i]!);
  }
  return [...keys].map((key) => {
    const a = Math.floor(key / slots);
    const d = (key % slots) - 1;
    const name = log.activities[a]!;
    return places.get(a)!.size === 1 ? name : `${name} @ ${d < 0 ? "unknown" : log.departments[d]}`;
  });
}
