import { formatDuration } from "./format-duration.js";
import { formatWorkingTime } from "./format-working-time.js";

/**
 * A wait on both clocks, saying which is which: the customer's calendar time first, then the
 * part of it inside working hours.
 *
 * @example
 * formatBothClocks(59040, 4132.5, 435); // "41 days, of which 9.5 working days of 7 h 15 min"
 * formatBothClocks(180, 60, 480);       // "3 h, of which 1 h of working time"
 */
export function formatBothClocks(calendarMinutes: number, workingMinutes: number, dayMinutes: number): string {
  return `${formatDuration(calendarMinutes)}, of which ${formatWorkingTime(workingMinutes, dayMinutes)}`;
}
