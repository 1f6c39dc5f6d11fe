import type { RedesignChange } from "./types.js";

/**
 * How a change is named in messages: its index, its op and what it is about.
 *
 * @example
 * changeLabel({ op: "set-transition", from: "review", to: "decision", probability: 0.9 }, 2);
 * // "changes[2] (set-transition review → decision)"
 */
export function changeLabel(change: RedesignChange, index: number): string {
  return `changes[${index}] (${change.op} ${changeSubject(change)})`;
}

function changeSubject(change: RedesignChange): string {
  switch (change.op) {
    case "remove-step":
    case "set-step":
      return `${change.touchpoint} / ${JSON.stringify(change.step)}`;
    case "merge-departments":
      return `${change.departments.join(" + ")} → ${change.into}`;
    case "rename-department":
      return `${change.department} → ${change.to}`;
    case "set-transition":
      return `${change.from} → ${change.to}`;
  }
}
