/**
 * Where the events are and which columns hold what, for the aggregation in SQL.
 *
 * @example
 * const mapping: SqlLogMapping = {
 *   source: "analytics.contact_events",
 *   case: "case_id", activity: "activity", timestamp: "occurred_at", start: "started_at",
 *   department: "team", missing: ["EMPTY"], order: "event_id",
 * };
 */
export interface SqlLogMapping {
  /** The events: a table name as the engine reads it (qualified if need be), or a parenthesised query. */
  source: string;
  case: string;
  /** One column, or several joined with the separator (empty parts left out). */
  activity: string | readonly string[];
  /** A timestamp column (a time zone-less timestamp is read as UTC). */
  timestamp: string;
  /**
   * Optional: a timestamp column of the time work on the event started (NULL where unknown), for
   * service times; the mined model's states get them and waits run to the next event's start.
   */
  start?: string;
  /** Optional: without it no event has a department and nothing wanders. */
  department?: string;
  /** Optional: the column naming the customer, the partition key of `unit: "customer"` (an empty value or NULL: the case's). */
  customer?: string;
  /** Department values meaning "unknown" (e.g. `EMPTY`, `?`); an empty value or NULL always is. */
  missing?: readonly string[];
  /**
   * A whole-number column that orders events with the same timestamp, e.g. the row number in
   * the original file or an increasing event id: ties in time keep this order, as `readEventLog`
   * keeps file order. Without it, ties have no defined order.
   */
  order?: string;
}
