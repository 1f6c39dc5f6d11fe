/**
 * The department index of an event whose department is missing (empty or a `missing` marker).
 *
 * @example
 * const d = log.department[i];
 * const name = d === MISSING_DEPARTMENT ? null : log.departments[d];
 */
export const MISSING_DEPARTMENT = 0xffff_ffff;

/**
 * The customer index of an event that names no customer (it takes its case's).
 *
 * @example
 * const k = log.customer![i];
 * const name = k === NO_CUSTOMER ? null : log.customers![k];
 */
export const NO_CUSTOMER = 0xffff_ffff;

/**
 * An event log held in columns: memory grows with the events kept, never with the file's text.
 * Strings are interned: an event's case, activity and department are indices into the string
 * tables `cases`, `activities` and `departments`.
 *
 * Events are grouped by case, cases in the order of their first event in the file; within a
 * case events are ordered by time, and events with the same time keep their file order.
 * The events of case `c` are the indices `caseStart[c]` up to (not including) `caseStart[c + 1]`.
 *
 * @example
 * // the activities of case 0, in order
 * Array.from(log.activity.subarray(log.caseStart[0], log.caseStart[1]), (a) => log.activities[a]);
 * // ["ER Registration", "ER Triage", "ER Sepsis Triage"]
 */
export interface EventLog {
  /** Where the events came from. */
  readonly format: "csv" | "xes" | "ocel";
  /** The number of events kept. */
  readonly events: number;
  /** Case names (case ids); case `c` is `cases[c]`. */
  readonly cases: readonly string[];
  /** Activity names; joined from several columns or attributes when the mapping names several. */
  readonly activities: readonly string[];
  /** Department names; missing departments are not in this table. */
  readonly departments: readonly string[];
  /** `cases.length + 1` offsets into the event columns. */
  readonly caseStart: Uint32Array;
  /** Per event: index into `activities`. */
  readonly activity: Uint32Array;
  /** Per event: index into `departments`, or `MISSING_DEPARTMENT`. */
  readonly department: Uint32Array;
  /** Per event: milliseconds since 1970-01-01T00:00:00Z (the event's completion when it has a start). */
  readonly time: Float64Array;
  /**
   * Per event: when the work on it started, in milliseconds, or `NaN` for an event without a
   * start time; `null` when no event of the log has one (no start-timestamp column, no XES
   * `start` events). Events are ordered by `time`, not by start. Optional, so that a log built
   * elsewhere need not set it: absent is the same as `null`.
   */
  readonly start?: Float64Array | null;
  /** Customer names, when the log was read with a customer mapping (absent otherwise). */
  readonly customers?: readonly string[];
  /** Per event: index into `customers`, or `NO_CUSTOMER`; absent or `null` without a customer mapping. */
  readonly customer?: Uint32Array | null;
  /** Events that name more than one customer (OCEL): event index → the customers beyond `customer[i]`. */
  readonly moreCustomers?: ReadonlyMap<number, readonly number[]> | null;
  /** Source events that name more than one customer (OCEL), counted once however many cases hold them. */
  readonly eventsWithSeveralCustomers?: number;
  /** Bad rows or events skipped with `skipBadRows` (0 otherwise). */
  readonly skipped: number;
  /** The first problems skipped with `skipBadRows` (at most 10), each naming its place. */
  readonly skippedProblems: readonly string[];
}
