import { NO_CUSTOMER, type EventLog } from "../logs/event-log.js";

/**
 * Which customers each case belongs to, and each customer's cases: a case belongs to every
 * customer one of its events names (an event without a customer takes its case's), so a case
 * whose events name two customers belongs to both. Offsets in the manner of `caseStart`.
 *
 * @example
 * // case 0 names customer 0 only, case 1 names customers 0 and 1
 * const { customers, customerOf } = caseCustomers(log);
 * Array.from(customers.subarray(customerOf[1], customerOf[2])); // [0, 1]
 */
export interface CaseCustomers {
  /** `cases + 1` offsets into `customers`. */
  customerOf: Uint32Array;
  /** The customers of each case, in the order its events first name them. */
  customers: Uint32Array;
  /** `log.customers.length + 1` offsets into `cases`. */
  caseOf: Uint32Array;
  /** The cases of each customer, in case order (first appearance in the log). */
  cases: Uint32Array;
  /** Cases whose events name more than one customer. */
  casesWithSeveralCustomers: number;
  /** Cases no event of which names a customer. */
  casesWithoutCustomer: number;
  /** Events that name more than one customer (OCEL). */
  eventsWithSeveralCustomers: number;
}

/**
 * The case–customer relation of a log read with a customer mapping; `null` for a log without one.
 *
 * @example
 * caseCustomers(helpdesk)!.casesWithSeveralCustomers; // 7
 */
export function caseCustomers(log: EventLog): CaseCustomers | null {
  const { customer, caseStart } = log;
  if (customer === undefined || customer === null || log.customers === undefined) return null;
  const more = log.moreCustomers ?? null;
  const caseCount = log.cases.length;
  const customerOf = new Uint32Array(caseCount + 1);
  const pairs: number[] = [];
  let several = 0;
  let without = 0;
  const seen: number[] = [];
  for (let c = 0; c < caseCount; c++) {
    seen.length = 0;
    for (let i = caseStart[c]!; i < caseStart[c + 1]!; i++) {
      const k = customer[i]!;
      if (k !== NO_CUSTOMER && !seen.includes(k)) seen.push(k);
      const others = more?.get(i);
      if (others !== undefined) for (const o of others) if (!seen.includes(o)) seen.push(o);
    }
    if (seen.length > 1) several++;
    if (seen.length === 0) without++;
    for (const k of seen) pairs.push(k);
    customerOf[c + 1] = pairs.length;
  }
  const customers = Uint32Array.from(pairs);
  // Counting sort of the pairs by customer: each customer's cases stay in case order.
  const customerCount = log.customers.length;
  const caseOf = new Uint32Array(customerCount + 1);
  for (const k of customers) caseOf[k + 1]!++;
  for (let k = 0; k < customerCount; k++) caseOf[k + 1]! += caseOf[k]!;
  const next = caseOf.slice(0, customerCount);
  const cases = new Uint32Array(customers.length);
  for (let c = 0; c < caseCount; c++) {
    for (let p = customerOf[c]!; p < customerOf[c + 1]!; p++) cases[next[customers[p]!]!++] = c;
  }
  const eventsWithSeveralCustomers = log.eventsWithSeveralCustomers ?? 0;
  return { customerOf, customers, caseOf, cases, casesWithSeveralCustomers: several, casesWithoutCustomer: without, eventsWithSeveralCustomers };
}
