import { decodeText } from "./decode-text.js";
import { EventLogError } from "./event-log-error.js";
import type { EventLog } from "./event-log.js";
import { gunzipIfCompressed } from "./gunzip-if-compressed.js";
import { byteChunks, type EventLogSource } from "./log-source.js";
import { OcelLogBuilder, type OcelMapping } from "./ocel-log-builder.js";
import { readOcelJson } from "./read-ocel-json.js";
import { readOcelSqlite } from "./read-ocel-sqlite.js";
import { readOcelXml } from "./read-ocel-xml.js";
import { timestampParser, type TimestampParser } from "./timestamp-parser.js";

/**
 * How an OCEL log is read; every field is optional.
 *
 * @example
 * await readOcel(stream, mapping, { format: "xml", skipBadRows: true });
 */
export interface ReadOcelOptions {
  /** `json`, `xml` or `sqlite`; by default recognised by the content (gzip too). */
  format?: "json" | "xml" | "sqlite";
  /** A pattern or a function for times that are not ISO 8601 (see `timestampParser`). */
  timestampFormat?: string | TimestampParser;
  /** Count and skip events with a bad time instead of failing on the first. */
  skipBadRows?: boolean;
  /** Called after each chunk of the source with the bytes read (before decompression) and the events read. */
  onProgress?: (progress: { bytes: number; events: number }) => void;
}

/** The first bytes of an SQLite database file. */
const SQLITE_MAGIC = "SQLite format 3\u0000";

/**
 * Tells an OCEL 2.0 log's format from its first (decompressed) bytes: SQLite's header, `{`
 * (JSON) or `<` (XML), after a byte-order mark and blanks; `null` when it is none of these.
 *
 * @example
 * ocelFormat(new TextEncoder().encode('{"objectTypes": []}')); // "json"
 */
export function ocelFormat(head: Uint8Array): "json" | "xml" | "sqlite" | null {
  let i = 0;
  if (head.length >= 16 && String.fromCharCode(...head.subarray(0, 16)) === SQLITE_MAGIC) return "sqlite";
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return head[i] === 0x7b ? "json" : head[i] === 0x3c ? "xml" : null;
}

/** The first chunk (at least 16 bytes when there are) and all the chunks again. */
async function peek(chunks: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  while (size < 64) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    size += next.value.length;
  }
  const head = new Uint8Array(size);
  let at = 0;
  for (const s of seen) {
    head.set(s, at);
    at += s.length;
  }
  async function* all() {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, chunks: all() };
}

async function* textOf(source: string): AsyncGenerator<string> {
  for (let i = 0; i < source.length; i += 1 << 20) yield source.slice(i, i + (1 << 20));
}

/**
 * Reads an object-centric event log (OCEL 2.0: JSON or XML as a stream, SQLite through sql.js,
 * each plain or gzip-compressed, recognised by content) into an `EventLog` with customers:
 * the activity is the event type, the time the event's time; each event goes into the case of
 * each related object of `case` (or a case of its own when it has none), with every related
 * object of `customer` as its customers and the `department` attribute or related object as
 * its department. Ties in time keep the file's order. Bad OCEL — an event relating an object
 * the log does not have, a missing or undeclared type, a time that cannot be read — is an
 * `EventLogError` naming the event's id.
 *
 * @example
 * const log = await readOcel(createReadStream("service.jsonocel"), { customer: "citizen", case: "application", department: "office" });
 * analyseLog(log).customers?.returns; // 3
 */
export async function readOcel(source: EventLogSource, mapping: OcelMapping, options: ReadOcelOptions = {}): Promise<EventLog> {
  if (mapping === null || typeof mapping !== "object" || typeof mapping.customer !== "string" || mapping.customer === "") {
    throw new EventLogError("mapping_required", "readOcel needs the object type of the customers (mapping customer, --customer-type)");
  }
  if (options.format !== undefined && !["json", "xml", "sqlite"].includes(options.format)) {
    throw new EventLogError("bad_option", `unknown OCEL format ${JSON.stringify(options.format)}: use "json", "xml" or "sqlite"`);
  }
  let parseTime: TimestampParser;
  try {
    parseTime = timestampParser(options.timestampFormat);
  } catch (e) {
    throw new EventLogError("bad_option", `${(e as Error).message}: use YYYY, MM, DD, HH, mm, ss, SSS and Z`);
  }
  const timestampHint = typeof options.timestampFormat === "string" ? `the format ${JSON.stringify(options.timestampFormat)}` : "ISO 8601 (2014-10-22T11:15:41+02:00); set timestampFormat (--timestamp-format) for other layouts";
  const builder = new OcelLogBuilder(mapping, { parseTime, timestampHint, skipBadRows: options.skipBadRows ?? false });
  const department = mapping.department;
  if (typeof source === "string") {
    const format = options.format ?? (source.trimStart().replace(/^\uFEFF/, "").startsWith("<") ? "xml" : "json");
    if (format === "sqlite") throw new EventLogError("bad_option", "an OCEL SQLite database is bytes, not text: pass a Uint8Array or a stream");
    await (format === "xml" ? readOcelXml : readOcelJson)(textOf(source), builder, department);
    return builder.build();
  }
  let bytes = 0;
  const counted = async function* () {
    for await (const chunk of byteChunks(source)) {
      yield chunk;
      options.onProgress?.({ bytes: (bytes += chunk.length), events: builder.events });
    }
  };
  const { head, chunks } = await peek(gunzipIfCompressed(counted()));
  const format = options.format ?? ocelFormat(head);
  if (format === null) {
    throw new EventLogError("not_ocel", "not an OCEL 2.0 log: the content is neither JSON ({…}), XML (<log>…) nor an SQLite database; set format if it is one");
  }
  if (format === "sqlite") await readOcelSqlite(chunks, builder, department);
  else await (format === "xml" ? readOcelXml : readOcelJson)(decodeText(chunks, "utf-8"), builder, department);
  return builder.build();
}
