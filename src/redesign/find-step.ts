import type { Service, Step, Touchpoint } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import type { RemoveStepChange, SetStepChange } from "./types.js";

/** A step found by `findSteps`: its touchpoint, its index there and the step itself. */
export interface FoundStep {
  touchpoint: Touchpoint;
  index: number;
  step: Step;
}

/**
 * The steps a `remove-step` or `set-step` change names: the step of the touchpoint with that id,
 * or, when the id is a group's (DESIGN §3 `group`), the step of every touchpoint in the group —
 * a group is addressed as one touchpoint. `null` after reporting why not: an unknown touchpoint or
 * step (listing the known ones), or a name a touchpoint uses for several steps without an
 * `occurrence` to say which.
 *
 * @example
 * findSteps(service, { op: "remove-step", touchpoint: "call", step: "Queue" }, context);
 * // [{ touchpoint: { id: "call", … }, index: 0, step: { name: "Queue", … } }]
 */
export function findSteps(service: Service, change: RemoveStepChange | SetStepChange, context: ChangeContext): FoundStep[] | null {
  const byId = service.touchpoints.find((t) => t.id === change.touchpoint);
  const touchpoints = byId ? [byId] : service.touchpoints.filter((t) => t.group === change.touchpoint);
  if (touchpoints.length === 0) {
    context.unknown("touchpoint", "touchpoint", change.touchpoint, service.touchpoints.map((t) => t.id));
    return null;
  }
  const found: FoundStep[] = [];
  for (const touchpoint of touchpoints) {
    const step = findStep(touchpoint, change, context);
    if (!step) return null;
    found.push(step);
  }
  return found;
}

function findStep(touchpoint: Touchpoint, change: RemoveStepChange | SetStepChange, context: ChangeContext): FoundStep | null {
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
