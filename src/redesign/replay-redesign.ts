import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import { changeContext } from "./change-context.js";
import { changeLabel } from "./change-label.js";
import { InvalidRedesignError } from "./invalid-redesign-error.js";
import { parseRedesign } from "./parse-redesign.js";
import type { Redesign, RedesignIssue } from "./types.js";

/**
 * Applies a redesign to the observed cases of a log (DESIGN §6), where only relabelling
 * departments has an exact meaning: `merge-departments` (every listed department's events move
 * to `into`) and `rename-department`. The result is a new `EventLog` whose events are the same,
 * in the same order, with relabelled departments; the departments table keeps first-seen order
 * (a merged department takes the place of the first of its parts). Any other change is refused
 * with an `InvalidRedesignError` naming it, as is a department the log does not have.
 *
 * @example
 * const after = replayRedesign(log, { name: "One team", changes: [{ op: "merge-departments", departments: ["G96", "G97"], into: "G96" }] });
 * analyseLog(after).handoffs - analyseLog(log).handoffs; // hand-offs the merge removes, case by case
 */
export function replayRedesign(log: EventLog, redesign: Redesign): EventLog {
  const { changes } = parseRedesign(redesign);
  // label[d]: the department name each original department ends up with
  const label = [...log.departments];
  const issues: RedesignIssue[] = [];
  changes.forEach((change, index) => {
    const context = changeContext(index);
    const current = new Set(label);
    if (change.op === "merge-departments") {
      change.departments.forEach((d, i) => {
        if (!current.has(d)) context.unknown("department", ["departments", i], d, current);
      });
      if (context.issues.length === 0) {
        const merged = new Set(change.departments);
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
  });
  if (issues.length > 0) throw new InvalidRedesignError(issues);

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
  return { ...log, departments, department };
}
