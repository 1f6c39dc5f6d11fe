import type { Hotspot, WasteReport } from "../../analysis/report.js";
import { resolvedProbabilities } from "../../model/resolved-probabilities.js";
import type { Service, Step, Touchpoint, Transition } from "../../model/types.js";
import { ownNumber } from "../svg/own-number.js";

/**
 * What `reportHtml` puts into a page: the service and its report, cut to what the page draws.
 *
 * @example
 * const { service, report } = embeddedReport(mined, analyse(mined));
 */
export interface EmbeddedReport {
  service: Service;
  report: WasteReport;
}

/** One merged transition being summed: the flow through it and what its wait and flags need. */
interface Link {
  probability: number;
  flow: number;
  waitFlow: number;
  waitSum: number;
  count: number;
  failure: boolean;
  waste: string | undefined | null;
}

/**
 * The service and report a page embeds, bounded by what it draws rather than by the model's
 * size. A mined model refines each (activity, department) touchpoint by the customer's history
 * into up to thousands of touchpoints of one `group`, all drawn as one box (`foldGroups`); its
 * JSON grows with the log (hundreds of MB for millions of events). Embedded are: every touchpoint
 * on a listed journey, wander path or ideal route, as it is (so a wander line shows its own
 * waits and minutes), and for each group the rest of its members as one touchpoint (`… · other`):
 * visits summed, step minutes visit-weighted, transitions carrying the summed expected flow and
 * the flow-weighted wait. Folded into boxes this gives the same blueprint, visits and flows as
 * the whole model; every figure of the report (expected values, journeys, wander paths, ideal
 * routes) is the whole model's, unchanged. A service without groups comes back as it is.
 * Inputs are not modified.
 *
 * @example
 * embeddedReport(mined, analyse(mined)).service.touchpoints.length; // groups + journey touchpoints
 */
export function embeddedReport(service: Service, report: WasteReport): EmbeddedReport {
  if (!service.touchpoints.some((t) => t.group !== undefined && t.group !== t.id)) return { service, report };
  const kept = new Set<string>();
  for (const journey of [...report.journeys, ...report.wanderPaths]) for (const id of journey.path) kept.add(id);
  for (const route of report.ideal) for (const id of route.path ?? []) kept.add(id);

  const ids = new Set(service.touchpoints.map((t) => t.id));
  const restIds = new Map<string, string>();
  const restOf = (group: string) => {
    let id = restIds.get(group);
    if (id === undefined) {
      id = `${group} · other`;
      for (let n = 2; ids.has(id); n++) id = `${group} · other ${n}`;
      ids.add(id);
      restIds.set(group, id);
    }
    return id;
  };
  /** Original id → the id it is embedded under. */
  const embeddedId = new Map<string, string>();
  const members = new Map<string, Touchpoint[]>();
  for (const t of service.touchpoints) {
    const id = kept.has(t.id) || t.group === undefined ? t.id : restOf(t.group);
    embeddedId.set(t.id, id);
    const list = members.get(id);
    if (list) list.push(t);
    else members.set(id, [t]);
  }

  const visitsOf = (id: string) => ownNumber(report.expected.visits, id);
  const visits: Record<string, number> = Object.create(null);
  const touchpoints = [...members].map(([id, group]) => {
    const total = group.reduce((s, t) => s + visitsOf(t.id), 0);
    visits[id] = total;
    return group.length === 1 && group[0]!.id === id ? group[0]! : restTouchpoint(id, group, total, visitsOf);
  });

  const probabilities = resolvedProbabilities(service);
  const links = new Map<string, Map<string, Link>>();
  service.transitions.forEach((t, k) => {
    const from = embeddedId.get(t.from) ?? t.from;
    const to = embeddedId.get(t.to) ?? t.to;
    let out = links.get(from);
    if (!out) links.set(from, (out = new Map()));
    let link = out.get(to);
    if (!link) out.set(to, (link = { probability: 0, flow: 0, waitFlow: 0, waitSum: 0, count: 0, failure: false, waste: t.waste }));
    const flow = visitsOf(t.from) * probabilities[k]!;
    link.probability += probabilities[k]!;
    link.flow += flow;
    link.waitFlow += flow * (t.wait ?? 0);
    link.waitSum += t.wait ?? 0;
    link.count++;
    link.failure ||= t.failure === true;
    if (link.waste !== t.waste) link.waste = null;
  });
  const transitions: Transition[] = [];
  for (const [from, out] of links) {
    const single = (members.get(from)?.length ?? 1) === 1;
    let outFlow = 0;
    let probabilitySum = 0;
    for (const l of out.values()) {
      outFlow += l.flow;
      probabilitySum += l.probability;
    }
    for (const [to, l] of out) {
      // a touchpoint kept as it is keeps its probabilities; a merged one splits by flow
      const probability = single ? l.probability : outFlow > 0 ? l.flow / outFlow : probabilitySum > 0 ? l.probability / probabilitySum : 1 / out.size;
      // one transition keeps its own wait exactly; merged ones wait the flow-weighted mean
      const wait = l.count === 1 ? l.waitSum : l.flow > 0 ? l.waitFlow / l.flow : l.waitSum / l.count;
      transitions.push({
        from,
        to,
        probability,
        ...(wait > 0 && { wait }),
        ...(typeof l.waste === "string" && { waste: l.waste }),
        ...(l.failure && { failure: true }),
      });
    }
  }

  const hotspots = new Map<string, Hotspot>();
  for (const h of report.hotspots.touchpoints) {
    const id = embeddedId.get(h.id) ?? h.id;
    const sum = hotspots.get(id);
    hotspots.set(id, sum ? { id, wasteMinutes: sum.wasteMinutes + h.wasteMinutes, share: sum.share + h.share } : { ...h, id });
  }
  return {
    service: { ...service, touchpoints, transitions },
    report: {
      ...report,
      expected: { ...report.expected, visits },
      hotspots: { ...report.hotspots, touchpoints: [...hotspots.values()].sort((a, b) => b.wasteMinutes - a.wasteMinutes) },
    },
  };
}

/** The members of a group not kept as they are, as one touchpoint of the group. */
function restTouchpoint(id: string, group: Touchpoint[], total: number, visitsOf: (id: string) => number): Touchpoint {
  const first = group[0]!;
  const entry = group.reduce((s, t) => s + (t.entry === true ? 1 : typeof t.entry === "number" ? t.entry : 0), 0);
  // visit-weighted means; members nobody visits count equally when no member is visited
  const weight = (t: Touchpoint) => (total > 0 ? visitsOf(t.id) : 1);
  const steps: Step[] = first.steps.map((step, k) => {
    const having = group.filter((t) => t.steps[k] !== undefined);
    const w = having.reduce((s, t) => s + weight(t), 0);
    const minutes = w > 0 ? having.reduce((s, t) => s + weight(t) * t.steps[k]!.minutes, 0) / w : step.minutes;
    return { ...step, minutes };
  });
  const { entry: _entry, ...rest } = first;
  return { ...rest, id, steps, ...(entry > 0 && { entry }) };
}
