import { formatDuration } from "../analysis/format-duration.js";

/** How many names a warning lists before "and N more". */
const NAMES_SHOWN = 10;

/**
 * What a `waits: "as-within"` merge fell back on, in the words of both the model's rule
 * (`withinWaits`) and the replay on a log's cases (`replayedCases`).
 *
 * @example
 * const fell: WaitsFallback = { fallback: ["Review @ G2"], fallbackMinutes: 90, kept: [] };
 */
export interface WaitsFallback {
  /** The targets with no move from within their own department, named for the reader. */
  fallback: readonly string[];
  /** The merged departments' mean within-department wait they took, in minutes. */
  fallbackMinutes: number | null;
  /** The moves that keep their wait, named for the reader (`from → to`). */
  kept: readonly string[];
}

/**
 * The warnings of a `waits: "as-within"` merge's fallbacks, as `{ code, message }`:
 * `merge_wait_fallback` names the targets that took the merged departments' mean, and
 * `merge_wait_kept` the moves that kept their wait because the merged departments have no
 * move within one department at all. None when the rule found a wait for every move.
 *
 * @example
 * waitsWarnings({ fallback: ["Review"], fallbackMinutes: 90, kept: [] })[0].message;
 * // 'waits "as-within": no move into "Review" came from within its own department; the moves into it
 * //  that stop being hand-offs wait the merged departments' mean wait within a department instead, 1.5 h'
 */
export function waitsWarnings(fell: WaitsFallback): { code: string; message: string }[] {
  const warnings: { code: string; message: string }[] = [];
  const n = fell.fallback.length;
  if (n > 0 && fell.fallbackMinutes !== null) {
    warnings.push({
      code: "merge_wait_fallback",
      message:
        `waits "as-within": no move into ${names(fell.fallback)} came from within its own department; ` +
        `the moves into ${n === 1 ? "it" : "them"} that stop being hand-offs wait the merged departments' mean wait within a department instead, ${formatDuration(fell.fallbackMinutes)}`,
    });
  }
  if (fell.kept.length > 0) {
    warnings.push({
      code: "merge_wait_kept",
      message:
        `waits "as-within": the merged departments have no move within a department to go by, so ` +
        `${fell.kept.length === 1 ? "the move" : `${fell.kept.length} moves`} that stop${fell.kept.length === 1 ? "s" : ""} being a hand-off keep${fell.kept.length === 1 ? "s its wait" : " their waits"}: ${names(fell.kept)}`,
    });
  }
  return warnings;
}

function names(items: readonly string[]): string {
  const shown = items.slice(0, NAMES_SHOWN).map((x) => JSON.stringify(x));
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.length < 2 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
