import type { Issue, Outcome } from "../model/types.js";

/** Metrics of one journey t₁ … tₙ (DESIGN §4). */
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

/** A journey of the model with its probability and where it ends. */
export interface Journey extends JourneyMetrics {
  probability: number;
  outcome: Outcome;
}

/** A journey that wanders, ranked by lostMinutes = probability × excessMinutes. */
export interface WanderPath extends Journey {
  lostMinutes: number;
}

export interface HandoffCount {
  from: string;
  to: string;
  count: number;
}

/** Expected values per customer, exact (DESIGN §4). */
export interface ExpectedValues {
  minutes: number;
  valueMinutes: number;
  necessaryMinutes: number;
  wasteMinutes: number;
  flowEfficiency: number;
  handoffs: number;
  pingPongs: number;
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

export interface IdealRoute {
  entry: string;
  path: string[] | null;
  minutes: number | null;
  handoffs: number | null;
}

export interface Hotspot {
  id: string;
  wasteMinutes: number;
  /** Share of the expected waste minutes. */
  share: number;
}

/** The result of `analyse` (DESIGN §5); JSON-serialisable. */
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
