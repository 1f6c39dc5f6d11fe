import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import type { WorkingHours } from "../working-time/working-hours.js";

/**
 * The working hours a case's leading events without a department wait on: those of the case's
 * first known department (DESIGN §14 inherits a missing department as §6 does), or `standard`
 * (the calendar's own) when the case has none. Events after it inherit the hours of the
 * previous known department. One rule for every working-time figure of a log.
 *
 * @example
 * // events [from, to): (none), lab, desk → the lab's hours
 * leadingHours(log, from, to, hoursByDepartment, calendar.hours(null));
 */
export function leadingHours(log: EventLog, from: number, to: number, hours: readonly WorkingHours[], standard: WorkingHours): WorkingHours {
  for (let i = from; i < to; i++) if (log.department[i] !== MISSING_DEPARTMENT) return hours[log.department[i]!]!;
  return standard;
}
