import { createReadStream } from "node:fs";
import { EventLogError } from "../logs/event-log-error.js";
import { readEventLog, type LogMapping } from "../logs/read-event-log.js";
import type { DuckDBLogOptions } from "./duckdb-log-options.js";

/**
 * Reads a CSV log with the default engine to fail as it fails: where DuckDB found a row the
 * default engine refuses, this throws the default engine's own error (its words, its line
 * number: quoted line breaks and blank lines counted), prefixed with the path. Returns quietly
 * when the default engine reads the file. The events read stay in this process only until the
 * first error, so this runs only once DuckDB has found a bad row. Not part of the public API.
 *
 * @example
 * await checkWithDefaultEngine("events.csv", mapping, { skipBadRows: false }); // throws "events.csv: line 7: 5 fields where the header has 4: …"
 */
export async function checkWithDefaultEngine(path: string, mapping: LogMapping, options: DuckDBLogOptions): Promise<void> {
  try {
    await readEventLog(createReadStream(path, { highWaterMark: 1 << 20 }), mapping, {
      format: "csv",
      ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
      ...(options.encoding !== undefined && { encoding: options.encoding }),
      ...(options.timestampFormat !== undefined && { timestampFormat: options.timestampFormat }),
      ...(options.skipBadRows !== undefined && { skipBadRows: options.skipBadRows }),
    });
  } catch (e) {
    if (e instanceof EventLogError) throw new EventLogError(e.code, `${path}: ${e.problem}`, e.place, e.fixes);
    throw e;
  }
}
