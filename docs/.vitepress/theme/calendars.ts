// Calendars the own-log page offers for working time, beside a calendar file of the reader's own:
// plain office weeks with their country's public holidays (DESIGN §14).
import type { CalendarInput, LogReport } from "../../../src/index.js";
import type { Figure, Hukka } from "./live-report.ts";

const week = (hours: string[]): CalendarInput["week"] => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: [], sun: [] });

/** The offered calendars, by the value of their option. */
export const CALENDARS: ReadonlyMap<string, { label: string; input: CalendarInput }> = new Map([
  ["fi-office", { label: "Finnish office: Mon–Fri 08:00–16:15, Helsinki, FI holidays", input: { timezone: "Europe/Helsinki", week: week(["08:00-16:15"]), holidays: "FI" } }],
  ["nl-office", { label: "Dutch office: Mon–Fri 08:00–16:00, Amsterdam, NL holidays", input: { timezone: "Europe/Amsterdam", week: week(["08:00-16:00"]), holidays: "NL" } }],
  ["round-the-clock", { label: "Round the clock (UTC): every wait counts whole", input: { timezone: "UTC", week: { ...week(["00:00-24:00"]), sat: ["00:00-24:00"], sun: ["00:00-24:00"] } } }],
]);

/**
 * The working-clock figures of a log report made with a calendar, each beside its calendar twin.
 *
 * @example
 * workingFigures(hukka, analyseLog(log, { calendar }))[0];
 * // { label: "mean case time, on both clocks", value: "5.4 days, of which 3.8 working days of 8 h" }
 */
export function workingFigures(hukka: Hukka, report: LogReport): Figure[] {
  const w = report.working;
  if (!w) return [];
  const both = (calendar: number | null, working: number | null) =>
    calendar === null || working === null ? "—" : hukka.formatBothClocks(calendar, working, w.dayMinutes);
  return [
    { label: "mean case time, on both clocks", value: both(report.caseMinutes.meanMinutes, w.meanPerCase) },
    { label: "median wait when the department changes, on both clocks", value: both(report.waiting.departmentChanges.medianMinutes, w.departmentChanges.medianMinutes) },
    { label: "median wait when it stays, on both clocks", value: both(report.waiting.departmentStays.medianMinutes, w.departmentStays.medianMinutes) },
    { label: "working day", value: `${hukka.formatDayLength(w.dayMinutes)} (${w.timezone})` },
  ];
}
