import type { LogMapping } from "../logs/read-event-log.js";
import type { DuckDBLogOptions } from "./duckdb-log-options.js";
import { duckdbMine } from "./duckdb-mine.js";
import type { LogAggregateRow } from "./log-aggregate-row.js";

/**
 * Computes the aggregate of `logAggregateSql` in DuckDB from a CSV or Parquet file, or a table
 * of a DuckDB database, without ever holding the events in Node: DuckDB reads the file once,
 * keeps its row order (so that ties in time keep file order, as in `readEventLog`), and returns
 * only the aggregate rows, for `logReportFromAggregate`. Needs the optional dependency
 * `@duckdb/node-api`. XES is not read this way: convert it, or use `readEventLog`.
 *
 * @example
 * const rows = await duckdbLogAggregate("sepsis.csv", {
 *   case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"],
 * }, { delimiter: ";" });
 * logReportFromAggregate(rows).cases; // 1050
 */
export async function duckdbLogAggregate(path: string, mapping: LogMapping, options: DuckDBLogOptions = {}): Promise<LogAggregateRow[]> {
  // the model's counts come from the same sorted events: small, and the report's own steps make most of them
  return (await duckdbMine(path, mapping, { ...options, history: 0, maxTransitions: Number.MAX_SAFE_INTEGER })).aggregate;
}
