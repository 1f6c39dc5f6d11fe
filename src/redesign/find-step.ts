import type { Service, Step, Touchpoint } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import type { RemoveStepChange, SetStepChange } from "./types.js";

/**
 * The step a `remove-step` or `set-step` change names, or `null` after reporting why not: an
 * unknown touchpoint or step (listing the known ones), or a name the touchpoint uses for several
 * steps without an `occurrence` to say which.
 *
 * @example
 * findStep(service, { op: "remove-step", touchpoint: "call", step: "Queue" }, context);
 * // { touchpoint: { id: "call", … }, index: 0, step: { name: "Queue", … } }
 */
export function findStep(
  service: Service,
  change: RemoveStepChange | SetStepChange,
  context: ChangeContext,
): { touchpoint: Touchpoint; index: number; step: Step } | null {
  const touchpoint = service.touchpoints.find((t) => t.id === change.touchpoint);
  if (!touchpoint) {
    context.unknown("touchpoint", "touchpoint", change.touchpoint, service.touchpoints.map((t) => t.id));
    return null;
  }
  const matches: number[] = [];
  touchpoint.steps.forEach((s, i) => s.name === change.step && matches.push(i));
  const names = touchpoint.steps.map((s) => JSON.stringify(s.name));
  if (matches.length === 0) {
    context.issue(
      "unknown_step",
      "step",
      `touchpoint ${JSON.stringify(touchpoint.id)} has no step ${JSON.stringify(change.step)} (its steps: ${names.join(", ") || "none"})`,
    );
    return null;
  }
  if (change.occurrence === undefined && matches.length > 1) {
    context.issue(
      "ambiguous_step",
      "step",
      `touchpoint ${JSON.stringify(touchpoint.id)} has ${matches.length} steps named ${JSON.stringify(change.step)}: add "occurrence": 1 … ${matches.length} to say which`,
    );
    return null;
  }
  const occurrence = change.occurrence ?? 1;
  if (occurrence > matches.length) {
    context.issue(
      "unknown_step",
      "occurrence",
      `touchpoint ${JSON.stringify(touchpoint.id)} has ${matches.length} step${matches.length > 1 ? "s" : ""} named ${JSON.stringify(change.step)}, not ${occurrence}`,
    );
    return null;
  }
  const index = matches[occurrence - 1]!;
  return { touchpoint, index, step: touchpoint.steps[index]! };
}
