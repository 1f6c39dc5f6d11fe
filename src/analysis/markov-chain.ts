import { transitionProbabilities } from "../graph/transition-probabilities.js";
import { entryWeight } from "../model/entry-weight.js";
import { transitionEnds } from "../model/transition-ends.js";
import { groupedIndices } from "./grouped-indices.js";
import type { Issue, Service } from "../model/types.js";

/** Outcome codes in `MarkovChain.outcome`. */
export const TRANSIENT = 0;
export const RESOLVED = 1;
export const ABANDONED = 2;

/** Category of a waste step that names none. */
export const UNCATEGORISED = "uncategorised";

/**
 * The service as flat typed arrays, indexed by touchpoint position in the model (the same
 * index as the `t<i>` keys of `serviceGraph`): what the solvers and searches iterate over.
 * Only transitions with probability > 0 are kept: the others carry no customer.
 *
 * @example
 * const chain = markovChain(service);
 * chain.ids[0]; // the first touchpoint's id
 */
export interface MarkovChain {
  /** Touchpoint count. */
  n: number;
  /** User id by index. */
  ids: string[];
  /** Department ids (model order first) and each touchpoint's department index. */
  departments: string[];
  department: Int32Array;
  /** `TRANSIENT`, `RESOLVED` or `ABANDONED`. */
  outcome: Int8Array;
  /**
   * Each touchpoint's group index: touchpoints sharing a `group` (refined by history) share one,
   * a touchpoint without a group has its own.
   */
  group: Int32Array;
  /** Entry weights normalised to sum 1. */
  entry: Float64Array;
  /** Step sums per visit, minutes of the customer's time. */
  minutes: Float64Array;
  valueMinutes: Float64Array;
  necessaryMinutes: Float64Array;
  wasteMinutes: Float64Array;
  cost: Float64Array;
  wasteCost: Float64Array;
  /** Waste category names: step categories and transition wait categories. */
  categories: string[];
  /** Waste steps as (touchpoint, category, minutes) triples. */
  stepWaste: { touchpoint: Int32Array; category: Int32Array; minutes: Float64Array };
  /** Transitions with probability > 0, in model order. */
  m: number;
  from: Int32Array;
  to: Int32Array;
  p: Float64Array;
  wait: Float64Array;
  /** Category index of the wait. */
  waitCategory: Int32Array;
  failure: Uint8Array;
  /** Outgoing transitions of touchpoint i: `outEdge[outPtr[i] .. outPtr[i+1])`, model order. */
  outPtr: Int32Array;
  outEdge: Int32Array;
  /** Incoming transitions of touchpoint i: `inEdge[inPtr[i] .. inPtr[i+1])`. */
  inPtr: Int32Array;
  inEdge: Int32Array;
  /** `uniform_split` warnings of `transitionProbabilities`. */
  warnings: Issue[];
}

/**
 * Flattens a service into a `MarkovChain` in one pass over touchpoints and transitions, with
 * the probabilities of `transitionProbabilities` (given, from volumes, or a uniform split).
 * Built straight from the `Service`: a graphology graph of 100k touchpoints × 5 transitions
 * takes seconds to build, these arrays a few tens of milliseconds. Assumes a valid model.
 *
 * @example
 * const chain = markovChain(parseService(json));
 * chain.ids[chain.to[0]!]; // the target of the first transition
 */
export function markovChain(service: Service): MarkovChain {
  const n = service.touchpoints.length;
  const ids: string[] = new Array(n);
  const departments = service.departments.map((d) => d.id);
  const deptIndex = new Map(departments.map((d, i) => [d, i] as const));
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const category = (name: string) => {
    let c = categoryIndex.get(name);
    if (c === undefined) {
      c = categories.length;
      categories.push(name);
      categoryIndex.set(name, c);
    }
    return c;
  };
  const department = new Int32Array(n);
  const outcome = new Int8Array(n);
  const group = touchpointGroups(service);
  const entry = new Float64Array(n);
  const minutes = new Float64Array(n);
  const valueMinutes = new Float64Array(n);
  const necessaryMinutes = new Float64Array(n);
  const wasteMinutes = new Float64Array(n);
  const cost = new Float64Array(n);
  const wasteCost = new Float64Array(n);
  const wasteTp: number[] = [];
  const wasteCat: number[] = [];
  const wasteMin: number[] = [];
  let entryTotal = 0;
  for (let i = 0; i < n; i++) {
    const t = service.touchpoints[i]!;
    ids[i] = t.id;
    let d = deptIndex.get(t.department);
    if (d === undefined) {
      d = departments.length;
      departments.push(t.department);
      deptIndex.set(t.department, d);
    }
    department[i] = d;
    outcome[i] = t.outcome === "resolved" ? RESOLVED : t.outcome === "abandoned" ? ABANDONED : TRANSIENT;
    const weight = entryWeight(t.entry);
    entry[i] = weight;
    entryTotal += weight;
    for (const step of t.steps) {
      minutes[i]! += step.minutes;
      cost[i]! += step.cost ?? 0;
      if (step.type === "value") valueMinutes[i]! += step.minutes;
      else if (step.type === "necessary") necessaryMinutes[i]! += step.minutes;
      else {
        wasteMinutes[i]! += step.minutes;
        wasteCost[i]! += step.cost ?? 0;
        wasteTp.push(i);
        wasteCat.push(category(step.waste ?? UNCATEGORISED));
        wasteMin.push(step.minutes);
      }
    }
  }
  if (entryTotal > 0) for (let t = 0; t < n; t++) entry[t]! /= entryTotal;

  const { probabilities, warnings } = transitionProbabilities(service);
  const ends = transitionEnds(service);
  // Typed arrays of the model's length, cut to the transitions kept (probability > 0).
  const count = service.transitions.length;
  const fromAll = new Int32Array(count);
  const toAll = new Int32Array(count);
  const pAll = new Float64Array(count);
  const waitAll = new Float64Array(count);
  const waitCategoryAll = new Int32Array(count);
  const failureAll = new Uint8Array(count);
  let m = 0;
  for (let k = 0; k < count; k++) {
    const t = service.transitions[k]!;
    const probability = probabilities[k]!;
    if (!(probability > 0)) continue;
    fromAll[m] = ends.from[k]!;
    toAll[m] = ends.to[k]!;
    pAll[m] = probability;
    const w = t.wait ?? 0;
    waitAll[m] = w;
    waitCategoryAll[m] = w > 0 ? category(t.waste ?? "delay") : -1;
    failureAll[m] = t.failure ? 1 : 0;
    m++;
  }
  // every transition is kept in most models: the arrays are then used as they are, not copied
  const cut = <T extends Int32Array | Float64Array | Uint8Array>(all: T): T => (m === count ? all : (all.slice(0, m) as T));
  const fromArray = cut(fromAll);
  const toArray = cut(toAll);
  const [outPtr, outEdge] = groupedIndices(n, fromArray);
  const [inPtr, inEdge] = groupedIndices(n, toArray);

  return {
    n,
    ids,
    departments,
    department,
    outcome,
    group,
    entry,
    minutes,
    valueMinutes,
    necessaryMinutes,
    wasteMinutes,
    cost,
    wasteCost,
    categories,
    stepWaste: {
      touchpoint: Int32Array.from(wasteTp),
      category: Int32Array.from(wasteCat),
      minutes: Float64Array.from(wasteMin),
    },
    m,
    from: fromArray,
    to: toArray,
    p: cut(pAll),
    wait: cut(waitAll),
    waitCategory: cut(waitCategoryAll),
    failure: cut(failureAll),
    outPtr,
    outEdge,
    inPtr,
    inEdge,
    warnings,
  };
}

/**
 * Each touchpoint's group index, in order of first appearance: touchpoints sharing a `group`
 * share one, a touchpoint without a group has its own (keyed by its id). Without any `group`
 * the index is the touchpoint's own (ids are unique in a valid model), without a `Map`.
 */
function touchpointGroups(service: Service): Int32Array {
  const { touchpoints } = service;
  const group = new Int32Array(touchpoints.length);
  if (!touchpoints.some((t) => t.group !== undefined)) {
    for (let i = 0; i < group.length; i++) group[i] = i;
    return group;
  }
  const groupIndex = new Map<string, number>();
  touchpoints.forEach((t, i) => {
    const key = t.group ?? t.id;
    let g = groupIndex.get(key);
    if (g === undefined) groupIndex.set(key, (g = groupIndex.size));
    group[i] = g;
  });
  return group;
}
