import type { Issue, Outcome } from "../model/types.js";

/**
 * Metrics of one journey t₁ … tₙ (DESIGN §4).
 *
 * @example
 * journeyMetrics([{ touchpoint: "call", department: "desk", valueMinutes: 5, necessaryMinutes: 0, wasteMinutes: 15 }]);
 * // { path: ["call"], minutes: 20, flowEfficiency: 0.25, handoffs: 0, … }
 */
export interface JourneyMetrics {
  /** Touchpoint ids in visiting order. */
  path: string[];
  /** Department sequence with consecutive repeats collapsed. */
  departments: string[];
  minutes: number;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  /** valueMinutes / minutes, 0 when minutes = 0. */
  flowEfficiency: number;
  handoffs: number;
  pingPongs: number;
  revisits: number;
  repeats: number;
  failureDemand: number;
  /** minutes − the ideal route's minutes from the same entry; null when no resolved outcome is reachable. */
  excessMinutes: number | null;
  cost: number;
  wasteCost: number;
}

/**
 * A journey of the model with its probability and where it ends.
 *
 * @example
 * analyse(service).journeys[0];
 * // { path: ["call", "self-care"], probability: 0.2, outcome: "resolved", minutes: 32, handoffs: 0, … }
 */
export interface Journey extends JourneyMetrics {
  probability: number;
  outcome: Outcome;
}

/**
 * A journey that wanders, ranked by lostMinutes = probability × excessMinutes.
 *
 * @example
 * const worst = analyse(service).wanderPaths[0];
 * worst.lostMinutes === worst.probability * worst.excessMinutes!; // true
 */
export interface WanderPath extends Journey {
  lostMinutes: number;
}

/**
 * Hand-offs from one department to another: expected per customer in a `WasteReport`, counted in a `LogReport`.
 *
 * @example
 * analyseLog(sepsisLog).handoffsByPair[0]; // { from: "A", to: "C", count: 946 }
 */
export interface HandoffCount {
  from: string;
  to: string;
  count: number;
}

/**
 * Expected values per customer, exact (DESIGN §4).
 *
 * @example
 * const { minutes, valueMinutes, flowEfficiency } = analyse(service).expected;
 * flowEfficiency === (minutes > 0 ? valueMinutes / minutes : 0); // true
 */
export interface ExpectedValues {
  minutes: number;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  flowEfficiency: number;
  handoffs: number;
  pingPongs: number;
  /** Department re-entries per customer (|D| − |set(D)|), exact: see `expectedRevisits`. */
  revisits: number;
  failureDemandShare: number;
  resolved: number;
  abandoned: number;
  cost: number;
  wasteCost: number;
  /** Expected visits per touchpoint id (an outcome's is its absorption probability); a null-prototype object. */
  visits: Record<string, number>;
  wasteByCategory: Record<string, number>;
  wasteByDepartment: Record<string, number>;
  handoffsByPair: HandoffCount[];
}

/**
 * The path with the fewest minutes from an entry to a resolved outcome; `path`, `minutes` and `handoffs` are `null` when none is reachable.
 *
 * @example
 * analyse(service).ideal[0]; // { entry: "call", path: ["call", "self-care"], minutes: 32, handoffs: 0 }
 */
export interface IdealRoute {
  entry: string;
  path: string[] | null;
  minutes: number | null;
  handoffs: number | null;
}

/**
 * A department or touchpoint ranked by the expected waste minutes attributed to it.
 *
 * @example
 * analyse(service).hotspots.departments[0]; // { id: "clinic", wasteMinutes: 18416.7, share: 0.428 }
 */
export interface Hotspot {
  id: string;
  wasteMinutes: number;
  /** Share of the expected waste minutes. */
  share: number;
}

/**
 * The result of `analyse` (DESIGN §5); JSON-serialisable.
 *
 * @example
 * const report: WasteReport = analyse(service);
 * JSON.parse(JSON.stringify(report)); // plain JSON: the same report
 */
export interface WasteReport {
  service: { id: string; name: string };
  expected: ExpectedValues;
  ideal: IdealRoute[];
  journeys: Journey[];
  coverage: number;
  truncated: boolean;
  wanderPaths: WanderPath[];
  hotspots: { departments: Hotspot[]; touchpoints: Hotspot[] };
  /** Only when the service has a volume. */
  totals?: { customers: number; wasteHours: number; wasteCost: number };
  warnings: Issue[];
}
