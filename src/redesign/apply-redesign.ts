import { safeParseService } from "../model/parse-service.js";
import type { Issue, Service } from "../model/types.js";
import { changeContext, type ChangeContext } from "./change-context.js";
import { changeLabel } from "./change-label.js";
import { InvalidRedesignError } from "./invalid-redesign-error.js";
import { mergeDepartments } from "./merge-departments.js";
import { safeParseRedesign } from "./parse-redesign.js";
import { removeStep } from "./remove-step.js";
import { renameDepartment } from "./rename-department.js";
import { setStep } from "./set-step.js";
import { setTransition } from "./set-transition.js";
import type { Redesign, RedesignChange, RedesignIssue } from "./types.js";

/**
 * What `safeApplyRedesign` returns: the new service, or every issue; warnings either way.
 *
 * @example
 * const result = safeApplyRedesign(service, redesign);
 * if (result.success) analyse(result.data);
 * else for (const issue of result.issues) console.error(issue.message);
 */
export type SafeApplyRedesignResult =
  | { success: true; data: Service; warnings: Issue[] }
  | { success: false; issues: RedesignIssue[]; warnings: Issue[] };

/**
 * Applies a redesign to a service and returns the new service, never touching the input (never
 * throws). The changes are applied one by one and the model is validated like any other
 * (`safeParseService`) after each, so a change that breaks it fails with the validation's issues
 * prefixed by the change that caused them: `changes[2] (set-transition review → decision): …`.
 * Warnings say what was converted on the way, and what a change left unreachable.
 *
 * @example
 * const result = safeApplyRedesign(service, {
 *   name: "No queue", changes: [{ op: "remove-step", touchpoint: "call", step: "Queue on the phone" }],
 * });
 * result.success && result.data.touchpoints[0].steps.length; // one step fewer
 */
export function safeApplyRedesign(service: Service, redesign: Redesign): SafeApplyRedesignResult {
  const parsed = safeParseRedesign(redesign);
  if (!parsed.success) return { success: false, issues: parsed.issues, warnings: [] };
  const input = safeParseService(service);
  if (!input.success) {
    const issues = input.issues.map((i) => ({ ...i, change: null, message: `service: ${i.message}` }));
    return { success: false, issues, warnings: [] };
  }
  // The operations edit this private copy in place; the caller's service is never reached.
  let current = structuredClone(input.data);
  let known = new Set(input.warnings.map((w) => w.message));
  const warnings: Issue[] = [];
  for (const [index, change] of parsed.data.changes.entries()) {
    const context = changeContext(index);
    applyChange(current, change, context);
    warnings.push(...context.warnings);
    if (context.issues.length > 0) return { success: false, issues: context.issues, warnings };

    const label = changeLabel(change, index);
    const checked = safeParseService(current);
    const caused = (i: Issue) => ({ code: i.code, path: ["changes", index], message: `${label}: ${i.message}` });
    if (!checked.success) {
      return { success: false, issues: checked.issues.map((i) => ({ ...caused(i), change: index })), warnings };
    }
    warnings.push(...checked.warnings.filter((w) => !known.has(w.message)).map(caused));
    known = new Set(checked.warnings.map((w) => w.message));
    current = checked.data;
  }
  return { success: true, data: current, warnings };
}

/**
 * Applies a redesign to a service and returns the new service (the input is untouched); throws
 * `InvalidRedesignError` naming every problem and the change that caused it.
 *
 * @example
 * const after = applyRedesign(service, {
 *   name: "Digital lab results",
 *   changes: [{ op: "set-transition", from: "lab", to: "result-visit", probability: 0 }],
 * });
 * analyse(after).expected.minutes; // fewer than analyse(service).expected.minutes
 */
export function applyRedesign(service: Service, redesign: Redesign): Service {
  const result = safeApplyRedesign(service, redesign);
  if (!result.success) throw new InvalidRedesignError(result.issues, result.warnings);
  return result.data;
}

function applyChange(service: Service, change: RedesignChange, context: ChangeContext): void {
  switch (change.op) {
    case "remove-step":
      return removeStep(service, change, context);
    case "set-step":
      return setStep(service, change, context);
    case "merge-departments":
      return mergeDepartments(service, change, context);
    case "rename-department":
      return renameDepartment(service, change, context);
    case "set-transition":
      return setTransition(service, change, context);
  }
}
