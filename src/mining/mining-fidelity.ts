import type { ExpectedValues } from "../analysis/report.js";
import type { Issue } from "../model/types.js";
import type { EventLog } from "../logs/event-log.js";
import type { LogReport } from "../log-report/log-report.js";
import { MISSING_DEPARTMENT } from "../logs/event-log.js";
import type { Calendar } from "../working-time/calendar.js";
import { leadingHours } from "../log-report/leading-hours.js";

/**
 * The figures a mined model must tell as its log does, per case (log) or per customer (model).
 *
 * @example
 * const figures: FidelityFigures = { handoffs: 1.25, pingPongs: 0.32, revisits: 0.43, minutes: 12_500 };
 */
export interface FidelityFigures {
  handoffs: number;
  pingPongs: number;
  revisits: number;
  minutes: number;
  /**
   * The same time on the working clock (only with a calendar): service minutes plus each wait's
   * working minutes on the hours of the department waited for; the model's expected `workingMinutes`.
   */
  workingMinutes?: number;
}

/**
 * Options of `miningFidelity`: the calendar and the placement of missing departments the model
 * was mined with, so that the log's working minutes are measured as the model's were.
 *
 * @example
 * miningFidelity(log, analyseLog(log), analyse(mined).expected, { calendar, missingDepartment: "inherit" });
 */
export interface MiningFidelityOptions {
  /** With a calendar (and a model mined with it) the fidelity gains `workingMinutes`. */
  calendar?: Calendar | null;
  /** As in `countMining`; a wait into a missing department is on that department's (inherited) or the calendar's own hours. */
  missingDepartment?: "inherit" | "unknown";
  /**
   * What one journey of `log` is: a case (the default), or a customer's journey when the model
   * was mined from customer journeys (`miningUnitLog(log, { unit: "customer", … })`): the
   * fidelity's `unit`, and the words of its warnings and table.
   */
  unit?: FidelityUnit;
}

/**
 * What the log's means of a fidelity are taken over: its cases, or its customers' journeys
 * (a model mined with `--unit customer`).
 *
 * @example
 * const unit: FidelityUnit = "customer"; // "per customer journey"
 */
export type FidelityUnit = "case" | "customer";

/**
 * The words of a fidelity's unit: "case" or "customer journey".
 *
 * @example
 * fidelityUnitWords("customer"); // "customer journey"
 */
export const fidelityUnitWords = (unit: FidelityUnit): string => (unit === "customer" ? "customer journey" : "case");

/**
 * How faithfully a mined model tells its log's story: the log's per-case means
 * beside the model's expected values, their relative differences, and warnings.
 *
 * @example
 * miningFidelity(log, analyseLog(log), analyse(mineService(log)).expected).difference.handoffs; // ~1e-15
 */
export interface MiningFidelity {
  /** What the log's means are taken over: its cases, or its customers' journeys (a model mined with `--unit customer`). */
  unit: FidelityUnit;
  /** Means over the log's cases (or customer journeys); minutes run from a case's first start (or first event) to its last event. */
  log: FidelityFigures;
  /** The mined model's expected values per customer. */
  model: FidelityFigures;
  /** (model − log) / log per figure; 0 when both are 0, null when only the log's is 0. */
  difference: { [K in keyof FidelityFigures]: number | null };
  /**
   * `fidelity_gap` for each figure more than `FIDELITY_TOLERANCE` off; `no_service_time` when
   * the log has no start times and the model no value minutes: flow efficiency is 0, and why.
   */
  warnings: Issue[];
}

/**
 * Above this relative difference a figure of the mined model is called off (5 %).
 *
 * @example
 * FIDELITY_TOLERANCE; // 0.05
 */
export const FIDELITY_TOLERANCE = 0.05;

const MS_PER_MINUTE = 60_000;

/** What moves each figure off, for the warning. */
const HINTS: Record<keyof FidelityFigures, string> = {
  handoffs: "hand-offs match when missing departments are inherited (missingDepartment inherit, the default)",
  pingPongs: "ping-pongs match with history 1 or 2 and inherited missing departments",
  revisits: "revisits are approximate: a mined touchpoint remembers at most 2 department runs (history 2 comes closest)",
  minutes: "minutes match unless a classification sets minutes or the log's start times overlap the previous event",
  workingMinutes: "working minutes match when the model was mined with the same calendar and the same placement of missing departments",
};

const LABELS: Record<keyof FidelityFigures, string> = {
  handoffs: "hand-offs",
  pingPongs: "ping-pongs",
  revisits: "revisits",
  minutes: "minutes",
  workingMinutes: "working minutes",
};

/**
 * Sets the mined model's expected hand-offs, ping-pongs, revisits and minutes per customer
 * beside the log's per-case means and warns where they part by more than 5 %. The log's minutes
 * per case run from the first event's start (its timestamp when it has none) to the last event:
 * the span the model's service times and waits add up to. With a calendar, and a model mined
 * with it (expected `workingMinutes`), the same span on the working clock stands beside them.
 *
 * @example
 * const report = analyseLog(log);
 * const fidelity = miningFidelity(log, report, analyse(mineService(log)).expected);
 * fidelity.log.handoffs === report.handoffs / report.cases; // true
 */
export function miningFidelity(log: EventLog, report: LogReport, expected: ExpectedValues, options: MiningFidelityOptions = {}): MiningFidelity {
  const { calendar = null, missingDepartment = "inherit", unit = "case" } = options;
  const working = calendar !== null && expected.workingMinutes !== undefined ? caseWorkingMinutes(log, calendar, missingDepartment) : null;
  return miningFidelityFromTotals(report, caseMinutes(log), (log.start ?? null) !== null, expected, working, unit);
}

/**
 * `miningFidelity` from the log's totals instead of its events, for a log measured where it
 * lives (the DuckDB engine): the log report, Σ over cases of the minutes from the first event's
 * start (or time) to the last event, whether any event has a start time, and (with a calendar)
 * the same Σ on the working clock, and what the log's cases are (`unit`: cases, or customer journeys).
 *
 * @example
 * const { aggregate, counts, caseMinutes } = await duckdbMine("events.csv", mapping);
 * const service = serviceFromCounts(counts, { id: "events" });
 * miningFidelityFromTotals(logReportFromAggregate(aggregate), caseMinutes, counts.hasStartTimes, analyse(service).expected);
 */
export function miningFidelityFromTotals(
  report: LogReport,
  caseMinutes: number,
  hasStartTimes: boolean,
  expected: ExpectedValues,
  workingCaseMinutes: number | null = null,
  unit: FidelityUnit = "case",
): MiningFidelity {
  const cases = report.cases;
  const perCase = (total: number) => (cases === 0 ? 0 : total / cases);
  const logFigures: FidelityFigures = {
    handoffs: perCase(report.handoffs),
    pingPongs: perCase(report.pingPongs),
    revisits: perCase(report.revisits),
    minutes: perCase(caseMinutes),
  };
  const model: FidelityFigures = { handoffs: expected.handoffs, pingPongs: expected.pingPongs, revisits: expected.revisits, minutes: expected.minutes };
  if (workingCaseMinutes !== null && expected.workingMinutes !== undefined) {
    logFigures.workingMinutes = perCase(workingCaseMinutes);
    model.workingMinutes = expected.workingMinutes;
  }
  const difference = {} as MiningFidelity["difference"];
  const warnings: Issue[] = [];
  for (const key of Object.keys(LABELS) as (keyof FidelityFigures)[]) {
    const [l, m] = [logFigures[key], model[key]];
    if (l === undefined || m === undefined) continue;
    const d = l === 0 ? (m === 0 ? 0 : null) : (m - l) / Math.abs(l);
    difference[key] = d;
    if (d === null || Math.abs(d) > FIDELITY_TOLERANCE) {
      const off = d === null ? "where the log has none" : `${d > 0 ? "+" : ""}${(100 * d).toFixed(1)} %`;
      warnings.push({
        code: "fidelity_gap",
        path: ["fidelity", key],
        message: `the mined model's ${LABELS[key]} per customer (${round(m)}) differ from the log's per ${fidelityUnitWords(unit)} (${round(l)}): ${off}; ${HINTS[key]}`,
      });
    }
  }
  if (!hasStartTimes && expected.minutes > 0 && expected.valueMinutes === 0) {
    warnings.push({
      code: "no_service_time",
      path: ["fidelity", "minutes"],
      message:
        "flow efficiency is 0: the log has no start times, so all of a case's time is waiting between events; give the start-time column (--start-timestamp) or XES lifecycle start events, or minutes per activity in a classification",
    });
  }
  return { unit, log: logFigures, model, difference, warnings };
}

/** Σ over cases of the minutes from the first event's start (or time) to the last event. */
function caseMinutes(log: EventLog): number {
  const { caseStart, time } = log;
  const start = log.start ?? null;
  let total = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    if (from === to) continue;
    const first = start !== null && !Number.isNaN(start[from]!) ? start[from]! : time[from]!;
    total += (time[to - 1]! - first) / MS_PER_MINUTE;
  }
  return total;
}

/**
 * Σ over cases of the same span on the working clock: each event's service minutes (start to
 * end, worked on both clocks) and each wait from the previous event's end to this one's start
 * (or time) in the working hours of the department waited for, a missing one placed as mining
 * places it (inherited from the case's previous known department, leading events from its first;
 * or, with `unknown`, on the calendar's own hours).
 */
function caseWorkingMinutes(log: EventLog, calendar: Calendar, missingDepartment: "inherit" | "unknown"): number {
  const { caseStart, department, time } = log;
  const start = log.start ?? null;
  const standard = calendar.hours(null);
  const hours = log.departments.map((name) => calendar.hours(name));
  let total = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    let known = missingDepartment === "inherit" ? leadingHours(log, from, to, hours, standard) : standard;
    for (let i = from; i < to; i++) {
      const d = department[i]!;
      if (d !== MISSING_DEPARTMENT) known = hours[d]!;
      const own = d !== MISSING_DEPARTMENT || missingDepartment === "inherit" ? known : standard;
      const started = start === null || Number.isNaN(start[i]!) ? time[i]! : start[i]!;
      total += (time[i]! - started) / MS_PER_MINUTE;
      if (i > from) total += own.minutesBetween(time[i - 1]!, started);
    }
  }
  return total;
}

const round = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
