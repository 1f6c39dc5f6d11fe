/**
 * A problem found in a calendar, as data: a stable snake_case `code`, the JSON `path` it sits at
 * and the facts needed to word it. `calendarIssueMessage` turns it into English.
 *
 * @example
 * const problem: CalendarProblem = { code: "invalid_range", path: ["week", "mon", 0], value: "8-16" };
 * calendarIssueMessage(problem);
 * // 'week.mon[0]: invalid range "8-16": write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00")'
 */
export type CalendarProblem =
  | { code: "not_an_object"; path: (string | number)[]; value: unknown; what: "calendar" | "week" | "departments" | "department" }
  | { code: "missing_timezone"; path: (string | number)[] }
  | { code: "unknown_timezone"; path: (string | number)[]; value: unknown }
  | { code: "unknown_field"; path: (string | number)[]; key: string; known: readonly string[] }
  | { code: "missing_week"; path: (string | number)[] }
  | { code: "not_a_list"; path: (string | number)[]; value: unknown; what: "day" }
  | { code: "invalid_range"; path: (string | number)[]; value: unknown }
  | { code: "empty_range"; path: (string | number)[]; value: string }
  | { code: "overlapping_ranges"; path: (string | number)[]; value: string; other: string }
  | { code: "no_working_time"; path: (string | number)[]; department: string | null }
  | { code: "invalid_holidays"; path: (string | number)[]; value: unknown }
  | { code: "invalid_holiday"; path: (string | number)[]; value: unknown }
  | { code: "unknown_country"; path: (string | number)[]; value: string };
