import { entryWeight } from "./entry-weight.js";
import type { LenientService, LenientTransition } from "./lenient-service.js";
import type { ModelIndex } from "./model-index.js";
import { probabilitySource } from "./probability-source.js";
import type { ModelProblem } from "./problem.js";
import { strongComponents } from "../solver/strong-components.js";

/**
 * Where customers can go, along transitions with a probability > 0 (given, volume shares or uniform):
 * the error `unreachable_outcome` for each closed loop of touchpoints that customers reach from
 * an entry but never leave for an outcome (the expected-visits system is singular exactly then),
 * and the warning `unreachable_touchpoint` for each touchpoint no customer reaches.
 *
 * Only the loops at the bottom are reported: the touchpoints that merely lead into such a loop
 * are fixed with it. A dead end without an outcome is `missing_outcome`, not this; a transition
 * to an unknown touchpoint counts as a way out, so one mistake is reported once.
 *
 * @example
 * // entry → a ⇄ b, no way out
 * reachabilityProblems(view, modelIndex(view))[0]?.loop; // ["a", "b"]
 */
export function reachabilityProblems(view: LenientService, index: ModelIndex): ModelProblem[] {
  // a transition that names no readable `from` could leave any touchpoint: nothing certain to say
  if (!Array.isArray(view.touchpoints) || !index.exitsKnown) return [];
  const touchpoints = view.touchpoints;
  const n = touchpoints.length;
  // duplicates and unreadable records are no nodes: isNode[i] is 0 for them
  const { isNode } = index;
  const { start, targets, openEnd } = positiveEdges(view, index);

  const reachable = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const entry = touchpoints[i]?.entry;
    // an invalid entry field might be an entry: counted as one, so that nothing is called unreachable wrongly
    if (isNode[i] && (entry === null || entryWeight(entry) > 0)) (reachable[i] = 1), (queue[tail++] = i);
  }
  if (tail === 0) return []; // `no_entry` says it
  for (let q = 0; q < tail; q++) {
    const v = queue[q]!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = targets[e]!;
      if (!reachable[w]) (reachable[w] = 1), (queue[tail++] = w);
    }
  }

  const canFinish = new Uint8Array(n);
  const back = reverse(start, targets, n);
  tail = 0;
  for (let i = 0; i < n; i++) {
    const deadEnd = start[i] === start[i + 1];
    if (isNode[i] && (touchpoints[i]!.outcome !== undefined || deadEnd || openEnd[i])) (canFinish[i] = 1), (queue[tail++] = i);
  }
  for (let q = 0; q < tail; q++) {
    const w = queue[q]!;
    for (let e = back.start[w]!; e < back.start[w + 1]!; e++) {
      const v = back.targets[e]!;
      if (!canFinish[v]) (canFinish[v] = 1), (queue[tail++] = v);
    }
  }

  const problems: ModelProblem[] = [];
  const stuck = new Uint8Array(n);
  let anyStuck = false;
  for (let i = 0; i < n; i++) if (reachable[i] && !canFinish[i]) (stuck[i] = 1), (anyStuck = true);
  if (anyStuck) problems.push(...loopProblems(view, start, targets, stuck));
  for (let i = 0; i < n; i++) {
    if (isNode[i] && !reachable[i]) problems.push({ code: "unreachable_touchpoint", path: ["touchpoints", i], id: touchpoints[i]!.id! });
  }
  return problems;
}

/**
 * The transitions with a probability > 0 as compressed adjacency over touchpoint indices, and
 * the touchpoints with a transition to an unknown touchpoint (`openEnd`).
 */
function positiveEdges(view: LenientService, index: ModelIndex) {
  const n = index.isNode.length;
  const start = new Int32Array(n + 1);
  const targets = new Int32Array(index.exits.length);
  const openEnd = new Uint8Array(n);
  const transitions: LenientTransition[] = [];
  let size = 0;
  for (let v = 0; v < n; v++) {
    start[v] = size;
    transitions.length = 0;
    for (let k = index.exitStart[v]!; k < index.exitStart[v + 1]!; k++) transitions.push(view.transitions![index.exits[k]!]!);
    const source = probabilitySource(transitions);
    for (let k = index.exitStart[v]!; k < index.exitStart[v + 1]!; k++) {
      const e = index.exits[k]!;
      const t = view.transitions![e]!;
      const w = index.to[e]!;
      if (w < 0) openEnd[v] = 1;
      else if (source === "uniform" || (source === "probability" ? t.probability! > 0 : t.volume! > 0)) targets[size++] = w;
    }
  }
  start[n] = size;
  return { start, targets: targets.subarray(0, size), openEnd };
}
function reverse(start: Int32Array, targets: Int32Array, n: number) {
  const backStart = new Int32Array(n + 1);
  for (const w of targets) backStart[w + 1]!++;
  for (let i = 0; i < n; i++) backStart[i + 1]! += backStart[i]!;
  const fill = backStart.slice(0, n);
  const backTargets = new Int32Array(targets.length);
  for (let v = 0; v < n; v++) for (let e = start[v]!; e < start[v + 1]!; e++) backTargets[fill[targets[e]!]!++] = v;
  return { start: backStart, targets: backTargets };
}

/** One `unreachable_outcome` per bottom loop among the stuck touchpoints, at its first touchpoint. */
function loopProblems(view: LenientService, start: Int32Array, targets: Int32Array, stuck: Uint8Array): ModelProblem[] {
  const component = strongComponents(start, targets, stuck);
  // the stuck touchpoints are closed under their transitions: a loop with no edge to another loop is at the bottom
  const leaves = new Set<number>();
  for (let v = 0; v < stuck.length; v++) {
    if (!stuck[v]) continue;
    for (let e = start[v]!; e < start[v + 1]!; e++) if (component[targets[e]!] !== component[v]) leaves.add(component[v]!);
  }
  const loops = new Map<number, string[]>();
  const firsts: number[] = [];
  for (let v = 0; v < stuck.length; v++) {
    const c = component[v]!;
    if (!stuck[v] || leaves.has(c)) continue;
    const loop = loops.get(c);
    if (loop) loop.push(view.touchpoints![v]!.id!);
    else loops.set(c, [view.touchpoints![v]!.id!]), firsts.push(v);
  }
  return firsts.map((v) => ({ code: "unreachable_outcome", path: ["touchpoints", v], loop: loops.get(component[v]!)! }));
}
