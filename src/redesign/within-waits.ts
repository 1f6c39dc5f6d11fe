import { expectedVisits } from "../analysis/expected-visits.js";
import { markovChain } from "../analysis/markov-chain.js";
import { transitionProbabilities } from "../graph/transition-probabilities.js";
import type { Service } from "../model/types.js";

/**
 * What `withinWaits` finds for a merge under `waits: "as-within"`: the new wait of every
 * transition that stops being a hand-off, and which of them fell back.
 *
 * @example
 * const w: WithinWaits = { waits: new Map([[0, 30]]), fallback: [], fallbackMinutes: null, kept: [] };
 */
export interface WithinWaits {
  /** New wait in minutes by transition index (`service.transitions` order). */
  waits: Map<number, number>;
  /**
   * The targets (a group's id, else the touchpoint's name) into which no move came from within their own
   * department: the moves into them took the merged departments' mean within-department wait.
   */
  fallback: string[];
  /** That mean, in minutes; `null` when the merged departments have no move within a department. */
  fallbackMinutes: number | null;
  /** Indices of the transitions that keep their wait: neither rule had a move to go by. */
  kept: number[];
}

/**
 * The rule of `merge-departments` with `waits: "as-within"`, on the model as it is before the
 * merge: a transition between two of the `merged` departments stops being a hand-off and takes
 * the flow-weighted mean wait of the transitions into the same target that came from the
 * target's own department. The target is the touchpoint's `group` when it has one (the
 * (activity, department) pair of a mined model, whatever history refines it), else the
 * touchpoint. Failing that, the flow-weighted mean wait of every transition within one of the
 * merged departments (moves into outcomes left out: they end a journey, they are no piece of
 * work); failing that, the transition keeps its wait. Flow is the expected number of times a
 * customer takes the transition, visits(from) × probability, so a mined model weighs each move
 * as often as the log saw it. Assumes a valid model; nothing is changed.
 *
 * @example
 * // desk: a → e (0.3, wait 5); lab: b → c (1, wait 10); hand-offs a → b (0.5), a → c (0.2), e → c (1)
 * const found = withinWaits(service, new Set(["desk", "lab"]));
 * found.waits; // a → c and e → c: 10 (b → c's wait); a → b: 8.125, the flow-weighted mean of 5 and 10
 * found.fallback; // ["b"]: no move within the lab went into b
 */
export function withinWaits(service: Service, merged: ReadonlySet<string>): WithinWaits {
  const byId = new Map(service.touchpoints.map((t) => [t.id, t] as const));
  const flows = transitionFlows(service);
  const target = (id: string) => {
    const t = byId.get(id)!;
    return t.group ?? t.id;
  };
  const within = new Map<string, { flow: number; minutes: number }>();
  const all = { flow: 0, minutes: 0 };
  const stopping: number[] = [];
  service.transitions.forEach((t, i) => {
    const from = byId.get(t.from)!.department;
    const to = byId.get(t.to)!;
    if (from !== to.department) {
      if (merged.has(from) && merged.has(to.department)) stopping.push(i);
      return;
    }
    const flow = flows[i]!;
    if (!(flow > 0)) return;
    const minutes = flow * (t.wait ?? 0);
    const into = within.get(target(t.to)) ?? within.set(target(t.to), { flow: 0, minutes: 0 }).get(target(t.to))!;
    into.flow += flow;
    into.minutes += minutes;
    if (merged.has(from) && to.outcome === undefined) {
      all.flow += flow;
      all.minutes += minutes;
    }
  });

  const fallbackMinutes = all.flow > 0 ? all.minutes / all.flow : null;
  const waits = new Map<number, number>();
  const fallback = new Set<string>();
  const kept: number[] = [];
  for (const i of stopping) {
    const key = target(service.transitions[i]!.to);
    const into = within.get(key);
    if (into) waits.set(i, into.minutes / into.flow);
    else if (fallbackMinutes !== null) {
      waits.set(i, fallbackMinutes);
      fallback.add(byId.get(key)?.name ?? key);
    } else kept.push(i);
  }
  return { waits, fallback: [...fallback], fallbackMinutes, kept };
}

/** Expected flow of every transition per customer, in `service.transitions` order. */
function transitionFlows(service: Service): Float64Array {
  const chain = markovChain(service);
  const visits = expectedVisits(chain);
  const index = new Map(chain.ids.map((id, i) => [id, i] as const));
  const { probabilities } = transitionProbabilities(service);
  return Float64Array.from(service.transitions, (t, i) => visits[index.get(t.from)!]! * probabilities[i]!);
}
