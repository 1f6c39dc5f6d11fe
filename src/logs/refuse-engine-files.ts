import { EventLogError } from "./event-log-error.js";

/** Bytes enough to see a file's magic number: Parquet's at 0, DuckDB's at 8. */
const MAGIC_BYTES = 12;
const ascii = (bytes: Uint8Array, from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));

/**
 * Hands on the bytes of a log, first refusing a Parquet file (`PAR1` at the start) or a DuckDB
 * database (`DUCK` at byte 8): neither is text, and read as text either would be called "not
 * valid UTF-8" with the wrong fix. The error (`needs_duckdb`) says to read it through DuckDB.
 *
 * @example
 * for await (const chunk of refuseEngineFiles(bytes)) chunk; // throws on a Parquet file
 */
export async function* refuseEngineFiles(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  while (length < MAGIC_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    length += next.value.length;
  }
  const head = new Uint8Array(Math.min(length, MAGIC_BYTES));
  let at = 0;
  for (const chunk of seen) {
    if (at >= head.length) break;
    const part = chunk.subarray(0, head.length - at);
    head.set(part, at);
    at += part.length;
  }
  const kind = head.length >= 4 && ascii(head, 0) === "PAR1" ? "a Parquet file" : head.length >= 12 && ascii(head, 8) === "DUCK" ? "a DuckDB database" : null;
  if (kind !== null) throw new EventLogError("needs_duckdb", `this is ${kind}, not a CSV or XES log`, {}, ["engine_duckdb"]);
  yield* seen;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}
