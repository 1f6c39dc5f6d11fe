import { decodeText, ENCODINGS, type LogEncoding } from "./decode-text.js";
import { EventLogBuilder } from "./event-log-builder.js";
import { EventLogError } from "./event-log-error.js";
import type { EventLog } from "./event-log.js";
import { gunzipIfCompressed } from "./gunzip-if-compressed.js";
import { byteChunks, type EventLogSource } from "./log-source.js";
import { readCsvEvents } from "./read-csv-events.js";
import { readXesEvents } from "./read-xes-events.js";
import { refuseEngineFiles } from "./refuse-engine-files.js";
import type { ReaderConfig } from "./reader-config.js";
import { isoTimestampBytes, timestampParser, type TimestampParser } from "./timestamp-parser.js";
import { utf8Chunks } from "./utf8-chunks.js";
import { isTimeZone } from "./zone-clock.js";
import { zonedTimestamps } from "./zoned-timestamps.js";

/**
 * Which columns (CSV) or attributes (XES) hold what. For XES every field has a default: the
 * case is the trace's `concept:name`, the activity the event's `concept:name`, the timestamp
 * `time:timestamp`. A CSV log needs `case`, `activity` and `timestamp`.
 *
 * @example
 * const mapping: LogMapping = {
 *   case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp",
 *   department: "org:group", missing: ["?"],
 * };
 */
export interface LogMapping {
  case?: string;
  /** One column, or several joined with `activitySeparator` (empty parts left out). */
  activity?: string | readonly string[];
  timestamp?: string;
  /**
   * CSV only, optional: the column of the time the work on the event started (same formats as
   * the timestamp; an empty value means the event has no start). With start times the mined
   * model's touchpoints get their service time. XES logs carry start times as events with
   * `lifecycle:transition` `start`, paired with the next `complete` of the same activity.
   */
  startTimestamp?: string;
  /** Optional: without it no event has a department and nothing wanders. */
  department?: string;
  /** Department values meaning "unknown" (e.g. `EMPTY`, `?`); an empty value always is. */
  missing?: readonly string[];
  /**
   * Optional: the column (CSV) or attribute (XES: the event's, else its trace's) naming the
   * customer. With it `analyseLog` follows customers across their cases (`customers`).
   */
  customer?: string;
}

/**
 * How the log is read; every field is optional (see `DEFAULTS`).
 *
 * @example
 * await readEventLog(stream, mapping, { delimiter: ";", encoding: "latin1", skipBadRows: true });
 */
export interface ReadEventLogOptions {
  /** `csv` or `xes`; by default XES when the text starts with `<`, CSV otherwise. */
  format?: "csv" | "xes";
  /** CSV field delimiter; by default the one of `, ; \t |` found most often in the header line. */
  delimiter?: string;
  encoding?: LogEncoding;
  /** A pattern such as `DD.MM.YYYY HH:mm` or a function (see `timestampParser`). */
  timestampFormat?: string | TimestampParser;
  /**
   * The IANA time zone of timestamps that carry no offset, read exactly across daylight-saving
   * changes (default: UTC); give a calendar's `timezone` to measure working time. Timestamps
   * with an offset keep it; a function `timestampFormat` is used as is.
   */
  timezone?: string;
  /** Joins several activity columns or attributes. */
  activitySeparator?: string;
  /** Count and skip bad rows / events instead of failing on the first. */
  skipBadRows?: boolean;
  /** Called after each chunk of the source with the bytes read (before decompression) and the events kept. */
  onProgress?: (progress: { bytes: number; events: number }) => void;
}

const DEFAULTS = {
  encoding: "utf-8" as LogEncoding,
  activitySeparator: "+",
  skipBadRows: false,
  xes: { case: "concept:name", activity: ["concept:name"], timestamp: "time:timestamp" },
};

const TEXT_SLICE = 1 << 20;

async function* sliced(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += TEXT_SLICE) yield text.slice(i, i + TEXT_SLICE);
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onChunk: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of chunks) {
    yield chunk;
    onChunk((bytes += chunk.length));
  }
}

/** Whether a log's text starts like XML (after a byte-order mark and blanks): then it is read as XES. */
function looksLikeXml(text: string): boolean | null {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return start === "" ? null : start.startsWith("<");
}

/** Looks at the first bytes to tell XES from CSV; hands on every chunk. */
async function peekFormat(chunks: AsyncIterable<Uint8Array>, encoding: LogEncoding): Promise<{ format: "csv" | "xes"; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  const decoder = new TextDecoder(encoding);
  let head = "";
  let xml: boolean | null = null;
  while (xml === null) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    // the first bytes tell, unless they are all blanks: a large first chunk is not decoded whole
    xml = head === "" ? looksLikeXml(new TextDecoder(encoding).decode(next.value.subarray(0, 256))) : null;
    if (xml === null) xml = looksLikeXml((head += decoder.decode(next.value, { stream: true })));
  }
  async function* all() {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format: xml ? "xes" : "csv", chunks: all() };
}

function validate(options: ReadEventLogOptions): void {
  const bad = (message: string) => new EventLogError("bad_option", message);
  if (options.encoding !== undefined && !ENCODINGS.includes(options.encoding)) {
    throw bad(`unknown encoding ${JSON.stringify(options.encoding)}: use one of ${ENCODINGS.join(", ")}`);
  }
  if (options.delimiter !== undefined && (options.delimiter === "" || /["\r\n]/.test(options.delimiter))) {
    throw bad(`invalid delimiter ${JSON.stringify(options.delimiter)}: use a character such as "," ";" or "\\t"`);
  }
  if (options.format !== undefined && options.format !== "csv" && options.format !== "xes") {
    throw bad(`unknown format ${JSON.stringify(options.format)}: use "csv" or "xes"`);
  }
}

/**
 * Reads an event log (CSV or XES, plain or gzip-compressed) as a stream into a columnar
 * `EventLog`: memory grows with the events kept, not with the file. Events of a case are ordered
 * by time, ties in file order. A bad row throws an `EventLogError` naming its line (CSV) or
 * trace and event (XES) and the fix, unless `skipBadRows` counts and skips it.
 *
 * @example
 * const log = await readEventLog(fs.createReadStream("sepsis.csv"), {
 *   case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp",
 *   department: "org:group", missing: ["?"],
 * });
 * log.cases.length; // 1050
 * log.events; // 15214
 *
 * @example
 * const xes = await readEventLog((await fetch("receipt.xes.gz")).body!, { department: "org:group", missing: ["EMPTY"] });
 */
export async function readEventLog(source: EventLogSource, mapping: LogMapping = {}, options: ReadEventLogOptions = {}): Promise<EventLog> {
  validate(options);
  const builder = new EventLogBuilder();
  const progress = options.onProgress;
  const encoding = options.encoding ?? DEFAULTS.encoding;
  const peeked =
    typeof source === "string"
      ? { format: looksLikeXml(source) ? ("xes" as const) : ("csv" as const), chunks: null }
      : await peekFormat(refuseEngineFiles(gunzipIfCompressed(counted(byteChunks(source), (bytes) => progress?.({ bytes, events: builder.events })))), encoding);
  const format = options.format ?? peeked.format;
  const defaults = format === "xes" ? DEFAULTS.xes : { case: "", activity: [], timestamp: "" };
  const activity = mapping.activity ?? defaults.activity;
  let parseTime: TimestampParser;
  try {
    parseTime = timestampParser(options.timestampFormat);
  } catch (e) {
    throw new EventLogError("bad_option", `${(e as Error).message}: use YYYY, MM, DD, HH, mm, ss, SSS and Z`);
  }
  if (options.timezone !== undefined && !isTimeZone(options.timezone)) {
    throw new EventLogError("bad_option", `unknown time zone ${JSON.stringify(options.timezone)}: use an IANA name such as "Europe/Helsinki"`);
  }
  const parseTimeAt = options.timestampFormat === undefined || options.timestampFormat === "" ? isoTimestampBytes : null;
  const zoned = options.timezone === undefined ? { parseTime, parseTimeAt } : zonedTimestamps(parseTime, parseTimeAt, options.timestampFormat, options.timezone);
  const config: ReaderConfig = {
    caseKey: mapping.case ?? defaults.case,
    activityKeys: typeof activity === "string" ? [activity] : [...activity],
    timestampKey: mapping.timestamp ?? defaults.timestamp,
    startTimestampKey: mapping.startTimestamp ?? null,
    departmentKey: mapping.department ?? null,
    customerKey: mapping.customer ?? null,
    missing: new Set(mapping.missing ?? []),
    activitySeparator: options.activitySeparator ?? DEFAULTS.activitySeparator,
    ...zoned,
    timestampHint:
      typeof options.timestampFormat === "string" ? `the format ${JSON.stringify(options.timestampFormat)}` : "ISO 8601 (2014-10-22T11:15:41+02:00) or YYYY/MM/DD hh:mm:ss",
    timestampFixes: typeof options.timestampFormat === "string" ? [] : ["timestamp_format"],
    skipBadRows: options.skipBadRows ?? DEFAULTS.skipBadRows,
    builder,
  };
  if (format === "csv") {
    // The CSV reader reads UTF-8 bytes: a string is encoded, another encoding decoded and encoded.
    const utf8 = encoding === "utf-8" || encoding === "utf8";
    const bytes = peeked.chunks === null ? utf8Chunks(source as string) : utf8 ? peeked.chunks : utf8Chunks(decodeText(peeked.chunks, encoding));
    await readCsvEvents(bytes, config, options.delimiter);
  } else {
    try {
      await readXesEvents(peeked.chunks === null ? sliced(source as string) : decodeText(peeked.chunks, encoding), config);
    } catch (e) {
      // A CSV whose first column name starts with "<" is read as XES: say how to read it as CSV.
      if (e instanceof EventLogError && options.format === undefined && (e.code === "xml_error" || e.code === "not_xes")) {
        throw new EventLogError(e.code, e.problem, e.place, [...e.fixes, "format_csv"]);
      }
      throw e;
    }
  }
  if (builder.events === 0) {
    const skipped = builder.skipped ? `: all ${builder.skipped} were skipped as bad (first: ${builder.skippedProblems[0]})` : "";
    throw new EventLogError("empty_log", `the log has no events${skipped}`);
  }
  return builder.build(format, config.customerKey !== null);
}
