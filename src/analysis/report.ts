import type { Issue, Outcome } from "../model/types.js";

/**
 * Metrics of one journey t₁ … tₙ.
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
  /** Σ step minutes over every visit (revisits count again) + Σ transition waits along the journey. */
  minutes: number;
  /** The minutes of `value` steps. */
  valueMinutes: number;
  /** The minutes of `necessary` steps. */
  necessaryMinutes: number;
  /** The minutes of `waste` steps and every transition wait. */
  wasteMinutes: number;
  /** valueMinutes / minutes, 0 when minutes = 0. */
  flowEfficiency: number;
  /** Changes of department: |D| − 1 for the department sequence D. */
  handoffs: number;
  /** Direct returns A → B → A: the i with Dᵢ = Dᵢ₊₂. */
  pingPongs: number;
  /** Department re-entries, after a detour too: |D| − |set(D)|. */
  revisits: number;
  /** Touchpoint repeats: n − |set(t)|. */
  repeats: number;
  /** Visits entered through a `failure` transition. */
  failureDemand: number;
  /** minutes − the minutes of the ideal route the journey is held against, never negative; null without one. */
  excessMinutes: number | null;
  /** Σ step cost over every visit. */
  cost: number;
  /** The cost of `waste` steps. */
  wasteCost: number;
}

/**
 * A journey of the model with its probability, where it ends and the ideal it is held against:
 * ending `resolved`, the fastest route from its entry to that same outcome;
 * ending `abandoned`, 0 minutes (the time bought nothing).
 *
 * @example
 * analyse(service).journeys[0];
 * // { path: ["call", "self-care"], probability: 0.2, outcome: "resolved", minutes: 32, handoffs: 0,
 * //   idealMinutes: 32, idealHandoffs: 0, excessMinutes: 0, … }
 */
export interface Journey extends JourneyMetrics {
  /** Entry weight × the product of the transition probabilities along the path. */
  probability: number;
  /** How the journey ends: the outcome of its last touchpoint. */
  outcome: Outcome;
  /** Resolved: the fewest minutes from the journey's entry to its own outcome; abandoned: 0. */
  idealMinutes: number;
  /**
   * Hand-offs of that route; abandoned: those of the entry's ideal route to any resolved
   * outcome, `null` when there is none.
   */
  idealHandoffs: number | null;
  /** minutes − idealMinutes, never negative: what **each customer on this journey** loses. */
  excessMinutes: number;
}

/**
 * A journey that wanders, ranked by lostMinutes = probability × excessMinutes.
 *
 * @example
 * const worst = analyse(service).wanderPaths[0];
 * worst.lostMinutes === worst.probability * worst.excessMinutes; // true
 */
export interface WanderPath extends Journey {
  /** probability × excessMinutes: this path's share of the average customer's time (each customer on it loses `excessMinutes`). */
  lostMinutes: number;
}

/**
 * Hand-offs from one department to another: expected per customer in a `WasteReport`, counted in a `LogReport`.
 *
 * @example
 * analyseLog(sepsisLog).handoffsByPair[0]; // { from: "A", to: "C", count: 946 }
 */
export interface HandoffCount {
  /** The department handing over. */
  from: string;
  /** The department taking over. */
  to: string;
  /** Expected hand-offs per customer (a model) or hand-offs counted (a log). */
  count: number;
}

/**
 * Expected values per customer, exact.
 *
 * @example
 * const { minutes, valueMinutes, flowEfficiency } = analyse(service).expected;
 * flowEfficiency === (minutes > 0 ? valueMinutes / minutes : 0); // true
 */
export interface ExpectedValues {
  /** Expected minutes per customer: Σ v(t)·minutes(t) + Σ F(u,v)·wait(u,v). */
  minutes: number;
  /**
   * The same on the working clock: Σ v(t)·minutes(t) + Σ F(u,v)·workingWait(u,v); only when the
   * model gives a `workingWait` on every transition with a wait (a model mined with a calendar).
   */
  workingMinutes?: number;
  /** Expected minutes of `value` steps. */
  valueMinutes: number;
  /** Expected minutes of `necessary` steps. */
  necessaryMinutes: number;
  /** Expected minutes of `waste` steps and transition waits. */
  wasteMinutes: number;
  /** valueMinutes / minutes, 0 when minutes = 0. */
  flowEfficiency: number;
  /** Expected hand-offs: Σ F(u,v) over transitions between departments. */
  handoffs: number;
  /** Expected ping-pongs, exact (from the chain whose state remembers the previous department). */
  pingPongs: number;
  /** Department re-entries per customer (|D| − |set(D)|), exact: see `expectedRevisits`. */
  revisits: number;
  /** Expected failure visits / expected visits (all touchpoints, outcomes included). */
  failureDemandShare: number;
  /** Probability of ending in a `resolved` outcome. */
  resolved: number;
  /** Probability of ending in an `abandoned` outcome. */
  abandoned: number;
  /** Expected cost of the steps per customer. */
  cost: number;
  /** Expected cost of the `waste` steps per customer. */
  wasteCost: number;
  /** Expected visits per touchpoint id (an outcome's is its absorption probability); a null-prototype object. */
  visits: Record<string, number>;
  /** Expected waste minutes per waste category (`delay` for waits unless the transition names another). */
  wasteByCategory: Record<string, number>;
  /** Expected waste minutes attributed per department id (a wait belongs to the department it leads to). */
  wasteByDepartment: Record<string, number>;
  /** Expected hand-offs per customer for each (from-department, to-department) pair. */
  handoffsByPair: HandoffCount[];
}

/**
 * The path with the fewest minutes from an entry to a resolved outcome; `path`, `minutes` and `handoffs` are `null` when none is reachable.
 *
 * @example
 * analyse(service).ideal[0]; // { entry: "call", path: ["call", "self-care"], minutes: 32, handoffs: 0 }
 */
export interface IdealRoute {
  /** The entry touchpoint's id. */
  entry: string;
  /** Touchpoint ids from the entry to the resolved outcome. */
  path: string[] | null;
  /** The route's minutes: the entry's own, then wait + minutes of each next touchpoint. */
  minutes: number | null;
  /** The route's hand-offs. */
  handoffs: number | null;
}

/**
 * A department or touchpoint ranked by the expected waste minutes attributed to it.
 *
 * @example
 * analyse(service).hotspots.departments[0]; // { id: "clinic", wasteMinutes: 18416.7, share: 0.428 }
 */
export interface Hotspot {
  /** The department's or touchpoint's id. */
  id: string;
  /** Expected waste minutes per customer attributed to it. */
  wasteMinutes: number;
  /** Share of the expected waste minutes. */
  share: number;
}

/**
 * An expected figure that rests on a default rather than on data, and why: the CLI and the HTML
 * show it as "—" with the reason, never as 0 % or 100 %.
 *
 * @example
 * analyse(mineService(log)).unknown[0];
 * // { field: "valueMinutes", reason: "the log has no start times and no classification gives minutes, …" }
 */
export interface UnknownFigure {
  /** The field of `expected` that is unknown. */
  field: keyof ExpectedValues;
  /** Why the data cannot tell it, in words. */
  reason: string;
}

/**
 * The result of `analyse`; JSON-serialisable.
 *
 * @example
 * const report: WasteReport = analyse(service);
 * JSON.parse(JSON.stringify(report)); // plain JSON: the same report
 */
export interface WasteReport {
  /** The analysed service's `id`, and its `name` (the id when it has none). */
  service: { id: string; name: string };
  /** Expected values per customer, exact. */
  expected: ExpectedValues;
  /** The ideal route from each entry, in model order. */
  ideal: IdealRoute[];
  /** The most likely distinct journeys, most likely first. */
  journeys: Journey[];
  /** Σ of the listed journeys' probabilities: the share of customers whose journey is listed. */
  coverage: number;
  /** The search's expansion budget ran out: more likely journeys may be missing from the list. */
  truncated: boolean;
  /** The journeys that wander (a ping-pong, a revisit, or more hand-offs than the ideal route), by lostMinutes. */
  wanderPaths: WanderPath[];
  /** Departments and touchpoints ranked by expected waste minutes, largest first. */
  hotspots: { departments: Hotspot[]; touchpoints: Hotspot[] };
  /** Per year, only when the service has a volume: customers, their waste in hours, and the waste cost. */
  totals?: { customers: number; wasteHours: number; wasteCost: number };
  /** Expected figures that rest on a default rather than on data (a mined model's), with the reason; `[]` for a designed model. */
  unknown: UnknownFigure[];
  /** Non-fatal problems, e.g. a uniform split where a touchpoint gives no probabilities, or `few_cases`. */
  warnings: Issue[];
}
