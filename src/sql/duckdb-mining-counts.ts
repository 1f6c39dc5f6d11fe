import type { CountMiningOptions } from "../mining/count-mining.js";
import type { MiningCounts } from "../mining/mining-counts.js";
import type { LogMapping } from "../logs/read-event-log.js";
import type { DuckDBLogOptions } from "./duckdb-log-options.js";
import { duckdbMine } from "./duckdb-mine.js";

/**
 * The `MiningCounts` of `countMining`, computed by DuckDB from a CSV or Parquet file or a
 * DuckDB table without holding the events in Node (see `duckdbLogAggregate` for the reading);
 * `serviceFromCounts` makes the mined model from them. A start-timestamp column in the mapping
 * gives service times, as in `countMining`. Needs the optional dependency `@duckdb/node-api`.
 *
 * @example
 * const counts = await duckdbMiningCounts("events.parquet", mapping, { history: 2, memoryLimit: "2GB" });
 * const service = serviceFromCounts(counts, { id: "contacts" });
 */
export async function duckdbMiningCounts(path: string, mapping: LogMapping, options: DuckDBLogOptions & CountMiningOptions = {}): Promise<MiningCounts> {
  return (await duckdbMine(path, mapping, { ...options, maxTransitions: Number.MAX_SAFE_INTEGER })).counts!;
}
