import type { EventLog } from "../logs/event-log.js";
import { customerJourneys, type CustomerJourneysOptions } from "./customer-journeys.js";

/**
 * The log seen with the customer journey as the unit: one case per journey (named after its
 * customer, `#2`, `#3`… for a customer's later journeys), holding the events of the journey's
 * cases in journey order. Mining it (`unit: "customer"`, `--unit customer`) gives a model whose
 * fidelity holds per journey; `analyseLog` on it measures the journeys as it measures cases.
 * `null` for a log read without a customer mapping. The log is not changed.
 *
 * @example
 * const journeys = journeyLog(log, { journeyGap: 43200 })!;
 * journeys.cases; // ["Value 1", "Value 1 #2", "Value 2", …]
 * mineService(journeys); // the model of the customers' trips across their cases
 */
export function journeyLog(log: EventLog, options: CustomerJourneysOptions = {}): EventLog | null {
  const journeys = customerJourneys(log, options);
  if (journeys === null) return null;
  const { events, eventStart } = journeys;
  const n = events.length;
  const pick = <T extends Uint32Array | Float64Array>(column: T, make: (n: number) => T): T => {
    const out = make(n);
    for (let e = 0; e < n; e++) out[e] = column[events[e]!]!;
    return out;
  };
  const names: string[] = [];
  const customerOfJourney = journeys.customer;
  let nth = 0;
  for (let j = 0; j < customerOfJourney.length; j++) {
    const k = customerOfJourney[j]!;
    nth = j > 0 && customerOfJourney[j - 1] === k ? nth + 1 : 1;
    names.push(nth === 1 ? log.customers![k]! : `${log.customers![k]!} #${nth}`);
  }
  const customer = new Uint32Array(n);
  for (let j = 0; j < customerOfJourney.length; j++) customer.fill(customerOfJourney[j]!, eventStart[j]!, eventStart[j + 1]!);
  return {
    format: log.format,
    events: n,
    cases: names,
    activities: log.activities,
    departments: log.departments,
    caseStart: eventStart,
    activity: pick(log.activity, (m) => new Uint32Array(m)),
    department: pick(log.department, (m) => new Uint32Array(m)),
    time: pick(log.time, (m) => new Float64Array(m)),
    start: log.start ? pick(log.start, (m) => new Float64Array(m)) : null,
    skipped: log.skipped,
    skippedProblems: log.skippedProblems,
    customers: log.customers!,
    customer,
    moreCustomers: null,
  };
}
