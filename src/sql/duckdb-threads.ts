import { statSync } from "node:fs";

/**
 * A log file smaller than this many bytes (8 MB, about 30,000 events of CSV) is read by one
 * DuckDB thread unless `threads` is given: on such a file a second thread costs more CPU than
 * it saves time (docs/decisions/sql.md).
 *
 * @example
 * ONE_THREAD_BYTES; // 8388608
 */
export const ONE_THREAD_BYTES = 8 * 1024 * 1024;

/**
 * DuckDB's `threads` for a log: the caller's `threads`; else 1 for a file under
 * `ONE_THREAD_BYTES`; else undefined (DuckDB's own default, one per core) — also for a table of
 * a DuckDB database and for a path that cannot be read (DuckDB's own error says why). Not part
 * of the public API.
 *
 * @example
 * duckdbThreads("small.csv", {}); // 1
 * duckdbThreads("small.csv", { threads: 4 }); // 4
 * duckdbThreads("events", { database: "warehouse.duckdb" }); // undefined
 */
export function duckdbThreads(path: string, options: { threads?: number; database?: string }): number | undefined {
  if (options.threads !== undefined) return options.threads;
  if (options.database !== undefined) return undefined;
  try {
    return statSync(path).size < ONE_THREAD_BYTES ? 1 : undefined;
  } catch {
    return undefined;
  }
}
