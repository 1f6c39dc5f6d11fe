import { isTimeZone, zoneClock } from "../logs/zone-clock.js";
import type { Issue } from "../model/types.js";
import { WEEKDAYS, type Calendar, type CalendarHolidays, type CalendarInput, type CalendarWeek } from "./calendar.js";
import { calendarIssueMessage } from "./calendar-issue-message.js";
import type { CalendarProblem } from "./calendar-problem.js";
import { loadCountryHolidays, type CountryHolidays } from "./country-holidays.js";
import { workingHours, type DayHours, type WorkingHours } from "./working-hours.js";

/**
 * What `safeParseCalendar` resolves to: the calendar, or every issue found.
 *
 * @example
 * const result = await safeParseCalendar(json);
 * if (!result.success) for (const issue of result.issues) console.error(issue.message);
 */
export type SafeParseCalendarResult = { success: true; data: Calendar } | { success: false; issues: Issue[] };

type Path = (string | number)[];
const MS_PER_DAY = 86_400_000;
const RANGE = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/;
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const COUNTRY = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const FIELDS = ["timezone", "week", "holidays", "departments"];
const DEPARTMENT_FIELDS = ["week", "holidays"];

/** Holidays read from a calendar: explicit dates (days since 1970) and country codes. */
interface HolidayList {
  dates: number[];
  countries: { code: string; path: Path }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Validates a calendar and reports every problem at once, each with its code, its path and its
 * fix; never throws, never changes the input. Resolves once the public-holiday library is loaded
 * when the calendar names a country (the library is loaded only then).
 *
 * @example
 * const result = await safeParseCalendar({ timezone: "Europe/Helsinki", week: { mon: ["8-16"] } });
 * result.success; // false
 * result.issues[0].message;
 * // 'week.mon[0]: invalid range "8-16": write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00")'
 */
export async function safeParseCalendar(input: unknown): Promise<SafeParseCalendarResult> {
  const problems: CalendarProblem[] = [];
  const fail = () => ({ success: false as const, issues: problems.map(toIssue) });
  if (!isObject(input)) {
    problems.push({ code: "not_an_object", path: [], value: input, what: "calendar" });
    return fail();
  }
  unknownFields(input, FIELDS, [], problems);
  const { timezone } = input;
  if (timezone === undefined) problems.push({ code: "missing_timezone", path: ["timezone"] });
  else if (typeof timezone !== "string" || !isTimeZone(timezone)) problems.push({ code: "unknown_timezone", path: ["timezone"], value: timezone });
  if (input.week === undefined) problems.push({ code: "missing_week", path: ["week"] });
  const before = problems.length;
  const week = readWeek(input.week ?? {}, ["week"], problems);
  const weekRead = input.week !== undefined && problems.length === before;
  const holidays = input.holidays === undefined ? { dates: [], countries: [] } : readHolidays(input.holidays, ["holidays"], problems);
  const departments = new Map<string, { week: (DayHours | undefined)[]; holidays: HolidayList | null; read: boolean }>();
  if (input.departments !== undefined && !isObject(input.departments)) {
    problems.push({ code: "not_an_object", path: ["departments"], value: input.departments, what: "departments" });
  } else if (input.departments !== undefined) {
    for (const [id, override] of Object.entries(input.departments)) {
      const path = ["departments", id];
      if (!isObject(override)) {
        problems.push({ code: "not_an_object", path, value: override, what: "department" });
        continue;
      }
      unknownFields(override, DEPARTMENT_FIELDS, path, problems);
      const before = problems.length;
      const own = override.week === undefined ? [] : readWeek(override.week, [...path, "week"], problems);
      const read = problems.length === before;
      departments.set(id, {
        week: own,
        holidays: override.holidays === undefined ? null : readHolidays(override.holidays, [...path, "holidays"], problems),
        read,
      });
    }
  }
  const allCountries = [holidays, ...[...departments.values()].map((d) => d.holidays)].flatMap((h) => h?.countries ?? []);
  const countries = allCountries.length > 0 ? await loadCountryHolidays() : null;
  for (const { code, path } of allCountries) if (!countries!.knows(code)) problems.push({ code: "unknown_country", path, value: code });
  const fullWeek = week.map((day) => day ?? []);
  if (weekRead && totalMinutes(fullWeek) === 0) {
    problems.push({ code: "no_working_time", path: ["week"], department: null });
  }
  for (const [id, d] of departments) {
    if (d.read && weekRead && d.week.length > 0 && totalMinutes(fullWeek.map((day, k) => d.week[k] ?? day)) === 0) {
      problems.push({ code: "no_working_time", path: ["departments", id, "week"], department: id });
    }
  }
  if (problems.length > 0) return fail();
  return { success: true, data: buildCalendar(structuredClone(input) as unknown as CalendarInput, fullWeek, holidays, departments, countries) };
}

function toIssue(problem: CalendarProblem): Issue {
  return { code: problem.code, path: problem.path, message: calendarIssueMessage(problem) };
}

function unknownFields(object: Record<string, unknown>, known: readonly string[], path: Path, problems: CalendarProblem[]): void {
  for (const key of Object.keys(object)) if (!known.includes(key)) problems.push({ code: "unknown_field", path: [...path, key], key, known });
}

/** A week's days as minute ranges; `undefined` for a day the week does not name. */
function readWeek(value: unknown, path: Path, problems: CalendarProblem[]): (DayHours | undefined)[] {
  const days: (DayHours | undefined)[] = WEEKDAYS.map(() => undefined);
  if (!isObject(value)) {
    problems.push({ code: "not_an_object", path, value, what: "week" });
    return days;
  }
  unknownFields(value, WEEKDAYS, path, problems);
  WEEKDAYS.forEach((name, k) => {
    const ranges = value[name];
    if (ranges === undefined) return;
    if (!Array.isArray(ranges)) {
      problems.push({ code: "not_a_list", path: [...path, name], value: ranges, what: "day" });
      return;
    }
    const read: { from: number; to: number; text: string; index: number }[] = [];
    ranges.forEach((text: unknown, index) => {
      const m = typeof text === "string" ? RANGE.exec(text) : null;
      const from = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
      const to = m ? Number(m[3]) * 60 + Number(m[4]) : Number.NaN;
      const valid = (h: string, mi: string) => Number(mi) < 60 && (Number(h) < 24 || (h === "24" && mi === "00"));
      if (!m || !valid(m[1]!, m[2]!) || !valid(m[3]!, m[4]!) || from === 1440) {
        problems.push({ code: "invalid_range", path: [...path, name, index], value: text });
      } else if (to <= from) problems.push({ code: "empty_range", path: [...path, name, index], value: text as string });
      else read.push({ from, to, text: text as string, index });
    });
    read.sort((a, b) => a.from - b.from);
    for (let i = 1; i < read.length; i++) {
      if (read[i]!.from < read[i - 1]!.to) {
        problems.push({ code: "overlapping_ranges", path: [...path, name, read[i]!.index], value: read[i]!.text, other: read[i - 1]!.text });
      }
    }
    days[k] = read.map((r) => [r.from, r.to] as const);
  });
  return days;
}

function readHolidays(value: unknown, path: Path, problems: CalendarProblem[]): HolidayList {
  const list: HolidayList = { dates: [], countries: [] };
  const single = typeof value === "string";
  if (!single && !Array.isArray(value)) {
    problems.push({ code: "invalid_holidays", path, value });
    return list;
  }
  (single ? [value] : (value as unknown[])).forEach((item, index) => {
    const at = single ? path : [...path, index];
    const date = typeof item === "string" ? DATE.exec(item) : null;
    if (date) {
      const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
      const ms = Date.UTC(y, m - 1, d);
      const back = new Date(ms);
      if (back.getUTCMonth() === m - 1 && back.getUTCDate() === d) list.dates.push(ms / MS_PER_DAY);
      else problems.push({ code: "invalid_holiday", path: at, value: item });
    } else if (typeof item === "string" && COUNTRY.test(item)) list.countries.push({ code: item, path: at });
    else problems.push({ code: "invalid_holiday", path: at, value: item });
  });
  return list;
}

function totalMinutes(week: readonly DayHours[]): number {
  return week.reduce((sum, day) => sum + day.reduce((s, [from, to]) => s + to - from, 0), 0);
}

/** Whether a local day (days since 1970) is closed by a holiday list. */
function closedDays(list: HolidayList, countries: CountryHolidays | null): (day: number) => boolean {
  const dates = new Set(list.dates);
  if (list.countries.length === 0) return (day) => dates.has(day);
  const years = new Map<number, Set<number>>();
  return (day) => {
    if (dates.has(day)) return true;
    const year = new Date(day * MS_PER_DAY).getUTCFullYear();
    let closed = years.get(year);
    if (!closed) {
      closed = new Set(list.countries.flatMap(({ code }) => countries!.closedDays(code, year)));
      years.set(year, closed);
    }
    return closed.has(day);
  };
}

function buildCalendar(
  input: CalendarInput,
  week: DayHours[],
  holidays: HolidayList,
  departments: Map<string, { week: (DayHours | undefined)[]; holidays: HolidayList | null; read: boolean }>,
  countries: CountryHolidays | null,
): Calendar {
  const clock = zoneClock(input.timezone);
  const open = week.filter((day) => day.length > 0).length;
  const standard = workingHours(clock, week, closedDays(holidays, countries));
  const byDepartment = new Map<string, WorkingHours>();
  for (const [id, d] of departments) {
    if (d.week.length === 0 && d.holidays === null) continue;
    const own = d.week.length === 0 ? week : week.map((day, k) => d.week[k] ?? day);
    byDepartment.set(id, workingHours(clock, own, closedDays(d.holidays ?? holidays, countries)));
  }
  return {
    timezone: input.timezone,
    dayMinutes: totalMinutes(week) / open,
    input,
    hours: (department) => (department === null ? standard : (byDepartment.get(department) ?? standard)),
  };
}
