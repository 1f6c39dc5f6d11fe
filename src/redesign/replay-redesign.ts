import type { EventLog } from "../logs/event-log.js";
import { replayedCases, type ReplayOptions } from "./replayed-cases.js";
import type { Redesign } from "./types.js";

/**
 * The observed cases of a log after a redesign that relabels departments (`merge-departments`,
 * `rename-department`): `replayedCases(log, redesign, options).log`, for a caller who needs no
 * warnings. A merge with `waits: "as-within"` moves time too.
 *
 * @example
 * const after = replayRedesign(log, { name: "One team", changes: [{ op: "merge-departments", departments: ["G96", "G97"], into: "G96" }] });
 * analyseLog(after).handoffs - analyseLog(log).handoffs; // hand-offs the merge removes, case by case
 */
export function replayRedesign(log: EventLog, redesign: Redesign, options: ReplayOptions = {}): EventLog {
  return replayedCases(log, redesign, options).log;
}
