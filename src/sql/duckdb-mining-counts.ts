import type { CountMiningOptions } from "../mining/count-mining.js";
import type { MiningCounts } from "../mining/mining-counts.js";
import type { LogMapping } from "../logs/read-event-log.js";
import { queryDuckDBEvents, type DuckDBLogOptions } from "./duckdb-log-aggregate.js";
import { miningCountsFromAggregate, type MiningAggregateRow } from "./mining-counts-from-aggregate.js";
import { miningCountsQuery } from "./mining-counts-sql.js";

/**
 * The `MiningCounts` of `countMining`, computed by DuckDB from a CSV or Parquet file or a
 * DuckDB table without holding the events in Node (see `duckdbLogAggregate` for the reading);
 * `serviceFromCounts` makes the mined model from them. Start times are not read: all time is
 * waiting. Needs the optional dependency `@duckdb/node-api`.
 *
 * @example
 * const counts = await duckdbMiningCounts("events.parquet", mapping, { history: 2, memoryLimit: "2GB" });
 * const service = serviceFromCounts(counts, { id: "contacts" });
 */
export async function duckdbMiningCounts(path: string, mapping: LogMapping, options: DuckDBLogOptions & CountMiningOptions = {}): Promise<MiningCounts> {
  const mining = { ...(options.history !== undefined && { history: options.history }), ...(options.missingDepartment !== undefined && { missingDepartment: options.missingDepartment }) };
  const { rows } = await queryDuckDBEvents(path, mapping, options, (events) => miningCountsQuery(events, { dialect: "duckdb", ...mining, unit: options.unit, journeyGap: options.journeyGap }));
  return miningCountsFromAggregate(rows as unknown as MiningAggregateRow[], mining);
}
