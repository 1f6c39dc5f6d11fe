import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import { leadingHours } from "./leading-hours.js";
import { minutesSummary, type MinutesSummary } from "./minutes-summary.js";
import type { Calendar } from "../working-time/calendar.js";
import type { WorkingHours } from "../working-time/working-hours.js";

/**
 * The working-time twin of a log report's waiting figures (`LogReport.working`): the same waits
 * measured on the working clock of the department the customer waits for. JSON-serialisable.
 *
 * @example
 * analyseLog(log, { calendar }).working;
 * // { waitMinutes: 1_234_567, meanPerCase: 861, dayMinutes: 480, timezone: "Europe/Amsterdam",
 * //   departmentChanges: { count: 4212, meanMinutes: 512, medianMinutes: 101 }, departmentStays: { … } }
 */
export interface LogWorkingTime {
  /** Working minutes of every wait between consecutive events of a case, summed over the cases. */
  waitMinutes: number;
  /** `waitMinutes` per case (0 for a log without cases). */
  meanPerCase: number;
  /** Working minutes of the waits when the department changes: the pairs of `waiting.departmentChanges`. */
  departmentChanges: MinutesSummary;
  /** … and when it stays: the pairs of `waiting.departmentStays`. */
  departmentStays: MinutesSummary;
  /** The calendar's working day in minutes: "a working day" in every text is this long. */
  dayMinutes: number;
  /** The calendar's time zone. */
  timezone: string;
}

/**
 * Measures every wait of a log on the working clock. A wait between two consecutive events of a
 * case is the part of the interval inside the working time of the department waited for: the
 * later event's (DESIGN §4 attributes a wait to the queue it leads into), a missing department
 * inherited from the case's previous known one (leading events: the first known one; a case with
 * none uses the calendar's own hours). An end before its start counts 0. The change and stay
 * figures use exactly the pairs of the log report's `waiting` block (consecutive events with
 * known departments), so each stands beside its calendar twin. The log is not changed.
 *
 * @example
 * // one case: desk Fri 15:00 → lab Mon 09:00, Monday–Friday 08:00–16:00
 * logWorkingTime(log, calendar).waitMinutes; // 120
 */
export function logWorkingTime(log: EventLog, calendar: Calendar): LogWorkingTime {
  const { caseStart, department, time } = log;
  const standard = calendar.hours(null);
  const hours: WorkingHours[] = log.departments.map((name) => calendar.hours(name));
  const changes = new Float64Array(log.events);
  const stays = new Float64Array(log.events);
  let changeCount = 0;
  let stayCount = 0;
  let waitMinutes = 0;
  let cases = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    if (to > from) cases++;
    let inherited = leadingHours(log, from, to, hours, standard);
    let previousKnown = -1;
    for (let i = from; i < to; i++) {
      const d = department[i]!;
      const own = d === MISSING_DEPARTMENT ? inherited : hours[d]!;
      inherited = own;
      const gap = i > from ? own.minutesBetween(time[i - 1]!, time[i]!) : 0;
      waitMinutes += gap;
      if (d === MISSING_DEPARTMENT) continue;
      if (previousKnown >= 0) {
        // across events with a missing department the pair spans several gaps: measure it whole
        const minutes = previousKnown === i - 1 ? gap : own.minutesBetween(time[previousKnown]!, time[i]!);
        if (department[previousKnown] === d) stays[stayCount++] = minutes;
        else changes[changeCount++] = minutes;
      }
      previousKnown = i;
    }
  }
  return {
    waitMinutes,
    meanPerCase: cases > 0 ? waitMinutes / cases : 0,
    departmentChanges: minutesSummary(changes, changeCount),
    departmentStays: minutesSummary(stays, stayCount),
    dayMinutes: calendar.dayMinutes,
    timezone: calendar.timezone,
  };
}
