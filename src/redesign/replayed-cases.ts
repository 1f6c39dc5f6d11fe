import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import { placeDepartments, resolveMiningOptions, type CountMiningOptions } from "../mining/count-mining.js";
import type { Issue } from "../model/types.js";
import { changeContext } from "./change-context.js";
import { changeLabel } from "./change-label.js";
import { InvalidRedesignError } from "./invalid-redesign-error.js";
import { parseRedesign } from "./parse-redesign.js";
import { replayWithinGaps, type CaseClocks } from "./replay-within-gaps.js";
import type { Redesign, RedesignIssue } from "./types.js";
import { waitsWarnings } from "./waits-warnings.js";

/**
 * Options of `replayedCases` and `replayRedesign`.
 *
 * @example
 * replayedCases(log, redesign, { missingDepartment: "unknown" });
 */
export interface ReplayOptions {
  /**
   * Where an event with a missing department stands when `waits: "as-within"` decides which moves
   * stop being hand-offs: as the mined model places it (`mineService`'s option, default `inherit`).
   */
  missingDepartment?: CountMiningOptions["missingDepartment"];
}

/**
 * Applies a redesign to the observed cases of a log, where only relabelling departments has an
 * exact meaning: `merge-departments` (every listed department's events move to `into`) and
 * `rename-department`. The result's log has the same events in the same order, with relabelled
 * departments; the departments table keeps first-seen order (a merged department takes the place
 * of the first of its parts). A merge with `waits: "as-within"` also moves time, as the mined
 * model's rule does (`replayWithinGaps`): the gap before an event whose move stops being a
 * hand-off becomes the mean gap of the moves within one department into the same activity (in
 * its department) in the log as it was, and the case's later events follow; `warnings` name
 * every fallback. Any other change is refused with an `InvalidRedesignError` naming it, as is a
 * department the log does not have. The log is not changed.
 *
 * @example
 * const { log: after } = replayedCases(log, {
 *   changes: [{ op: "merge-departments", departments: ["G2", "G5"], into: "G2", waits: "as-within" }],
 * });
 * analyseLog(after).caseMinutes.meanMinutes; // the cases' mean time with the merged team's waits
 */
export function replayedCases(log: EventLog, redesign: Redesign, options: ReplayOptions = {}): { log: EventLog; warnings: Issue[] } {
  const { changes } = parseRedesign(redesign);
  const { missingDepartment } = resolveMiningOptions({ missingDepartment: options.missingDepartment });
  // label[d]: the department name each original department ends up with
  const label = [...log.departments];
  let clocks: CaseClocks = { time: log.time, start: log.start ?? null };
  let placed: Int32Array | null = null;
  const issues: RedesignIssue[] = [];
  const warnings: Issue[] = [];
  changes.forEach((change, index) => {
    const context = changeContext(index);
    const current = new Set(label);
    if (change.op === "merge-departments") {
      change.departments.forEach((d, i) => {
        if (!current.has(d)) context.unknown("department", ["departments", i], d, current);
      });
      if (context.issues.length === 0) {
        const merged = new Set([...change.departments, change.into]);
        // time moves only while every change so far could be replayed: else an error follows
        if (change.waits === "as-within" && issues.length === 0) {
          placed ??= placedDepartments(log, missingDepartment);
          const replay = replayWithinGaps(log, placed, label, clocks, merged);
          clocks = replay.clocks;
          for (const w of waitsWarnings(replay.fell)) context.warn(w.code, w.message);
        }
        label.forEach((name, d) => merged.has(name) && (label[d] = change.into));
      }
    } else if (change.op === "rename-department") {
      if (!current.has(change.department)) context.unknown("department", "department", change.department, current);
      else if (change.to !== change.department && current.has(change.to)) {
        context.issue("department_exists", "to", `department ${JSON.stringify(change.to)} exists already: to join ${JSON.stringify(change.department)} with it, use merge-departments`);
      } else label.forEach((name, d) => name === change.department && (label[d] = change.to));
    } else {
      context.issue(
        "not_replayable",
        "op",
        `${changeLabel(change, index)} cannot be replayed on the cases of a log: only merge-departments and rename-department (relabelling departments) have an exact meaning there; apply it to the mined model instead`,
      );
    }
    issues.push(...context.issues);
    warnings.push(...context.warnings);
  });
  if (issues.length > 0) throw new InvalidRedesignError(issues, warnings);

  const departments: string[] = [];
  const index = new Map<string, number>();
  const remap = label.map((name) => {
    let d = index.get(name);
    if (d === undefined) {
      d = departments.length;
      departments.push(name);
      index.set(name, d);
    }
    return d;
  });
  const department = log.department.map((d) => (d === MISSING_DEPARTMENT ? d : remap[d]!));
  const moved = clocks.time !== log.time ? { time: clocks.time, ...(log.start != null && { start: clocks.start }) } : {};
  return { log: { ...log, departments, department, ...moved }, warnings };
}

/** Every event's department index as the mined model places it (-1: unknown). */
function placedDepartments(log: EventLog, rule: "inherit" | "unknown"): Int32Array {
  const placed = new Int32Array(log.events);
  const { caseStart } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    placeDepartments(log.department, caseStart[c]!, caseStart[c + 1]!, rule, placed.subarray(caseStart[c]!));
  }
  return placed;
}
