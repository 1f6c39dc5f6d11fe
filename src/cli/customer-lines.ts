import { formatDuration } from "../analysis/format-duration.js";
import { customerHeadline } from "../log-report/customer-headline.js";
import type { CustomerReport } from "../log-report/customer-report.js";

const count = (n: number) => n.toLocaleString("en");

/**
 * What `hukka mine` prints about customers across their cases: the customer headline, then the
 * journeys' figures.
 *
 * @example
 * customerLines(analyseLog(log).customers!);
 * // "397 customers came with 4,580 cases: …\n\ncustomer journeys: 397 of 397 customers, one per customer; …"
 */
export function customerLines(r: CustomerReport): string {
  const per = (x: number) => (r.journeys === 0 ? "0" : (x / r.journeys).toFixed(2));
  const gap = r.journeyGapMinutes === null ? "one per customer" : `cut after ${formatDuration(r.journeyGapMinutes)} away`;
  const lines = [
    customerHeadline(r),
    "",
    `customer journeys: ${count(r.journeys)} of ${count(r.customers)} customers, ${gap}; cases per journey: mean ${r.casesPerJourney.mean.toFixed(2)}, median ${r.casesPerJourney.median}, max ${count(r.casesPerJourney.max)}`,
    `across cases: ${count(r.handoffs)} hand-offs (${per(r.handoffs)} per journey), ${count(r.pingPongs)} ping-pongs (${per(r.pingPongs)}), ${count(r.revisits)} revisits (${per(r.revisits)}); ${count(r.concurrentJourneys)} journeys with cases open at the same time`,
    `returns: ${count(r.returns)} cases (${(100 * r.returnShare).toFixed(1)}%) start within ${formatDuration(r.returnWindowMinutes)} after another case of the same customer ended`,
  ];
  if (r.journeyMinutes.meanMinutes !== null) lines.push(`journey duration: median ${formatDuration(r.journeyMinutes.medianMinutes!)}, mean ${formatDuration(r.journeyMinutes.meanMinutes)}`);
  const shared: string[] = [];
  if (r.casesWithSeveralCustomers > 0) shared.push(`${count(r.casesWithSeveralCustomers)} cases name several customers`);
  if (r.eventsWithSeveralCustomers > 0) shared.push(`${count(r.eventsWithSeveralCustomers)} events are linked to several customers`);
  if (shared.length > 0) lines.push(`${shared.join("; ")}: each counts in every one's journey`);
  if (r.casesWithoutCustomer > 0) lines.push(`${count(r.casesWithoutCustomer)} cases name no customer and are in no journey`);
  return lines.join("\n") + "\n";
}
