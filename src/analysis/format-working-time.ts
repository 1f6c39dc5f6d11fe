import { formatDuration } from "./format-duration.js";

/**
 * Working minutes in words, in working days of the calendar's own length (never 24 h) from one
 * working day on, and in hours or minutes of working time below it.
 *
 * @example
 * formatWorkingTime(4132.5, 435); // "9.5 working days of 7 h 15 min"
 * formatWorkingTime(435, 435);    // "1 working day of 7 h 15 min"
 * formatWorkingTime(90, 480);     // "1.5 h of working time"
 */
export function formatWorkingTime(minutes: number, dayMinutes: number): string {
  const short = formatWorkingDays(minutes, dayMinutes);
  return short.includes("working day") ? `${short} of ${formatDayLength(dayMinutes)}` : short;
}

/**
 * `formatWorkingTime` without the day's length, where a label has no room for it (the report
 * states the length elsewhere).
 *
 * @example
 * formatWorkingDays(4132.5, 435); // "9.5 working days"
 * formatWorkingDays(90, 480);     // "1.5 h of working time"
 */
export function formatWorkingDays(minutes: number, dayMinutes: number): string {
  if (!Number.isFinite(minutes)) return "–";
  if (Math.abs(minutes) < dayMinutes - 1e-9) return `${formatDuration(minutes)} of working time`;
  const days = Math.round((minutes / dayMinutes) * 10) / 10;
  const text = days.toLocaleString("en-US", { maximumFractionDigits: days < 10 ? 1 : 0 });
  return `${text} working ${text === "1" ? "day" : "days"}`;
}

/**
 * A working day's length: "7 h 15 min", "8 h", "45 min".
 *
 * @example
 * formatDayLength(435); // "7 h 15 min"
 */
export function formatDayLength(dayMinutes: number): string {
  const total = Math.round(dayMinutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
