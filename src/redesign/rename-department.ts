import type { Service } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import { mergeDepartments } from "./merge-departments.js";
import type { RenameDepartmentChange } from "./types.js";

/**
 * Applies a `rename-department` change to the redesign's working copy: the department gets the
 * id `to` (and `name`, when given) in its place in the model, and its touchpoints follow. A
 * rename onto another department's id is refused: that is a merge, and says so.
 *
 * @example
 * renameDepartment(copy, { op: "rename-department", department: "registry", to: "service-desk" }, context);
 */
export function renameDepartment(service: Service, change: RenameDepartmentChange, context: ChangeContext): void {
  const ids = service.departments.map((d) => d.id);
  if (!ids.includes(change.department)) return context.unknown("department", "department", change.department, ids);
  if (change.to !== change.department && ids.includes(change.to)) {
    return context.issue(
      "department_exists",
      "to",
      `department ${JSON.stringify(change.to)} exists already: to join ${JSON.stringify(change.department)} with it, use merge-departments`,
    );
  }
  const { department, to, name } = change;
  // a one-department merge into a new id is a rename; the record (lane, name) goes along
  const record = service.departments.find((d) => d.id === department)!;
  mergeDepartments(service, { op: "merge-departments", departments: [department], into: to, ...(name !== undefined && { name }) }, context);
  const renamed = service.departments.find((d) => d.id === to)!;
  if (record.name !== undefined && name === undefined) renamed.name = record.name;
}
