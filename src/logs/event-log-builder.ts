import { NO_CUSTOMER, type EventLog } from "./event-log.js";
import { StringTable } from "./string-table.js";

/**
 * Collects events in file order into growable typed columns and interned string tables, then
 * `build()`s the columnar `EventLog`: grouped by case, each case ordered by time with ties in
 * file order. Readers feed it; it is not part of the public API.
 */
export class EventLogBuilder {
  readonly cases = new StringTable();
  readonly activities = new StringTable();
  readonly departments = new StringTable();
  readonly customers = new StringTable();
  /** Per event: the customer, made when the first event with one arrives (NO_CUSTOMER for the events without). */
  private customer: Uint32Array | null = null;
  /** Events that name several customers: file-order index → the customers beyond the first. */
  private readonly moreCustomers = new Map<number, readonly number[]>();
  private caseOf = new Uint32Array(1024);
  private activity = new Uint32Array(1024);
  private department = new Uint32Array(1024);
  private time = new Float64Array(1024);
  /** Start times, made when the first event with one arrives (NaN for the events without). */
  private start: Float64Array | null = null;
  private count = 0;
  skipped = 0;
  readonly skippedProblems: string[] = [];

  get events(): number {
    return this.count;
  }

  /**
   * Adds one event; `department` is an index into `departments` or `MISSING_DEPARTMENT`, `time`
   * (and `start`, when the event has one) in ms.
   */
  add(caseIndex: number, activity: number, department: number, time: number, start = Number.NaN, customer = NO_CUSTOMER, moreCustomers?: readonly number[]): void {
    if (this.count === this.time.length) this.grow();
    const i = this.count++;
    this.caseOf[i] = caseIndex;
    this.activity[i] = activity;
    this.department[i] = department;
    this.time[i] = time;
    if (!Number.isNaN(start) && this.start === null) this.start = new Float64Array(this.time.length).fill(Number.NaN);
    if (this.start !== null) this.start[i] = start;
    if (customer !== NO_CUSTOMER && this.customer === null) this.customer = new Uint32Array(this.time.length).fill(NO_CUSTOMER);
    if (this.customer !== null) this.customer[i] = customer;
    if (moreCustomers !== undefined && moreCustomers.length > 0) this.moreCustomers.set(i, moreCustomers);
  }

  skip(problem: string): void {
    this.skipped++;
    if (this.skippedProblems.length < 10) this.skippedProblems.push(problem);
  }

  private grow(): void {
    const size = this.time.length * 2;
    const u32 = (old: Uint32Array) => {
      const next = new Uint32Array(size);
      next.set(old);
      return next;
    };
    this.caseOf = u32(this.caseOf);
    this.activity = u32(this.activity);
    this.department = u32(this.department);
    const time = new Float64Array(size);
    time.set(this.time);
    this.time = time;
    if (this.start !== null) {
      const start = new Float64Array(size).fill(Number.NaN);
      start.set(this.start);
      this.start = start;
    }
    if (this.customer !== null) {
      const customer = new Uint32Array(size).fill(NO_CUSTOMER);
      customer.set(this.customer);
      this.customer = customer;
    }
  }

  /** The columnar log; `withCustomers` (a customer mapping was given) adds the customer columns even when no event named one. */
  build(format: EventLog["format"], withCustomers = false): EventLog {
    const n = this.count;
    const caseCount = this.cases.size;
    // Counting sort by case keeps file order within a case (stable).
    const caseStart = new Uint32Array(caseCount + 1);
    for (let i = 0; i < n; i++) caseStart[this.caseOf[i]! + 1]!++;
    for (let c = 0; c < caseCount; c++) caseStart[c + 1]! += caseStart[c]!;
    const next = caseStart.slice(0, caseCount);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[next[this.caseOf[i]!]!++] = i;
    // Then order each case by time; Array.prototype.sort is stable, so ties keep file order.
    const time = this.time;
    for (let c = 0; c < caseCount; c++) {
      const from = caseStart[c]!;
      const to = caseStart[c + 1]!;
      let sorted = true;
      for (let k = from + 1; k < to && sorted; k++) sorted = time[order[k - 1]!]! <= time[order[k]!]!;
      if (sorted) continue;
      const events = Array.from(order.subarray(from, to)).sort((a, b) => time[a]! - time[b]!);
      order.set(events, from);
    }
    const activity = new Uint32Array(n);
    const department = new Uint32Array(n);
    const times = new Float64Array(n);
    const starts = this.start === null ? null : new Float64Array(n);
    const customers = withCustomers ? new Uint32Array(n).fill(NO_CUSTOMER) : null;
    const more = withCustomers && this.moreCustomers.size > 0 ? new Map<number, readonly number[]>() : null;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      activity[k] = this.activity[i]!;
      department[k] = this.department[i]!;
      times[k] = time[i]!;
      if (starts !== null) starts[k] = this.start![i]!;
      if (customers !== null && this.customer !== null) customers[k] = this.customer[i]!;
      const others = more === null ? undefined : this.moreCustomers.get(i);
      if (others !== undefined) more!.set(k, others);
    }
    return {
      format,
      events: n,
      cases: this.cases.values,
      activities: this.activities.values,
      departments: this.departments.values,
      caseStart,
      activity,
      department,
      time: times,
      start: starts,
      skipped: this.skipped,
      skippedProblems: this.skippedProblems,
      ...(withCustomers && { customers: this.customers.values, customer: customers, moreCustomers: more }),
    };
  }
}
