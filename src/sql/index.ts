/**
 * Logs too big for one machine (or kept in a warehouse): hukka's log aggregation as SQL for
 * DuckDB, PostgreSQL, Spark and BigQuery, DuckDB as an engine for CSV and Parquet files, and
 * the pure step from the aggregate rows to the `LogReport`. Loads DuckDB only when
 * `duckdbLogAggregate` runs (the optional dependency `@duckdb/node-api`).
 *
 * @module hukka/sql
 */
export { sqlDialects } from "./sql-dialects.js";
export type { SqlDialect, SqlDialectName } from "./sql-dialects.js";
export type { SqlLogMapping } from "./sql-log-mapping.js";
export { logAggregateSql, LOG_AGGREGATE_COLUMNS } from "./log-aggregate-sql.js";
export type { LogAggregateSqlOptions } from "./log-aggregate-sql.js";
export type { LogAggregateRow, AggregateNumber } from "./log-aggregate-row.js";
export { logReportFromAggregate } from "./log-report-from-aggregate.js";
export { duckdbLogAggregate } from "./duckdb-log-aggregate.js";
export type { DuckDBLogOptions } from "./duckdb-log-aggregate.js";
