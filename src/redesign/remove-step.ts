import type { Service } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import { findSteps } from "./find-step.js";
import type { RemoveStepChange } from "./types.js";

/**
 * Applies a `remove-step` change to the redesign's own working copy of the service (never the
 * caller's): the named step leaves its touchpoint (every touchpoint of a group, when it names one).
 *
 * @example
 * removeStep(copy, { op: "remove-step", touchpoint: "call", step: "Queue on the phone" }, context);
 */
export function removeStep(service: Service, change: RemoveStepChange, context: ChangeContext): void {
  for (const found of findSteps(service, change, context) ?? []) found.touchpoint.steps.splice(found.index, 1);
}
