import type { HandoffCount } from "../analysis/report.js";
import type { LogWorkingTime } from "./log-working-time.js";
import type { MinutesSummary } from "./minutes-summary.js";

/**
 * A directly-follows pair of activities in a log.
 *
 * @example
 * analyseLog(sepsisLog).directlyFollows[0];
 * // { from: "Leucocytes", to: "CRP", count: 1778, meanMinutes: 344.2 }
 */
export interface DirectlyFollows {
  /** The earlier activity. */
  from: string;
  /** The activity directly after it in the same case. */
  to: string;
  /** How often `to` directly follows `from`. */
  count: number;
  /** Mean minutes between the two events. */
  meanMinutes: number;
}

/**
 * A variant: a sequence of activities and the number of cases that follow it exactly.
 *
 * @example
 * analyseLog(sepsisLog).variants[0];
 * // { activities: ["ER Registration", "ER Triage", "ER Sepsis Triage"], count: 35 }
 */
export interface Variant {
  /** The activities in order. */
  activities: string[];
  /** The cases that follow exactly this sequence. */
  count: number;
}

/**
 * What `analyseLog` measures in an event log; JSON-serialisable. Every case is
 * measured with the journey metrics (`wanderMetrics`) on its department sequence,
 * events with a missing department left out.
 *
 * @example
 * const report = analyseLog(sepsisLog);
 * report.casesWithPingPong / report.cases; // 0.874
 */
export interface LogReport {
  /** Cases in the log. */
  cases: number;
  /** Events kept. */
  events: number;
  /** Distinct activities. */
  activities: number;
  /** Distinct departments (missing values not counted). */
  departments: number;
  /** Changes of department, summed over the cases. */
  handoffs: number;
  /** Direct returns A → B → A, summed over the cases. */
  pingPongs: number;
  /** Department re-entries (after a detour too), summed over the cases. */
  revisits: number;
  /** Activity repeats: events whose activity already occurred earlier in the case. */
  repeats: number;
  /** Cases with at least one hand-off. */
  casesWithHandoff: number;
  /** Cases with at least one ping-pong. */
  casesWithPingPong: number;
  /** Cases with at least one revisit. */
  casesWithRevisit: number;
  /** Hand-offs by (from-department, to-department), most frequent first. */
  handoffsByPair: HandoffCount[];
  /** Most frequent first. */
  directlyFollows: DirectlyFollows[];
  /** The most frequent variants (10 by default), most frequent first, ties in order of first case. */
  variants: Variant[];
  /** The number of distinct variants. */
  variantCount: number;
  /** Case duration: minutes from a case's first event to its last. */
  caseMinutes: MinutesSummary;
  /**
   * The waiting cost of wandering: minutes between consecutive events of a case whose
   * departments are known, when the department changes (a hand-off: `count` equals
   * `handoffs`) and when it stays. Events with a missing department are left out, as in the
   * department sequence, so the wait across an unknown event belongs to the pair around it.
   */
  waiting: { departmentChanges: MinutesSummary; departmentStays: MinutesSummary };
  /**
   * The waits on the working clock, beside `waiting` and `caseMinutes` (on the customer's): only
   * when `analyseLog` was given a calendar (`--calendar`). See `LogWorkingTime`.
   */
  working?: LogWorkingTime;
  /** Rows or events skipped as bad while reading. */
  skippedRows: number;
}
