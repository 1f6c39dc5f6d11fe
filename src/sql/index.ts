/**
 * Logs too big for one machine (or kept in a warehouse): hukka's log aggregation as SQL for
 * DuckDB, PostgreSQL, Spark and BigQuery, DuckDB as an engine for CSV and Parquet files, and
 * the pure steps from the aggregate rows to the `LogReport` and to the mined model's
 * `MiningCounts`. Loads DuckDB only when
 * `duckdbLogAggregate` runs (the optional dependency `@duckdb/node-api`).
 *
 * @module hukka/sql
 */
export { sqlDialects } from "./sql-dialects.js";
export type { SqlDialect, SqlDialectName } from "./sql-dialects.js";
export type { SqlLogMapping } from "./sql-log-mapping.js";
export { logAggregateSql, LOG_AGGREGATE_COLUMNS } from "./log-aggregate-sql.js";
export type { LogAggregateSqlOptions } from "./log-aggregate-sql.js";
export type { SqlUnitOptions } from "./journey-steps.js";
export type { LogAggregateRow, AggregateNumber } from "./log-aggregate-row.js";
export { logReportFromAggregate } from "./log-report-from-aggregate.js";
export { duckdbLogAggregate } from "./duckdb-log-aggregate.js";
export type { DuckDBLogOptions } from "./duckdb-log-options.js";
export { miningCountsSql, MINING_AGGREGATE_COLUMNS } from "./mining-counts-sql.js";
export type { MiningCountsSqlOptions } from "./mining-counts-sql.js";
export { miningCountsFromAggregate } from "./mining-counts-from-aggregate.js";
export type { MiningAggregateRow } from "./mining-counts-from-aggregate.js";
export { duckdbMiningCounts } from "./duckdb-mining-counts.js";
export { duckdbMine, DUCKDB_MAX_TRANSITIONS } from "./duckdb-mine.js";
export type { DuckDBMineOptions, DuckDBMined } from "./duckdb-mine.js";
