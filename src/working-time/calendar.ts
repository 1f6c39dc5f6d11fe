import type { WorkingHours } from "./working-hours.js";

/**
 * The days of a calendar's week, Monday first.
 *
 * @example
 * WEEKDAYS.indexOf("sat"); // 5
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * A day of the week as a calendar file names it.
 *
 * @example
 * const day: Weekday = "mon";
 */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Weekly working hours as a calendar file writes them: each day a list of `"HH:MM-HH:MM"`
 * ranges (a range may end at `"24:00"`), `[]` for a closed day.
 *
 * @example
 * const week: CalendarWeek = { mon: ["08:00-11:30", "12:00-16:15"], sat: [], sun: [] };
 */
export type CalendarWeek = Partial<Record<Weekday, string[]>>;

/**
 * Holidays as a calendar file writes them: a country code whose public holidays count
 * (`"FI"`, `"DE-BY"` for a state), or a list of dates `"YYYY-MM-DD"` and country codes.
 *
 * @example
 * const holidays: CalendarHolidays = ["FI", "2024-12-27"]; // Finland's, and one bridge day
 */
export type CalendarHolidays = string | string[];

/**
 * A calendar file (`--calendar FILE`, option `calendar`), as JSON: the working time against which
 * waits are measured on the working clock. A department's `week` replaces the days it names, its
 * `holidays` the whole list.
 *
 * @example
 * const input: CalendarInput = {
 *   timezone: "Europe/Helsinki",
 *   week: { mon: ["08:00-16:15"], tue: ["08:00-16:15"], wed: ["08:00-16:15"], thu: ["08:00-16:15"], fri: ["08:00-16:15"], sat: [], sun: [] },
 *   holidays: "FI",
 *   departments: { "contact-centre": { week: { sat: ["09:00-15:00"] } } },
 * };
 */
export interface CalendarInput {
  /** IANA time zone of the hours, and of timestamps that carry no offset. */
  timezone: string;
  /** A day not named is closed. */
  week: CalendarWeek;
  holidays?: CalendarHolidays;
  departments?: Record<string, { week?: CalendarWeek; holidays?: CalendarHolidays }>;
}

/**
 * A validated calendar (`parseCalendar`): the working hours of every department, ready to
 * measure waits.
 *
 * @example
 * const calendar = await parseCalendar(json);
 * calendar.dayMinutes; // 495 for Monday–Friday 08:00–16:15
 * calendar.hours("lab").minutesBetween(from, to); // working minutes of a wait for the lab
 */
export interface Calendar {
  /** The IANA time zone. */
  readonly timezone: string;
  /**
   * The length of the calendar's working day in minutes: the week's working minutes over its
   * open days (Monday–Friday 08:00–16:15: 495). "A working day" in every text is this long,
   * never 24 hours.
   */
  readonly dayMinutes: number;
  /** The calendar as it was validated (a copy; departments' overrides as given). */
  readonly input: CalendarInput;
  /** The working time of a department (its overrides applied), or of the calendar itself for `null` or a department it does not name. */
  hours(department: string | null): WorkingHours;
}
