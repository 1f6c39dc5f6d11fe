import { formatBothClocks } from "../analysis/format-both-clocks.js";
import { formatDuration } from "../analysis/format-duration.js";
import { formatWorkingTime } from "../analysis/format-working-time.js";
import type { LogReport } from "./log-report.js";

/**
 * The sentence a manager can quote about an event log, the first line `hukka mine` prints after
 * the log's size: how long a case takes and how many hand-offs it sees on average, the share of
 * cases sent back to a department they had just left, and — when both are known — the median
 * wait when the department changes against the median wait when it stays.
 *
 * @example
 * logHeadline(analyseLog(log));
 * // "A case takes 28 days and 6.6 hand-offs on average (median 4.3 days); 45.1 % of cases are sent
 * //  back to a department they had just left; a change of department means a median wait of 2 h,
 * //  against 5 min within one."
 */
export function logHeadline(report: LogReport): string {
  const r = report;
  if (r.cases === 0) return "The log has no cases.";
  const handoffs = Math.round((r.handoffs / r.cases) * 10) / 10;
  const median = r.caseMinutes.medianMinutes === null ? "" : ` (median ${formatDuration(r.caseMinutes.medianMinutes)})`;
  const w = r.working;
  // with a calendar, each time on both clocks: "5.4 days, of which 3.8 working days of 8 h"
  const mean = r.caseMinutes.meanMinutes === null ? "" : w ? ` ${formatBothClocks(r.caseMinutes.meanMinutes, w.meanPerCase, w.dayMinutes)}, and` : ` ${formatDuration(r.caseMinutes.meanMinutes)} and`;
  // without departments nothing about wandering can be measured: time only
  if (r.departments === 0) return `A case takes${mean.replace(/,? and$/, "")} on average${median}.`;
  let text = `A case takes${mean} ${handoffs} hand-off${handoffs === 1 ? "" : "s"} on average${median}`;
  text += `; ${percent(r.casesWithPingPong / r.cases)} of cases are sent back to a department they had just left`;
  const change = r.waiting.departmentChanges.medianMinutes;
  const stay = r.waiting.departmentStays.medianMinutes;
  if (change !== null && stay !== null) {
    const working = (m: number | null | undefined) => (w && m !== null && m !== undefined ? ` (${formatWorkingTime(m, w.dayMinutes)})` : "");
    text += `; a change of department means a median wait of ${formatDuration(change)}${working(w?.departmentChanges.medianMinutes)}, against ${formatDuration(stay)}${working(w?.departmentStays.medianMinutes)} within one`;
  }
  return `${text}.`;
}

const percent = (share: number) => `${(share * 100).toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 0 })} %`;
