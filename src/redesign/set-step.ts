import type { Service } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import { findSteps } from "./find-step.js";
import type { SetStepChange } from "./types.js";

/**
 * Applies a `set-step` change to the redesign's working copy: the fields the change gives replace
 * the step's (in every touchpoint of a group, when it names one). A step that stops being waste
 * loses its waste category (unless the change gives one, which validation then judges).
 *
 * @example
 * setStep(copy, { op: "set-step", touchpoint: "gp-visit", step: "Tell symptoms", minutes: 3 }, context);
 */
export function setStep(service: Service, change: SetStepChange, context: ChangeContext): void {
  for (const { step } of findSteps(service, change, context) ?? []) {
    if (change.name !== undefined) step.name = change.name;
    if (change.minutes !== undefined) step.minutes = change.minutes;
    if (change.cost !== undefined) step.cost = change.cost;
    if (change.type !== undefined) {
      step.type = change.type;
      if (change.type !== "waste") delete step.waste;
    }
    if (change.waste !== undefined) step.waste = change.waste;
  }
}
