import type { LogReport } from "../log-report/log-report.js";
import type { MinutesSummary } from "../log-report/minutes-summary.js";
import { formatBothClocks } from "../analysis/format-both-clocks.js";
import { formatDayLength, formatWorkingTime } from "../analysis/format-working-time.js";
import type { LogWorkingTime } from "../log-report/log-working-time.js";

/**
 * The working-clock lines of `hukka mine --calendar`: each waiting figure of the summary beside its
 * twin on the working clock, saying which clock is which.
 *
 * @example
 * workingTimeLines(report, report.working);
 * // working time (Europe/Helsinki, a working day is 8 h):
 * //   a case waits 41 days on average, of which 9.5 working days of 8 h
 * //   …
 */
export function workingTimeLines(report: LogReport, working: LogWorkingTime): string {
  const day = working.dayMinutes;
  const caseMean = report.caseMinutes.meanMinutes;
  const both = (calendar: MinutesSummary, work: MinutesSummary, field: "meanMinutes" | "medianMinutes") =>
    calendar[field] === null || work[field] === null ? "–" : formatBothClocks(calendar[field]!, work[field]!, day);
  const lines = [
    `working time (${working.timezone}; a working day is ${formatDayLength(day)}):`,
    `  a case waits ${caseMean === null ? formatWorkingTime(working.meanPerCase, day) : formatBothClocks(caseMean, working.meanPerCase, day)} on average`,
    `  when the department changes: median ${both(report.waiting.departmentChanges, working.departmentChanges, "medianMinutes")}, mean ${both(report.waiting.departmentChanges, working.departmentChanges, "meanMinutes")}`,
    `            when it stays: median ${both(report.waiting.departmentStays, working.departmentStays, "medianMinutes")}, mean ${both(report.waiting.departmentStays, working.departmentStays, "meanMinutes")}`,
    `  all waits together: ${formatWorkingTime(working.waitMinutes, day)}`,
  ];
  return lines.join("\n") + "\n";
}
