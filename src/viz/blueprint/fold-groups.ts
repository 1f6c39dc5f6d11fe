import type { WasteReport } from "../../analysis/report.js";
import { resolvedProbabilities } from "../../model/resolved-probabilities.js";
import type { Service, Step, Touchpoint, Transition } from "../../model/types.js";
import { ownNumber } from "../svg/own-number.js";

/**
 * What `foldGroups` returns: the service with one touchpoint per group, its expected visits, and
 * which box each original touchpoint is drawn in.
 *
 * @example
 * const { service, report, boxOf } = foldGroups(mined, analyse(mined));
 * boxOf.get("Accepted @ G97 | after G96"); // "Accepted @ G97"
 */
export interface FoldedGroups {
  service: Service;
  report: Pick<WasteReport, "expected">;
  /** Original touchpoint id → the id of the box it is drawn in (its `group`, or its own id). */
  boxOf: Map<string, string>;
}

/**
 * Folds the touchpoints that share a `group` (a mined model's history-refined touchpoints) into
 * one touchpoint per group, for drawing: the box's expected visits are the members' summed; its
 * steps' minutes are the members' visit-weighted means, so visits × minutes (and so the waste)
 * add up to the members'; transitions between boxes carry the members' summed expected flow and
 * their flow-weighted mean wait, so flow × wait (the waiting) adds up too. A member's name,
 * department, channel and outcome are the group's (the first member's, as the model format
 * says they are shared); entry weights are summed. A service without groups comes back as it is.
 * Inputs are not modified.
 *
 * @example
 * // a → b1, a → b2, both in group "b": one box "b" with visits 1 and one link a → b
 * foldGroups(service, report).service.touchpoints.map((t) => t.id); // ["a", "b"]
 */
export function foldGroups(service: Service, report: Pick<WasteReport, "expected">): FoldedGroups {
  const boxOf = new Map(service.touchpoints.map((t) => [t.id, t.group ?? t.id] as const));
  if (!service.touchpoints.some((t) => t.group !== undefined && t.group !== t.id)) return { service, report, boxOf };

  const visitsOf = (id: string) => ownNumber(report.expected.visits, id);
  const members = new Map<string, Touchpoint[]>();
  for (const t of service.touchpoints) {
    const box = boxOf.get(t.id)!;
    const list = members.get(box);
    if (list) list.push(t);
    else members.set(box, [t]);
  }
  const visits: Record<string, number> = Object.create(null);
  const touchpoints: Touchpoint[] = [...members].map(([box, group]) => {
    const first = group[0]!;
    const total = group.reduce((s, t) => s + visitsOf(t.id), 0);
    visits[box] = total;
    const entry = group.reduce((s, t) => s + (t.entry === true ? 1 : typeof t.entry === "number" ? t.entry : 0), 0);
    const steps: Step[] = first.steps.map((step, k) => {
      // visit-weighted mean; members nobody visits count equally when no member is visited
      const weight = (t: Touchpoint) => (total > 0 ? visitsOf(t.id) : 1);
      const having = group.filter((t) => t.steps[k] !== undefined);
      const w = having.reduce((s, t) => s + weight(t), 0);
      const minutes = w > 0 ? having.reduce((s, t) => s + weight(t) * t.steps[k]!.minutes, 0) / w : step.minutes;
      return { ...step, minutes };
    });
    const { group: _group, entry: _entry, ...rest } = first;
    return { ...rest, id: box, steps, ...(entry > 0 && { entry }) };
  });

  const probabilities = resolvedProbabilities(service);
  // from box → to box → the members' transitions summed (nested maps: no key strings to build)
  const links = new Map<string, Map<string, { flow: number; waitFlow: number; waitSum: number; workingFlow: number; workingSum: number; working: boolean; count: number; failure: boolean }>>();
  service.transitions.forEach((t, k) => {
    const from = boxOf.get(t.from) ?? t.from;
    const to = boxOf.get(t.to) ?? t.to;
    let out = links.get(from);
    if (!out) links.set(from, (out = new Map()));
    let link = out.get(to);
    if (!link) out.set(to, (link = { flow: 0, waitFlow: 0, waitSum: 0, workingFlow: 0, workingSum: 0, working: false, count: 0, failure: false }));
    const flow = visitsOf(t.from) * probabilities[k]!;
    link.flow += flow;
    link.waitFlow += flow * (t.wait ?? 0);
    link.waitSum += t.wait ?? 0;
    // the working clock folds the same way (a model mined with a calendar)
    link.workingFlow += flow * (t.workingWait ?? 0);
    link.workingSum += t.workingWait ?? 0;
    link.working ||= t.workingWait !== undefined;
    link.count++;
    link.failure ||= t.failure === true;
  });
  const transitions: Transition[] = [];
  for (const [from, out] of links) {
    let outFlow = 0;
    for (const l of out.values()) outFlow += l.flow;
    for (const [to, l] of out) {
      // without flow (a part no customer reaches) the box's exits share evenly and waits are plain means
      const probability = outFlow > 0 ? l.flow / outFlow : 1 / out.size;
      const wait = l.flow > 0 ? l.waitFlow / l.flow : l.waitSum / l.count;
      const workingWait = l.flow > 0 ? l.workingFlow / l.flow : l.workingSum / l.count;
      transitions.push({ from, to, probability, ...(wait > 0 && { wait }), ...(l.working && { workingWait }), ...(l.failure && { failure: true }) });
    }
  }
  return {
    service: { ...service, touchpoints, transitions },
    report: { ...report, expected: { ...report.expected, visits } },
    boxOf,
  };
}
