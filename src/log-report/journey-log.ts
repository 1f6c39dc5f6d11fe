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
  // Names numbered by first appearance, as a log read from a file holding the journeys one after
  // the other, each journey's cases in log order, would number them (the SQL route numbers them so).
  const renumber = (column: Uint32Array, names: readonly string[]) => {
    const index = new Int32Array(names.length).fill(-1);
    const order: string[] = [];
    for (let j = 0; j + 1 < journeys.caseStart.length; j++) {
      // the journey's cases in the order they appear in the log, as its events' ties are broken
      const cases = Array.from(journeys.cases.subarray(journeys.caseStart[j]!, journeys.caseStart[j + 1]!)).sort((a, b) => a - b);
      for (const c of cases) {
        for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
          const v = column[i]!;
          if (v < names.length && index[v] === -1) index[v] = order.push(names[v]!) - 1;
        }
      }
    }
    const out = new Uint32Array(n);
    for (let e = 0; e < n; e++) {
      const v = column[events[e]!]!;
      out[e] = v < names.length ? index[v]! : v; // MISSING_DEPARTMENT stays itself
    }
    return { out, order };
  };
  const activity = renumber(log.activity, log.activities);
  const department = renumber(log.department, log.departments);
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
    activities: activity.order,
    departments: department.order,
    caseStart: eventStart,
    activity: activity.out,
    department: department.out,
    time: pick(log.time, (m) => new Float64Array(m)),
    start: log.start ? pick(log.start, (m) => new Float64Array(m)) : null,
    skipped: log.skipped,
    skippedProblems: log.skippedProblems,
    customers: log.customers!,
    customer,
    moreCustomers: null,
  };
}
