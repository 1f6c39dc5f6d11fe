import type { LogEncoding } from "../logs/decode-text.js";
import type { SqlUnitOptions } from "./journey-steps.js";

/**
 * Options of `duckdbLogAggregate`; every field is optional.
 *
 * @example
 * await duckdbLogAggregate("events.parquet", mapping, { memoryLimit: "2GB", tempDirectory: "/tmp/hukka" });
 */
export interface DuckDBLogOptions extends SqlUnitOptions {
  /** `csv`, `parquet`, or `table` (a table or view of `database`); by default from the file name (`.parquet` is Parquet). */
  format?: "csv" | "parquet" | "table";
  /** A DuckDB database file to open (read-only), for `format: "table"`. */
  database?: string;
  /** CSV field delimiter; by default DuckDB's sniffer finds it. */
  delimiter?: string;
  /** CSV text encoding: UTF-8 (the default) or Latin-1. */
  encoding?: LogEncoding;
  /** A timestamp layout such as `DD.MM.YYYY HH:mm` for text timestamps (see `timestampParser`). */
  timestampFormat?: string;
  /** Count and skip rows with an empty case or activity or an unreadable timestamp instead of failing. */
  skipBadRows?: boolean;
  /** How many of the most frequent variants to list. */
  topVariants?: number;
  /** DuckDB's `memory_limit`, e.g. `"2GB"`; past it DuckDB spills to `tempDirectory`. */
  memoryLimit?: string;
  /** Where DuckDB spills what does not fit in `memoryLimit`. */
  tempDirectory?: string;
  /** DuckDB's worker threads; by default one for a file under 8 MB, else one per core. */
  threads?: number;
}
