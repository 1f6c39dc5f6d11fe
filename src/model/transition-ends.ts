import type { Service, Transition } from "./types.js";

/**
 * The touchpoint index of each transition's `from` and `to` (the first touchpoint with that id;
 * −1 for an id no touchpoint has), in the order of `service.transitions`.
 *
 * @example
 * const ends: TransitionEnds = { from: Int32Array.of(0, 0), to: Int32Array.of(1, 2) };
 */
export interface TransitionEnds {
  from: Int32Array;
  to: Int32Array;
}

/** The ends found for a service, with the ids they were found for: valid while those are unchanged. */
interface Known extends TransitionEnds {
  ids: string[];
  fromIds: string[];
  toIds: string[];
}

// keyed by the transitions array, so that a copy of the service with other fields changed
// (`{ ...service, noun }`) finds them too
const known = new WeakMap<readonly Transition[], Known>();

/**
 * The ends of a service's transitions. Resolving 500,000 ids through a `Map` costs more than
 * the rest of a 100,000-touchpoint `markovChain`, and validation has already done it: the ends
 * are kept per `transitions` array (`rememberTransitionEnds`, or the first call), and used again only
 * while every touchpoint id and every transition's `from` and `to` is still the very string
 * they were found for — a comparison that costs a pointer test per id, and that a changed
 * model (a caller may edit the objects it owns) always fails, whereupon they are found anew.
 *
 * @example
 * transitionEnds(service).to[0]; // the index of the first transition's target
 */
export function transitionEnds(service: Service): TransitionEnds {
  const cached = known.get(service.transitions);
  if (cached && stillValid(service, cached)) return cached;
  const index = new Map<string, number>();
  service.touchpoints.forEach((t, i) => {
    if (!index.has(t.id)) index.set(t.id, i);
  });
  const m = service.transitions.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  // a model lists a touchpoint's transitions together: look `from` up only when it changes
  let lastFrom: string | undefined;
  let fromIndex = -1;
  for (let k = 0; k < m; k++) {
    const t = service.transitions[k]!;
    if (t.from !== lastFrom) fromIndex = index.get((lastFrom = t.from)) ?? -1;
    from[k] = fromIndex;
    to[k] = index.get(t.to) ?? -1;
  }
  return rememberTransitionEnds(service, { from, to });
}

/**
 * Keeps the ends found for `service` (by validation's index) for `transitionEnds`.
 *
 * @example
 * rememberTransitionEnds(service, { from: index.from, to: index.to });
 */
export function rememberTransitionEnds(service: Service, ends: TransitionEnds): TransitionEnds {
  known.set(service.transitions, {
    from: ends.from,
    to: ends.to,
    ids: service.touchpoints.map((t) => t.id),
    fromIds: service.transitions.map((t) => t.from),
    toIds: service.transitions.map((t) => t.to),
  });
  return ends;
}

function stillValid(service: Service, known: Known): boolean {
  const { touchpoints, transitions } = service;
  if (touchpoints.length !== known.ids.length || transitions.length !== known.fromIds.length) return false;
  for (let i = 0; i < touchpoints.length; i++) if (touchpoints[i]!.id !== known.ids[i]) return false;
  for (let k = 0; k < transitions.length; k++) {
    const t = transitions[k]!;
    if (t.from !== known.fromIds[k] || t.to !== known.toIds[k]) return false;
  }
  return true;
}
