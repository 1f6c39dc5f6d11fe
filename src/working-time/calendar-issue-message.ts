import { formatPath } from "../model/format-path.js";
import type { CalendarProblem } from "./calendar-problem.js";

const RANGE_FIX = `write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00")`;
const HOLIDAY_FIX = `give a date "YYYY-MM-DD" or a country code such as "FI" (or "DE-BY" for a state)`;

/**
 * The English message of a calendar problem, prefixed by its path: the one place where hukka
 * words what is wrong with a calendar and how to fix it.
 *
 * @example
 * calendarIssueMessage({ code: "unknown_timezone", path: ["timezone"], value: "Helsinki" });
 * // 'timezone: unknown time zone "Helsinki": use an IANA name such as "Europe/Helsinki"'
 */
export function calendarIssueMessage(problem: CalendarProblem): string {
  return `${formatPath(problem.path).replace(/^model$/, "calendar")}: ${describe(problem)}`;
}

function describe(p: CalendarProblem): string {
  switch (p.code) {
    case "not_an_object":
      return p.what === "calendar"
        ? `expected a calendar object { "timezone", "week", "holidays"?, "departments"? }, got ${shown(p.value)}`
        : p.what === "week"
          ? `expected an object of days, e.g. { "mon": ["08:00-16:15"], "sat": [] }, got ${shown(p.value)}`
          : p.what === "departments"
            ? `expected an object keyed by department id, e.g. { "lab": { "week": { "sat": ["09:00-13:00"] } } }, got ${shown(p.value)}`
            : `expected an object with "week" and/or "holidays", got ${shown(p.value)}`;
    case "missing_timezone":
      return `required field is missing: add "timezone", an IANA name such as "Europe/Helsinki"`;
    case "unknown_timezone":
      return `unknown time zone ${shown(p.value)}: use an IANA name such as "Europe/Helsinki" or "UTC"`;
    case "unknown_field":
      return `unknown field ${JSON.stringify(p.key)} (known: ${p.known.join(", ")})`;
    case "missing_week":
      return `required field is missing: add "week", e.g. { "mon": ["08:00-16:15"], …, "sat": [], "sun": [] }`;
    case "not_a_list":
      return `expected a list of ranges, e.g. ["08:00-12:00", "12:30-16:15"] ([] for a closed day), got ${shown(p.value)}`;
    case "invalid_range":
      return `invalid range ${shown(p.value)}: ${RANGE_FIX}`;
    case "empty_range":
      return `range "${p.value}" ends before it starts: ${RANGE_FIX}; a night shift is two ranges, "22:00-24:00" on one day and "00:00-06:00" on the next`;
    case "overlapping_ranges":
      return `range "${p.value}" overlaps "${p.other}": join them into one range or make them meet end to start`;
    case "no_working_time":
      return `${p.department === null ? "the week" : `department ${JSON.stringify(p.department)}`} has no working hours at all, so every wait would be 0 working minutes; give at least one day a range`;
    case "invalid_holidays":
      return `expected a country code such as "FI" or a list of dates and country codes, got ${shown(p.value)}`;
    case "invalid_holiday":
      return `invalid holiday ${shown(p.value)}: ${HOLIDAY_FIX}`;
    case "unknown_country":
      return `unknown country code "${p.value}" for public holidays: ${HOLIDAY_FIX}; codes follow ISO 3166`;
  }
}

/** A value as the user wrote it, short. */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
