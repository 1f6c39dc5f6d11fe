import { formatDuration } from "../analysis/format-duration.js";
import type { Service } from "../model/types.js";
import type { RedesignChange } from "./types.js";

/**
 * A change of a redesign in words a reader of the report understands, with the service's names
 * for its touchpoints and departments (ids only where the model gives no name); `service` is the
 * model the change applies to. `changeLabel` is its counterpart for error messages.
 *
 * @example
 * changeDescription({ op: "remove-step", touchpoint: "call", step: "Phone queue" }, service);
 * // "Removed the step 'Phone queue' from 'Call the tax office'"
 * changeDescription({ op: "set-transition", from: "call", to: "call", probability: 0 }, service);
 * // "Removed the move from 'Call the tax office' back to 'Call the tax office'"
 */
export function changeDescription(change: RedesignChange, service: Service): string {
  const touchpoint = (id: string) => {
    const t = service.touchpoints.find((x) => x.id === id) ?? service.touchpoints.find((x) => x.group === id);
    return quote(t?.name ?? id);
  };
  const department = (id: string) => quote(service.departments.find((d) => d.id === id)?.name ?? id);
  switch (change.op) {
    case "remove-step":
      return `Removed the step ${quote(change.step)} from ${touchpoint(change.touchpoint)}`;
    case "set-step": {
      const what: string[] = [];
      if (change.name !== undefined) what.push(`renamed it ${quote(change.name)}`);
      if (change.minutes !== undefined) what.push(`set it to ${formatDuration(change.minutes)}`);
      if (change.type !== undefined) what.push(`made it ${change.type}${change.type === "waste" && change.waste ? ` (${change.waste})` : ""}`);
      else if (change.waste !== undefined) what.push(`counted it as ${change.waste}`);
      if (change.cost !== undefined) what.push(`set its cost to ${change.cost}`);
      return `Changed the step ${quote(change.step)} of ${touchpoint(change.touchpoint)}: ${what.join(", ")}`;
    }
    case "merge-departments": {
      const merged = change.departments.map(department);
      const into = change.name ? quote(change.name) : department(change.into);
      const waits = change.waits === "as-within" ? ", the moves between them waiting as moves within one department do" : "";
      return `Merged ${list(merged)} into ${into}${waits}`;
    }
    case "rename-department":
      return `Renamed the department ${department(change.department)} ${quote(change.name ?? change.to)}`;
    case "set-transition": {
      const move = `the move from ${touchpoint(change.from)} ${change.from === change.to ? "back " : ""}to ${touchpoint(change.to)}`;
      if (change.probability === 0) return `Removed ${move}`;
      const what: string[] = [];
      if (change.probability !== undefined) what.push(`${Math.round(change.probability * 1000) / 10} % of customers take it`);
      if (change.wait !== undefined) what.push(change.wait > 0 ? `the wait is ${formatDuration(change.wait)}` : "no wait");
      if (change.failure !== undefined) what.push(change.failure ? "it is failure demand" : "it is no longer failure demand");
      if (change.waste !== undefined) what.push(`the wait counts as ${change.waste}`);
      return `Changed ${move}: ${what.join(", ")}`;
    }
  }
}

const quote = (name: string) => `'${name}'`;

function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
