import { describe, expect, test } from "vitest";
import { InvalidCalendarError, parseCalendar, safeParseCalendar } from "../src/index.js";

const DAY = 86_400_000;
const OFFICE = ["08:00-16:00"];
const week = { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [], sun: [] };

/** The closed days of a calendar in a year: every day whose 12:00–13:00 local works 0 minutes, less weekends. */
async function closedWeekdays(holidays: unknown, year: number): Promise<string[]> {
  const calendar = await parseCalendar({ timezone: "UTC", week: { ...week, sat: OFFICE, sun: OFFICE }, holidays });
  const hours = calendar.hours(null);
  const closed: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) {
    if (hours.minutesBetween(t + 8 * 3_600_000, t + 16 * 3_600_000) === 0) closed.push(new Date(t).toISOString().slice(0, 10));
  }
  return closed;
}

describe("parseCalendar(input)", () => {
  test("Finland's closed days of 2024: the statutory holidays, Whit Sunday included, and Midsummer Eve and Christmas Eve", async () => {
    expect(await closedWeekdays("FI", 2024)).toEqual([
      "2024-01-01", // New Year's Day
      "2024-01-06", // Epiphany (a Saturday)
      "2024-03-29", // Good Friday
      "2024-03-31", // Easter Sunday
      "2024-04-01", // Easter Monday
      "2024-05-01", // May Day
      "2024-05-09", // Ascension Day
      "2024-05-19", // Whit Sunday
      "2024-06-21", // Midsummer Eve: not statutory, offices close
      "2024-06-22", // Midsummer Day
      "2024-11-02", // All Saints' Day
      "2024-12-06", // Independence Day
      "2024-12-24", // Christmas Eve: not statutory, offices close
      "2024-12-25", // Christmas Day
      "2024-12-26", // Boxing Day
    ]); // New Year's Eve, Mother's Day and Father's Day are working days
  });

  test("a list mixes a country's holidays and dates of one's own", async () => {
    const closed = await closedWeekdays(["FI", "2024-12-27"], 2024);
    expect(closed).toContain("2024-12-27");
    expect(closed).toHaveLength(16);
    expect(await closedWeekdays(["2024-02-29"], 2024)).toEqual(["2024-02-29"]);
  });

  test("has the expected defaults: a day the week does not name is closed, no holidays, the day length is the week's mean", async () => {
    const calendar = await parseCalendar({ timezone: "Europe/Helsinki", week: { mon: ["08:00-12:00", "12:30-16:15"], fri: ["08:00-14:00"] } });
    expect(calendar.dayMinutes).toBe((465 + 360) / 2);
    expect(calendar.timezone).toBe("Europe/Helsinki");
    // Tuesday 10 Dec 2024: not named, closed
    const tuesday = Date.parse("2024-12-10T00:00:00+02:00");
    expect(calendar.hours(null).minutesBetween(tuesday, tuesday + DAY)).toBe(0);
    // Independence Day works without holidays
    const friday = Date.parse("2024-12-06T00:00:00+02:00");
    expect(calendar.hours(null).minutesBetween(friday, friday + DAY)).toBe(360);
  });

  test("a department's week replaces the days it names, its holidays the whole list; ids like __proto__ are data", async () => {
    const calendar = await parseCalendar(JSON.parse(`{ "timezone": "Europe/Helsinki", "week": { "mon": ["08:00-16:00"], "fri": ["08:00-16:00"] }, "holidays": "FI",
      "departments": { "__proto__": { "week": { "fri": ["10:00-12:00"] }, "holidays": [] } } }`));
    const independenceDay = Date.parse("2024-12-06T00:00:00+02:00");
    const monday = Date.parse("2024-12-09T00:00:00+02:00");
    expect(calendar.hours("__proto__").minutesBetween(independenceDay, independenceDay + DAY)).toBe(120);
    expect(calendar.hours("__proto__").minutesBetween(monday, monday + DAY)).toBe(480);
    expect(calendar.hours(null).minutesBetween(independenceDay, independenceDay + DAY)).toBe(0);
    expect(calendar.hours("other").minutesBetween(monday, monday + DAY)).toBe(480);
    expect(({} as Record<string, unknown>).week).toBeUndefined();
  });

  test("reports every problem at once, each with its code, path and fix; the input is not changed", async () => {
    const input = {
      timezone: "Helsinki",
      week: { mon: ["8-16", "16:00-15:00", "09:00-12:00", "10:00-24:00", "24:00-24:00"], thur: [], sun: "closed" },
      holidays: ["XX", "2024-02-30", 5],
      departments: { lab: { week: { sat: ["25:00-26:00"] }, hours: 1 }, x: 3 },
      extra: true,
    };
    const copy = structuredClone(input);
    const result = await safeParseCalendar(input);
    expect(input).toEqual(copy);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`)).toEqual([
      'unknown_field ["extra"]',
      'unknown_timezone ["timezone"]',
      'unknown_field ["week","thur"]',
      'invalid_range ["week","mon",0]',
      'empty_range ["week","mon",1]',
      'invalid_range ["week","mon",4]',
      'overlapping_ranges ["week","mon",3]',
      'not_a_list ["week","sun"]',
      'invalid_holiday ["holidays",1]',
      'invalid_holiday ["holidays",2]',
      'unknown_field ["departments","lab","hours"]',
      'invalid_range ["departments","lab","week","sat",0]',
      'not_an_object ["departments","x"]',
      'unknown_country ["holidays",0]',
    ]);
    expect(result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "extra: unknown field "extra" (known: timezone, week, holidays, departments)",
        "timezone: unknown time zone "Helsinki": use an IANA name such as "Europe/Helsinki" or "UTC"",
        "week.thur: unknown field "thur" (known: mon, tue, wed, thu, fri, sat, sun)",
        "week.mon[0]: invalid range "8-16": write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00")",
        "week.mon[1]: range "16:00-15:00" ends before it starts: write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00"); a night shift is two ranges, "22:00-24:00" on one day and "00:00-06:00" on the next",
        "week.mon[4]: invalid range "24:00-24:00": write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00")",
        "week.mon[3]: range "10:00-24:00" overlaps "09:00-12:00": join them into one range or make them meet end to start",
        "week.sun: expected a list of ranges, e.g. ["08:00-12:00", "12:30-16:15"] ([] for a closed day), got "closed"",
        "holidays[1]: invalid holiday "2024-02-30": give a date "YYYY-MM-DD" or a country code such as "FI" (or "DE-BY" for a state)",
        "holidays[2]: invalid holiday 5: give a date "YYYY-MM-DD" or a country code such as "FI" (or "DE-BY" for a state)",
        "departments.lab.hours: unknown field "hours" (known: week, holidays)",
        "departments.lab.week.sat[0]: invalid range "25:00-26:00": write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00")",
        "departments.x: expected an object with "week" and/or "holidays", got 3",
        "holidays[0]: unknown country code "XX" for public holidays: give a date "YYYY-MM-DD" or a country code such as "FI" (or "DE-BY" for a state); codes follow ISO 3166",
      ]
    `);
  });

  test("parseCalendar rejects with InvalidCalendarError; a week without an hour and a missing zone are errors", async () => {
    const error = await parseCalendar({ week: { mon: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCalendarError);
    expect((error as InvalidCalendarError).issues.map((i) => i.code)).toEqual(["missing_timezone", "no_working_time"]);
    const closed = await safeParseCalendar({ timezone: "UTC", week: { mon: OFFICE }, departments: { lab: { week: { mon: [] } } } });
    expect(closed.success ? [] : closed.issues.map((i) => i.message)).toEqual([
      'departments.lab.week: department "lab" has no working hours at all, so every wait would be 0 working minutes; give at least one day a range',
    ]);
    expect((await safeParseCalendar("FI")).success).toBe(false);
  });
});
