import { wanderMetrics } from "../analysis/wander-metrics.js";
import { countVariants } from "./count-variants.js";
import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import { leadingHours } from "./leading-hours.js";
import type { Calendar } from "../working-time/calendar.js";
import type { WorkingHours } from "../working-time/working-hours.js";

/**
 * One event of an observed journey: what happened, where, and when.
 *
 * @example
 * observedJourneys(log).variants[0].events[0]; // { activity: "call", department: "desk", time: 1704096000000 }
 */
export interface ObservedEvent {
  activity: string;
  /** `null` when the log has no department for the event. */
  department: string | null;
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  time: number;
}

/**
 * A case of the log as a journey: its events on their real timestamps and its wandering,
 * measured with the journey metrics' one definition (`wanderMetrics`).
 *
 * @example
 * const top = observedJourneys(log).variants[0];
 * `${top.count} cases (${top.share * 100} %) go ${top.events.map((e) => e.activity).join(" → ")}`;
 */
export interface ObservedJourney {
  /** The case drawn: for a variant, its first case in the log. */
  case: string;
  /** Cases that follow this journey's activity sequence exactly. */
  count: number;
  /** count / cases of the log. */
  share: number;
  events: ObservedEvent[];
  /** From the first event to the last. */
  minutes: number;
  /** Minutes between consecutive events with known, different departments: the time hand-offs take. */
  handoffMinutes: number;
  handoffs: number;
  pingPongs: number;
  revisits: number;
  repeats: number;
  /**
   * The same times on the working clock (with a calendar): each wait's working minutes on the
   * hours of the department waited for, as `LogReport.working` measures them.
   */
  working?: { minutes: number; handoffMinutes: number };
}

/**
 * What `observedJourneys` returns.
 *
 * @example
 * const { variants, wanderers } = observedJourneys(log);
 */
export interface ObservedJourneys {
  cases: number;
  /** The most frequent variants, most frequent first: the same variants and counts as `analyseLog`'s. */
  variants: ObservedJourney[];
  /** The cases that lose most time to wandering, worst first (only cases with a hand-off). */
  wanderers: ObservedJourney[];
  /** With a calendar: its working day in minutes, the unit of "working days" (each journey then has `working`). */
  dayMinutes?: number;
}

/**
 * Options of `observedJourneys`; the defaults are `OBSERVED_JOURNEYS_DEFAULTS`.
 *
 * @example
 * observedJourneys(log, { variants: 5, wanderers: 5 });
 */
export interface ObservedJourneysOptions {
  /** How many variants to list. */
  variants: number;
  /** How many wandering cases to list. */
  wanderers: number;
  /** Measure each journey's times on this calendar's working clock too (`ObservedJourney.working`). */
  calendar: Calendar | null;
}

/**
 * The defaults of `observedJourneys`' options.
 *
 * @example
 * OBSERVED_JOURNEYS_DEFAULTS.variants; // 10, as analyseLog lists
 */
export const OBSERVED_JOURNEYS_DEFAULTS: Readonly<ObservedJourneysOptions> = Object.freeze({ variants: 10, wanderers: 10, calendar: null });

const MS_PER_MINUTE = 60_000;

/**
 * The log's own journeys, to be drawn beside the model's: its most frequent variants (each drawn
 * by its first case) and the cases that lose most time to wandering — ranked by the minutes
 * spent between events of different departments, then by hand-offs, then by ping-pongs, ties in
 * log order. Every journey carries its events on their real timestamps and its hand-offs,
 * ping-pongs, revisits and repeats, and with a calendar the same times on the working clock.
 * The ranking stays on the customer's clock. The log is not changed.
 *
 * @example
 * // cases A: desk → lab → desk (minutes 0, 10, 40) and B: desk → desk
 * const { variants, wanderers } = observedJourneys(log);
 * wanderers[0]; // { case: "A", count: 1, handoffs: 2, pingPongs: 1, handoffMinutes: 40, minutes: 40, … }
 */
export function observedJourneys(log: EventLog, options: Partial<ObservedJourneysOptions> = {}): ObservedJourneys {
  const o: ObservedJourneysOptions = { ...OBSERVED_JOURNEYS_DEFAULTS, ...options };
  const cases = log.cases.length;
  const { variants } = countVariants(log, o.variants);
  const variantCount = new Map<number, number>(); // first case → cases of its variant, for the wanderers
  // Cases are scored in one pass; only the wanderers' events are built.
  const scores: { c: number; minutes: number; handoffs: number; pingPongs: number }[] = [];
  for (let c = 0; c < cases; c++) {
    const m = measure(log, c);
    if (m.handoffs > 0) scores.push({ c, minutes: m.handoffMinutes, handoffs: m.handoffs, pingPongs: m.pingPongs });
  }
  scores.sort((a, b) => b.minutes - a.minutes || b.handoffs - a.handoffs || b.pingPongs - a.pingPongs || a.c - b.c);
  for (const v of variants) variantCount.set(v.firstCase, v.count);
  const hours = o.calendar && { standard: o.calendar.hours(null), of: log.departments.map((name) => o.calendar!.hours(name)) };
  const drawn = (c: number, count: number) => {
    const j = journey(log, c, count);
    return hours ? { ...j, working: workingTimes(log, c, hours.of, hours.standard) } : j;
  };
  return {
    cases,
    variants: variants.map((v) => drawn(v.firstCase, v.count)),
    wanderers: scores.slice(0, o.wanderers).map((s) => drawn(s.c, variantCount.get(s.c) ?? sameSequence(log, s.c))),
    ...(o.calendar && { dayMinutes: o.calendar.dayMinutes }),
  };
}

/**
 * Case c's time and hand-off time on the working clock: each gap on the hours of the department
 * waited for (the later event's, a missing one inherited from the case's previous known one,
 * leading ones from its first), a hand-off spanning events without a department measured whole.
 */
function workingTimes(log: EventLog, c: number, hours: readonly WorkingHours[], standard: WorkingHours): { minutes: number; handoffMinutes: number } {
  const from = log.caseStart[c]!;
  const to = log.caseStart[c + 1]!;
  const { department, time } = log;
  let own = leadingHours(log, from, to, hours, standard);
  let minutes = 0;
  let handoffMinutes = 0;
  let previous = -1;
  for (let i = from; i < to; i++) {
    const d = department[i]!;
    if (d !== MISSING_DEPARTMENT) own = hours[d]!;
    if (i > from) minutes += own.minutesBetween(time[i - 1]!, time[i]!);
    if (d === MISSING_DEPARTMENT) continue;
    if (previous >= 0 && department[previous] !== d) handoffMinutes += own.minutesBetween(time[previous]!, time[i]!);
    previous = i;
  }
  return { minutes, handoffMinutes };
}

function measure(log: EventLog, c: number) {
  const from = log.caseStart[c]!;
  const to = log.caseStart[c + 1]!;
  const known: (number | null)[] = [];
  let handoffMinutes = 0;
  let previous = -1;
  for (let i = from; i < to; i++) {
    const d = log.department[i]!;
    if (d === MISSING_DEPARTMENT) {
      known.push(null);
      continue;
    }
    known.push(d);
    if (previous >= 0 && log.department[previous] !== d) handoffMinutes += (log.time[i]! - log.time[previous]!) / MS_PER_MINUTE;
    previous = i;
  }
  return { ...wanderMetrics(log.activity.subarray(from, to), known), handoffMinutes };
}

function journey(log: EventLog, c: number, count: number): ObservedJourney {
  const from = log.caseStart[c]!;
  const to = log.caseStart[c + 1]!;
  const events: ObservedEvent[] = [];
  for (let i = from; i < to; i++) {
    const d = log.department[i]!;
    events.push({ activity: log.activities[log.activity[i]!]!, department: d === MISSING_DEPARTMENT ? null : log.departments[d]!, time: log.time[i]! });
  }
  const m = measure(log, c);
  return {
    case: log.cases[c]!,
    count,
    share: count / log.cases.length,
    events,
    minutes: to > from ? (log.time[to - 1]! - log.time[from]!) / MS_PER_MINUTE : 0,
    handoffMinutes: m.handoffMinutes,
    handoffs: m.handoffs,
    pingPongs: m.pingPongs,
    revisits: m.revisits,
    repeats: m.repeats,
  };
}

/** How many cases follow case c's activity sequence (a wanderer outside the top variants). */
function sameSequence(log: EventLog, c: number): number {
  const { caseStart, activity } = log;
  const length = caseStart[c + 1]! - caseStart[c]!;
  let count = 0;
  for (let k = 0; k < log.cases.length; k++) {
    if (caseStart[k + 1]! - caseStart[k]! !== length) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = activity[caseStart[k]! + i] === activity[caseStart[c]! + i];
    if (same) count++;
  }
  return count;
}
