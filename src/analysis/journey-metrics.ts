import type { JourneyMetrics } from "./report.js";
import { wanderMetrics } from "./wander-metrics.js";

/**
 * One visit of a journey: the touchpoint, its department, its step minutes and how it was entered.
 *
 * @example
 * const visit: JourneyVisit = { touchpoint: "lab", department: "lab", valueMinutes: 5, necessaryMinutes: 2, wasteMinutes: 20, wait: 1440 };
 */
export interface JourneyVisit {
  touchpoint: string;
  /** `null` when unknown (e.g. missing in an event log): left out of the department sequence only. */
  department: string | null;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  cost?: number;
  wasteCost?: number;
  /** Minutes waited before this visit (on the transition into it); 0 for the first visit. */
  wait?: number;
  /** Entered through a `failure` transition: this visit is failure demand. */
  failure?: boolean;
}

/**
 * Options of `journeyMetrics`.
 *
 * @example
 * journeyMetrics(visits, { idealMinutes: 30 }).excessMinutes; // minutes − 30
 */
export interface JourneyMetricsOptions {
  /** Minutes of the ideal route the journey is held against; `null` (the default) when there is none. */
  idealMinutes?: number | null;
}

/**
 * The metrics of one journey t₁ … tₙ, for model journeys and observed (event-log)
 * journeys alike: minutes and their value / necessary / waste split (waits are waste),
 * flow efficiency, hand-offs, ping-pongs, revisits and repeats (from `wanderMetrics`),
 * failure demand, cost and the excess over the ideal route (never negative).
 *
 * @example
 * journeyMetrics(
 *   [
 *     { touchpoint: "call", department: "desk", valueMinutes: 6, necessaryMinutes: 1, wasteMinutes: 25 },
 *     { touchpoint: "test", department: "lab", valueMinutes: 10, necessaryMinutes: 0, wasteMinutes: 0, wait: 60 },
 *     { touchpoint: "done", department: "desk", valueMinutes: 0, necessaryMinutes: 0, wasteMinutes: 0 },
 *   ],
 *   { idealMinutes: 50 },
 * );
 * // { minutes: 102, wasteMinutes: 85, flowEfficiency: 0.157, handoffs: 2, pingPongs: 1, excessMinutes: 52, … }
 */
export function journeyMetrics(visits: readonly JourneyVisit[], options: JourneyMetricsOptions = {}): JourneyMetrics {
  let valueMinutes = 0;
  let necessaryMinutes = 0;
  let wasteMinutes = 0;
  let cost = 0;
  let wasteCost = 0;
  let failureDemand = 0;
  for (const v of visits) {
    valueMinutes += v.valueMinutes;
    necessaryMinutes += v.necessaryMinutes;
    wasteMinutes += v.wasteMinutes + (v.wait ?? 0);
    cost += v.cost ?? 0;
    wasteCost += v.wasteCost ?? 0;
    if (v.failure) failureDemand++;
  }
  const path = visits.map((v) => v.touchpoint);
  const wander = wanderMetrics(
    path,
    visits.map((v) => v.department),
  );
  const minutes = valueMinutes + necessaryMinutes + wasteMinutes;
  const ideal = options.idealMinutes ?? null;
  return {
    path,
    departments: wander.departments,
    minutes,
    valueMinutes,
    necessaryMinutes,
    wasteMinutes,
    flowEfficiency: minutes > 0 ? valueMinutes / minutes : 0,
    handoffs: wander.handoffs,
    pingPongs: wander.pingPongs,
    revisits: wander.revisits,
    repeats: wander.repeats,
    failureDemand,
    // never negative: a sum taken in another order may differ in the last bit
    excessMinutes: ideal === null ? null : Math.max(0, minutes - ideal),
    cost,
    wasteCost,
  };
}
