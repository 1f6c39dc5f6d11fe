import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { EventLogError } from "../logs/event-log-error.js";
import { gunzipIfCompressed } from "../logs/gunzip-if-compressed.js";
import { detectDelimiter } from "../logs/read-csv-events.js";
import { readEventLog, type LogMapping } from "../logs/read-event-log.js";
import type { DuckDBLogOptions } from "./duckdb-log-options.js";

/** Past this many bytes without a line break the first line is not a header: the reader says so. */
const MAX_HEADER_BYTES = 1 << 20;

/**
 * A CSV log's header as the default engine reads it: its columns, in order, and the delimiter.
 * The header line goes through `readEventLog` first, so that a mapping the log does not fit
 * (a column it lacks, a mapped column named twice, a header that is not UTF-8) fails with the
 * default engine's own words. DuckDB then reads the columns by place: its own names would
 * rename a repeated column and treat two names that differ only in case as one.
 *
 * @example
 * await duckdbCsvHeader("sepsis.csv", mapping, { delimiter: ";" }); // { columns: ["Case ID", "Activity", …], delimiter: ";" }
 */
export async function duckdbCsvHeader(path: string, mapping: LogMapping, options: DuckDBLogOptions): Promise<{ columns: string[]; delimiter: string }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of readable(path)) {
    // \n, \r\n or a lone \r ends the header, as the default engine reads it
    const newline = chunk.indexOf(10);
    const cr = chunk.indexOf(13);
    const end = cr >= 0 && (newline < 0 || cr < newline) ? cr : newline;
    chunks.push(end < 0 ? chunk : chunk.subarray(0, end + 1));
    size += chunk.length;
    if (end >= 0 || size > MAX_HEADER_BYTES) break;
  }
  const bytes = Buffer.concat(chunks);
  // the header alone: a log without events is what a good header gives
  await readEventLog(new Uint8Array(bytes), mapping, {
    format: "csv",
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
    ...(options.encoding !== undefined && { encoding: options.encoding }),
  }).catch((e: unknown) => {
    if (!(e instanceof EventLogError && e.code === "empty_log")) throw e;
  });
  const latin = options.encoding !== undefined && !/^utf-?8$/i.test(options.encoding);
  const line = new TextDecoder(latin ? "latin1" : "utf-8").decode(bytes).replace(/^\uFEFF/, "").replace(/\r?\n$/, "").replace(/\r$/, "");
  const delimiter = options.delimiter ?? detectDelimiter(line);
  const columns = Papa.parse<string[]>(line, { delimiter, quoteChar: '"' }).data[0] ?? [];
  return { columns, delimiter };
}

/** The file's chunks; a file that cannot be opened is an `unreadable_log` in hukka's words. */
async function* readable(path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* gunzipIfCompressed(createReadStream(path, { highWaterMark: 1 << 16 }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined || e instanceof EventLogError) throw e;
    throw new EventLogError("unreadable_log", `DuckDB cannot read ${path} as csv: ${code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}
