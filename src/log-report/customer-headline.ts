import { formatDuration } from "../analysis/format-duration.js";
import type { CustomerReport } from "./customer-report.js";

const count = (n: number) => n.toLocaleString("en-US");
const decimal = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const percent = (share: number) => `${(share * 100).toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 0 })} %`;

/**
 * The sentence about customers across their cases, beside the log's headline: how many cases a
 * customer's journey holds, the hand-offs it sees across them, and the share of cases that are
 * returns (opened within the return window after another case of the same customer ended).
 * `noun` names the customer (`patient`, `citizen`).
 *
 * @example
 * customerHeadline(analyseLog(helpdesk).customers!);
 * // "397 customers came with 4,580 cases: a customer's journey holds 11.6 cases (median 5) and sees
 * //  27.6 hand-offs across them; 25.3 % of cases are returns, opened within 7 days after another
 * //  case of the same customer ended."
 */
export function customerHeadline(report: CustomerReport, noun = "customer"): string {
  const r = report;
  if (r.journeys === 0) return `No case names a ${noun}.`;
  const cases = r.cases;
  const journey = r.journeyGapMinutes === null ? `a ${noun}'s journey` : `a ${noun}'s journey (cut after ${formatDuration(r.journeyGapMinutes)} away)`;
  const plural = r.customers === 1 ? noun : `${noun}s`;
  return (
    `${count(r.customers)} ${plural} came with ${count(cases)} case${cases === 1 ? "" : "s"}: ${journey} holds ${decimal(r.casesPerJourney.mean)} cases ` +
    `(median ${decimal(r.casesPerJourney.median)}) and sees ${decimal(r.handoffs / r.journeys)} hand-offs across them; ` +
    `${percent(r.returnShare)} of cases are returns, opened within ${formatDuration(r.returnWindowMinutes)} after another case of the same ${noun} ended.`
  );
}
