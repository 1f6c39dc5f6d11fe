/**
 * One row of the aggregate that `logAggregateSql` computes (columns `LOG_AGGREGATE_COLUMNS`).
 * Numbers may arrive as numbers, bigints or decimal strings, as database drivers and CSV or
 * JSON exports give them.
 *
 * @example
 * const row: LogAggregateRow = { part: "total", name: "cases", next_name: null, n: 1050, micros: null, median_micros: null, rank: null, position: null };
 */
export interface LogAggregateRow {
  /** `total`, `handoff`, `follows`, `variant` or `minutes`. */
  part: string;
  name: string | null;
  next_name: string | null;
  n: AggregateNumber;
  micros: AggregateNumber;
  median_micros: AggregateNumber;
  rank: AggregateNumber;
  position: AggregateNumber;
}

/** A number as a driver or an export gives it; `null` where the row's part has none. */
export type AggregateNumber = number | bigint | string | null;
