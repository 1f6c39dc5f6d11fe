import type { HandoffCount } from "../analysis/report.js";
import { wanderMetrics } from "../analysis/wander-metrics.js";
import { activityFlows } from "./activity-flows.js";
import { countVariants } from "./count-variants.js";
import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import type { DirectlyFollows, LogReport, Variant } from "./log-report.js";
import { minutesSummary } from "./minutes-summary.js";
import type { Calendar } from "../working-time/calendar.js";
import { logWorkingTime } from "./log-working-time.js";

/**
 * Options of `analyseLog`.
 *
 * @example
 * analyseLog(log, { topVariants: 5 }).variants.length; // ≤ 5
 */
export interface AnalyseLogOptions {
  /** How many variants to list. */
  topVariants?: number;
  /** Measure the waits on this calendar's working clock too (`LogReport.working`); see `parseCalendar`. */
  calendar?: Calendar | null;
}

const DEFAULTS: Required<AnalyseLogOptions> = { topVariants: 10, calendar: null };

const MS_PER_MINUTE = 60_000;

/** Wander totals of every case, hand-offs by pair and the waits when the department changes or stays. */
function measureWandering(log: EventLog) {
  const { caseStart, department, activity, time, departments } = log;
  const totals = { handoffs: 0, pingPongs: 0, revisits: 0, repeats: 0, casesWithHandoff: 0, casesWithPingPong: 0, casesWithRevisit: 0 };
  const pairs = new Map<number, HandoffCount>();
  const changes = new Float64Array(log.events);
  const stays = new Float64Array(log.events);
  let changeCount = 0;
  let stayCount = 0;
  // plain arrays reused from case to case: cheaper for wanderMetrics than typed-array views
  const known: (number | null)[] = [];
  const visited: number[] = [];
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    known.length = 0;
    visited.length = 0;
    let previous = -1;
    for (let i = from; i < to; i++) {
      visited.push(activity[i]!);
      const d = department[i]!;
      if (d === MISSING_DEPARTMENT) {
        known.push(null);
        continue;
      }
      known.push(d);
      if (previous >= 0) {
        const minutes = (time[i]! - time[previous]!) / MS_PER_MINUTE;
        if (department[previous] === d) stays[stayCount++] = minutes;
        else changes[changeCount++] = minutes;
      }
      previous = i;
    }
    const m = wanderMetrics(visited, known);
    totals.handoffs += m.handoffs;
    totals.pingPongs += m.pingPongs;
    totals.revisits += m.revisits;
    totals.repeats += m.repeats;
    if (m.handoffs > 0) totals.casesWithHandoff++;
    if (m.pingPongs > 0) totals.casesWithPingPong++;
    if (m.revisits > 0) totals.casesWithRevisit++;
    for (let k = 0; k + 1 < m.departments.length; k++) {
      const a = m.departments[k]!;
      const b = m.departments[k + 1]!;
      const key = a * departments.length + b;
      const pair = pairs.get(key);
      if (pair) pair.count++;
      else pairs.set(key, { from: departments[a]!, to: departments[b]!, count: 1 });
    }
  }
  return {
    ...totals,
    handoffsByPair: [...pairs.values()].sort((p, q) => q.count - p.count),
    waiting: { departmentChanges: minutesSummary(changes, changeCount), departmentStays: minutesSummary(stays, stayCount) },
  };
}

/** The top variants as activity names, and how many distinct ones there are. */
function namedVariants(log: EventLog, top: number): { variants: Variant[]; variantCount: number } {
  const { caseStart, activity } = log;
  const { variants, variantCount } = countVariants(log, top);
  return {
    variants: variants.map(({ firstCase, count }) => ({
      activities: Array.from(activity.subarray(caseStart[firstCase]!, caseStart[firstCase + 1]!), (a) => log.activities[a]!),
      count,
    })),
    variantCount,
  };
}

function caseDurations(log: EventLog): Float64Array {
  const { caseStart, time } = log;
  const minutes = new Float64Array(log.cases.length);
  for (let c = 0; c < minutes.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    minutes[c] = to > from ? (time[to - 1]! - time[from]!) / MS_PER_MINUTE : 0;
  }
  return minutes;
}

function directlyFollows(log: EventLog): DirectlyFollows[] {
  return activityFlows(log)
    .pairs.map((p) => ({ from: log.activities[p.from]!, to: log.activities[p.to]!, count: p.count, meanMinutes: p.totalMinutes / p.count }))
    .sort((a, b) => b.count - a.count);
}

/**
 * Measures how the customers of an event log wander: every case gets the journey
 * metrics from `wanderMetrics` on its department sequence (missing departments
 * left out), summed into totals; plus hand-offs by pair, directly-follows pairs with the mean
 * minutes between them, the top variants, case durations, and the waiting when the department
 * changes versus when it stays. The log is not changed.
 *
 * @example
 * // two cases: desk → lab → desk (minutes 0, 10, 11) and desk → desk (0, 5)
 * const report = analyseLog(log);
 * report.handoffs; // 2
 * report.pingPongs; // 1
 * report.casesWithPingPong; // 1
 * report.waiting.departmentChanges; // { count: 2, meanMinutes: 5.5, medianMinutes: 5.5 }
 */
export function analyseLog(log: EventLog, options: AnalyseLogOptions = {}): LogReport {
  const { topVariants, calendar } = { ...DEFAULTS, ...options };
  const { waiting, handoffsByPair, ...wander } = measureWandering(log);
  const { variants, variantCount } = namedVariants(log, topVariants);
  return {
    cases: log.cases.length,
    events: log.events,
    activities: log.activities.length,
    departments: log.departments.length,
    ...wander,
    handoffsByPair,
    directlyFollows: directlyFollows(log),
    variants,
    variantCount,
    caseMinutes: minutesSummary(caseDurations(log)),
    waiting,
    ...(calendar && { working: logWorkingTime(log, calendar) }),
    skippedRows: log.skipped,
  };
}
