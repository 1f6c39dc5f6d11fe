import graphology from "graphology";
import type { DirectedGraph as DirectedGraphType } from "graphology";
import type { Issue, Lane, Outcome, Service, Step } from "../model/types.js";
import { entryWeight } from "../model/entry-weight.js";
import { transitionProbabilities } from "./transition-probabilities.js";

// graphology ships CJS with a default export; this works from both ESM and CJS builds.
const { DirectedGraph } = graphology as unknown as { DirectedGraph: typeof DirectedGraphType };

/**
 * The attributes of a touchpoint node of `serviceGraph`.
 *
 * @example
 * const graph = serviceGraph(service);
 * graph.getNodeAttributes(touchpointKey(graph, "call")!).wasteMinutes; // 25
 */
export interface TouchpointAttributes {
  /** The user's id; the node key is internal (`t0`, `t1`, …) so that ids like `__proto__` are safe. */
  id: string;
  name: string;
  department: string;
  lane: Lane;
  channel: string | null;
  /** Entry weight as given (0 when the touchpoint is no entry). */
  entry: number;
  outcome: Outcome | null;
  steps: Step[];
  /** Sums over the steps, in minutes of the customer's time. */
  minutes: number;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  cost: number;
  wasteCost: number;
}

/**
 * The attributes of a transition edge of `serviceGraph`, its probability resolved.
 *
 * @example
 * serviceGraph(service).forEachEdge((edge, t) => console.log(t.from, t.to, t.probability, t.wait));
 */
export interface TransitionAttributes {
  from: string;
  to: string;
  /** Resolved probability: given, from volumes, or a uniform split. */
  probability: number;
  volume: number | null;
  /** Minutes the customer waits between the two touchpoints. */
  wait: number;
  /** Waste category of the wait. */
  waste: string;
  failure: boolean;
}

/**
 * The graph-level attributes of a `ServiceGraph`.
 *
 * @example
 * serviceGraph(service).getAttribute("departments").get("lab"); // { name: "Laboratory", lane: "support" }
 */
export interface ServiceGraphAttributes {
  service: Service;
  /** User id → internal node key. */
  keys: Map<string, string>;
  /** Department id → its department record's lane and name. */
  departments: Map<string, { name: string; lane: Lane }>;
  warnings: Issue[];
}

/**
 * A service as a graphology `DirectedGraph`, built by `serviceGraph`.
 *
 * @example
 * const graph: ServiceGraph = serviceGraph(service);
 * graph.order; // the number of touchpoints
 */
export type ServiceGraph = DirectedGraphType<TouchpointAttributes, TransitionAttributes, ServiceGraphAttributes>;

/**
 * The service as a graphology `DirectedGraph`: nodes are touchpoints (keyed internally, the
 * user's id in the `id` attribute), edges are transitions with resolved probabilities.
 * Assumes a valid model (see `parseService`); the service is not modified.
 *
 * @example
 * const graph = serviceGraph(parseService(json));
 * graph.getNodeAttribute(touchpointKey(graph, "call"), "wasteMinutes"); // 25
 */
export function serviceGraph(service: Service): ServiceGraph {
  const departments = new Map(
    service.departments.map((d) => [d.id, { name: d.name ?? d.id, lane: d.lane ?? "frontstage" }] as const),
  );
  const keys = new Map<string, string>();
  const { probabilities, warnings } = transitionProbabilities(service);
  const graph: ServiceGraph = new DirectedGraph();
  graph.replaceAttributes({ service, keys, departments, warnings });
  service.touchpoints.forEach((t, i) => {
    const key = `t${i}`;
    keys.set(t.id, key);
    graph.addNode(key, touchpointAttributes(t, departments.get(t.department)?.lane ?? "frontstage"));
  });
  service.transitions.forEach((t, i) => {
    graph.addDirectedEdge(keys.get(t.from)!, keys.get(t.to)!, {
      from: t.from,
      to: t.to,
      probability: probabilities[i]!,
      volume: t.volume ?? null,
      wait: t.wait ?? 0,
      waste: t.waste ?? "delay",
      failure: t.failure ?? false,
    });
  });
  return graph;
}

/**
 * The internal node key of a touchpoint id, or `null` when the graph has no such touchpoint.
 *
 * @example
 * const graph = serviceGraph(service);
 * touchpointKey(graph, "call"); // "t0"
 * touchpointKey(graph, "no-such-touchpoint"); // null
 */
export function touchpointKey(graph: ServiceGraph, id: string): string | null {
  return graph.getAttribute("keys").get(id) ?? null;
}

function touchpointAttributes(t: Service["touchpoints"][number], lane: Lane): TouchpointAttributes {
  const sum = (type?: Step["type"]) =>
    t.steps.reduce((s, step) => (type === undefined || step.type === type ? s + step.minutes : s), 0);
  return {
    id: t.id,
    name: t.name ?? t.id,
    department: t.department,
    lane,
    channel: t.channel ?? null,
    entry: entryWeight(t.entry),
    outcome: t.outcome ?? null,
    steps: t.steps.map((s) => ({ ...s })),
    minutes: sum(),
    valueMinutes: sum("value"),
    necessaryMinutes: sum("necessary"),
    wasteMinutes: sum("waste"),
    cost: t.steps.reduce((s, step) => s + (step.cost ?? 0), 0),
    wasteCost: t.steps.reduce((s, step) => s + (step.type === "waste" ? (step.cost ?? 0) : 0), 0),
  };
}
