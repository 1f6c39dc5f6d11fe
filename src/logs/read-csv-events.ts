import Papa from "papaparse";
import { ABSENT, ByteKeys } from "./byte-keys.js";
import { csvLineBreaks } from "./csv-line-breaks.js";
import { EventLogError } from "./event-log-error.js";
import { MISSING_DEPARTMENT, NO_CUSTOMER } from "./event-log.js";
import { closestNames, didYouMean } from "./closest-names.js";
import { excerpt, excerptList } from "./excerpt.js";
import { badRow, type ReaderConfig } from "./reader-config.js";
import { utf8Text, wholeCharacters } from "./utf8-text.js";

/** Quoted text is given to the parser at least this many bytes at a time: fewer calls into it. */
const BATCH_BYTES = 1 << 16;
/**
 * A header or record still open after this many bytes (or characters of quoted text) is not a
 * line of an event log (an unterminated quote, a file without line breaks): reading stops
 * there, in time linear in it.
 */
const MAX_RECORD = 1 << 22;
const DELIMITERS = [",", ";", "\t", "|"];
const [LF, CR, QUOTE] = [0x0a, 0x0d, 0x22];
const EMPTY = new Uint8Array(0);

interface NodeBufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
  isBuffer(value: unknown): boolean;
}
/** Node's `Buffer.indexOf` finds a byte faster than `Uint8Array.prototype.indexOf`; browsers have only the latter. */
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;
const searchable = (bytes: Uint8Array): Uint8Array => (NodeBuffer && !NodeBuffer.isBuffer(bytes) ? NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length) : bytes);

const quoted = excerpt;

/** The candidate delimiter found most often outside quotes in the header line (`,` when none is). */
export function detectDelimiter(header: string): string {
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let inQuotes = false;
    for (const c of header) {
      if (c === '"') inQuotes = !inQuotes;
      else if (c === d && !inQuotes) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return searchable(out);
}

/** The first line break (`\n` or `\r`) in `bytes[from..to)`, or -1. */
function firstBreak(bytes: Uint8Array, from: number, to: number): number {
  const lf = bytes.indexOf(LF, from);
  const cr = bytes.indexOf(CR, from);
  const first = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return first < to ? first : -1;
}

/** Just after the line break at `at`: a `\r\n` is one break. */
function afterBreak(bytes: Uint8Array, at: number, to: number): number {
  return bytes[at] === CR && at + 1 < to && bytes[at + 1] === LF ? at + 2 : at + 1;
}

/**
 * Just after the last line break of `bytes` at or after `from` that is known to be whole, or
 * `from`: a `\r` in the last byte may be the first half of a `\r\n`.
 */
function afterLastBreak(bytes: Uint8Array, from: number): number {
  const lf = bytes.lastIndexOf(LF);
  let cr = bytes.lastIndexOf(CR);
  if (cr === bytes.length - 1) cr = cr > 0 ? bytes.lastIndexOf(CR, cr - 1) : -1;
  const last = Math.max(lf, cr);
  return last < from ? from : last + 1; // a \r found here is followed by a byte that is not \n
}

/**
 * Reads a CSV log's UTF-8 bytes into the builder. The first row names the columns; every later
 * row is an event. Any of `\n`, `\r\n` and `\r` ends a line, each line on its own, a `\r\n` cut
 * between two chunks included. Lines are split once, on the bytes: a line without a quote
 * character is cut into fields where it lies in its chunk, its timestamp read there and its names
 * looked up by their bytes (`ByteKeys`), so that only a name seen for the first time is decoded.
 * Lines with a quote go, a batch at a time, to Papa Parse's parser (RFC 4180 quoting: fields
 * with delimiters, quotes doubled, newlines). A row with fewer fields than the header is
 * `short_row`, with more `long_row` (a value holding the delimiter without quotes). Line numbers
 * in errors are the file's lines, quoted newlines included, and values in errors are excerpts.
 * The bytes are checked to be UTF-8 where they are read as text (the header, names, quoted
 * lines, values quoted in errors): a column the mapping does not use is never decoded.
 */
export async function readCsvEvents(chunks: AsyncIterable<Uint8Array>, config: ReaderConfig, delimiter?: string): Promise<void> {
  const { builder, parseTime, parseTimeAt } = config;
  let parser: Papa.Parser | null = null;
  /** The delimiter as one ASCII byte, or -1 (then every line goes to the parser). */
  let delimiterByte = -1;
  const newline = "\n"; // csvLineBreaks makes every line break outside quotes one
  let columns: string[] | null = null;
  let caseColumn = 0;
  let activityColumns: number[] = [];
  let timestampColumn = 0;
  let departmentColumn = -1;
  let startColumn = -1;
  let customerColumn = -1;
  let needed = 0;
  /** Per column up to the last one needed: whether the mapping uses it. */
  let used = new Uint8Array(0);
  /** The line the next line of the file is. */
  let line = 1;
  /** Names by their bytes: the index in the builder's table (a department: or MISSING_DEPARTMENT). */
  const caseKeys = new ByteKeys();
  const activityKeys = new ByteKeys();
  const departmentKeys = new ByteKeys();
  const customerKeys = new ByteKeys();
  let lastCase = -1;
  let lastCaseBytes = new Uint8Array(64);
  let lastCaseLength = -1;
  /** Quoted text the parser has not finished (a record still open), and whether it ends inside quotes. */
  let textTail = "";
  let inQuotes = false;

  const invalidEncoding = (at: number) => new EventLogError("invalid_encoding", `line ${at}: the log is not valid UTF-8`, { line: at }, ["encoding_latin1"]);
  const textOf = (bytes: Uint8Array, start: number, end: number, at: number): string => {
    const text = utf8Text(bytes, start, end);
    if (text === null) throw invalidEncoding(at);
    return text;
  };

  const columnIndex = (name: string, role: string) => {
    const i = columns!.indexOf(name);
    if (i < 0) {
      // the closest names first, so that the one meant is never among "… and N more"
      const { ordered, suggested } = closestNames(name, columns!);
      const hint = didYouMean(suggested, quoted);
      throw new EventLogError(
        "missing_column",
        `no column ${quoted(name)} for the ${role}${hint ? `: ${hint}` : ""} (columns${hint ? ", closest first" : ""}: ${excerptList(hint ? ordered : columns!)}; delimiter ${quoted(delimiter!)}): name one of these, or set the delimiter`,
        { line: 1 },
      );
    }
    const again = columns!.indexOf(name, i + 1);
    if (again >= 0) {
      throw new EventLogError(
        "duplicate_column",
        `the column ${quoted(name)} for the ${role} appears twice in the header (columns ${i + 1} and ${again + 1}): rename one of them so that the mapping names one column`,
        { line: 1 },
      );
    }
    return i;
  };

  const useHeader = (row: string[]) => {
    columns = row;
    if (config.caseKey === "" || config.activityKeys.length === 0 || config.timestampKey === "") {
      throw new EventLogError(
        "mapping_required",
        `a CSV log needs the columns of the case, the activity and the timestamp (mapping case, activity, timestamp; --case, --activity, --timestamp); columns: ${excerptList(row)}`,
      );
    }
    caseColumn = columnIndex(config.caseKey, "case");
    activityColumns = config.activityKeys.map((k) => columnIndex(k, "activity"));
    timestampColumn = columnIndex(config.timestampKey, "timestamp");
    departmentColumn = config.departmentKey === null ? -1 : columnIndex(config.departmentKey, "department");
    startColumn = config.startTimestampKey === null ? -1 : columnIndex(config.startTimestampKey, "start timestamp");
    customerColumn = config.customerKey === null ? -1 : columnIndex(config.customerKey, "customer");
    needed = Math.max(caseColumn, timestampColumn, departmentColumn, startColumn, customerColumn, ...activityColumns) + 1;
    used = new Uint8Array(needed);
    starts = new Int32Array(needed);
    ends = new Int32Array(needed);
    for (const c of [caseColumn, timestampColumn, departmentColumn, startColumn, customerColumn, ...activityColumns]) if (c >= 0) used[c] = 1;
  };

  /**
   * The used fields of the current row: field `c` is `rowBytes[starts[c]..ends[c])`. A line cut
   * on bytes points into its chunk; a row from the parser into `encoded`, where its used fields
   * are written as UTF-8.
   */
  let rowBytes: Uint8Array = EMPTY;
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  let encoded = new Uint8Array(256);
  const encoder = new TextEncoder();
  const field = (c: number, at: number) => textOf(rowBytes, starts[c]!, ends[c]!, at);

  /** The index of the name in field `c`: found by its bytes, or decoded and resolved once. */
  const nameOf = (keys: ByteKeys, c: number, at: number, resolve: (name: string) => number): number => {
    const start = starts[c]!;
    const end = ends[c]!;
    let index = keys.find(rowBytes, start, end);
    if (index === ABSENT) {
      index = resolve(field(c, at));
      keys.add(rowBytes, start, end, index);
    }
    return index;
  };
  // A name whose bytes are new is new to its table (UTF-8 bytes and strings are one to one):
  // it is added without a lookup. Names of several activity columns are joined, and interned.
  const caseIndex = (name: string) => builder.cases.add(name);
  const activityIndex = (name: string) => builder.activities.add(name);
  const customerIndex = (name: string) => builder.customers.add(name);
  const departmentIndex = (name: string) => (config.missing.has(name) ? MISSING_DEPARTMENT : builder.departments.add(name));

  const activityOf = (at: number): string => {
    let joined = "";
    for (const c of activityColumns) {
      const part = field(c, at);
      if (part !== "") joined = joined === "" ? part : joined + config.activitySeparator + part;
    }
    return joined;
  };

  const timeOf = (c: number, at: number): number => {
    const start = starts[c]!;
    const end = ends[c]!;
    // In place when the default reader applies and there are no blanks to trim around the stamp.
    if (parseTimeAt !== null && end > start && rowBytes[start]! > 32 && rowBytes[end - 1]! > 32) return parseTimeAt(rowBytes, start, end);
    return parseTime(field(c, at));
  };

  /** The current row is the event of line `at`, with `fields` fields in all. */
  const useRow = (at: number, fields: number) => {
    if (fields > columns!.length) {
      const d = delimiter === "\t" ? "tab" : quoted(delimiter!);
      badRow(config, "long_row", `line ${at}: ${fields} fields where the header has ${columns!.length}: a value holds the delimiter ${d} without quotes? quote that value ("…"), or set the delimiter`, { line: at });
      return;
    }
    if (fields < needed) {
      badRow(config, "short_row", `line ${at}: ${fields} field${fields === 1 ? "" : "s"} where the header has ${columns!.length}: check the delimiter and the quoting of this line`, { line: at });
      return;
    }
    if (ends[caseColumn] === starts[caseColumn]) return badRow(config, "missing_value", `line ${at}: empty case id in column ${quoted(config.caseKey)}`, { line: at });
    const single = activityColumns.length === 1 ? activityColumns[0]! : -1;
    const joined = single >= 0 ? null : activityOf(at);
    if (single >= 0 ? ends[single] === starts[single] : joined === "") {
      return badRow(config, "missing_value", `line ${at}: empty activity in ${config.activityKeys.map(quoted).join(" + ")}`, { line: at });
    }
    const time = timeOf(timestampColumn, at);
    if (Number.isNaN(time)) {
      const stamp = field(timestampColumn, at);
      const what = stamp === "" ? "empty timestamp" : `cannot read the timestamp ${quoted(stamp)}`;
      return badRow(config, stamp === "" ? "missing_value" : "bad_timestamp", `line ${at}: ${what} in column ${quoted(config.timestampKey)}: expected ${config.timestampHint}`, { line: at }, config.timestampFixes);
    }
    let start = Number.NaN;
    if (startColumn >= 0 && ends[startColumn]! > starts[startColumn]!) {
      start = timeOf(startColumn, at);
      if (Number.isNaN(start)) {
        const stamp = field(startColumn, at);
        return badRow(config, "bad_timestamp", `line ${at}: cannot read the start timestamp ${quoted(stamp)} in column ${quoted(config.startTimestampKey!)}: expected ${config.timestampHint}`, { line: at }, config.timestampFixes);
      }
    }
    // The events of a case usually follow each other: compare with the last case's bytes and
    // look the case up only when it changes; a case that comes back is found by its bytes.
    const caseStart = starts[caseColumn]!;
    const caseLength = ends[caseColumn]! - caseStart;
    let same = caseLength === lastCaseLength;
    for (let i = 0; same && i < caseLength; i++) same = rowBytes[caseStart + i] === lastCaseBytes[i];
    if (!same) {
      lastCase = nameOf(caseKeys, caseColumn, at, caseIndex);
      if (caseLength > lastCaseBytes.length) lastCaseBytes = new Uint8Array(2 * caseLength);
      for (let i = 0; i < caseLength; i++) lastCaseBytes[i] = rowBytes[caseStart + i]!; // (a Buffer's subarray costs a microsecond)
      lastCaseLength = caseLength;
    }
    const department = departmentColumn >= 0 && ends[departmentColumn]! > starts[departmentColumn]! ? nameOf(departmentKeys, departmentColumn, at, departmentIndex) : MISSING_DEPARTMENT;
    const activity = joined === null ? nameOf(activityKeys, single, at, activityIndex) : builder.activities.intern(joined);
    // an empty customer: the event takes its case's
    const customer = customerColumn >= 0 && ends[customerColumn]! > starts[customerColumn]! ? nameOf(customerKeys, customerColumn, at, customerIndex) : NO_CUSTOMER;
    builder.add(lastCase, activity, department, time, start, customer);
  };

  /** A row from the parser: its used fields are written as UTF-8, to be read as a cut line's are. */
  const useParsedRow = (row: string[], at: number) => {
    if (row.length > columns!.length) return useRow(at, row.length);
    const fields = Math.min(row.length, needed);
    let room = 0;
    for (let c = 0; c < fields; c++) if (used[c] === 1) room += 3 * row[c]!.length;
    if (room > encoded.length) encoded = new Uint8Array(2 * room);
    let end = 0;
    for (let c = 0; c < fields; c++) {
      if (used[c] !== 1) continue;
      const text = row[c]!;
      starts[c] = end;
      // ASCII is copied as it is (no view per field); other text is encoded
      let i = 0;
      for (let code = 0; i < text.length && (code = text.charCodeAt(i)) < 0x80; i++) encoded[end + i] = code;
      end += i === text.length ? i : encoder.encodeInto(text, encoded.subarray(end)).written;
      ends[c] = end;
    }
    rowBytes = encoded;
    useRow(at, row.length);
  };

  /** The delimiter is known once the header line is: the parser is made with it. */
  const startParser = (header: string) => {
    delimiter ??= detectDelimiter(header);
    parser = new Papa.Parser({ delimiter, newline: newline as "\n", quoteChar: '"' });
    delimiterByte = delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80 ? delimiter.charCodeAt(0) : -1;
  };

  /** The error for a header or record past the bound: an open quote, or no line break at all. */
  const tooLong = (openQuote: boolean, unit: "bytes" | "characters") => {
    const limit = `${MAX_RECORD.toLocaleString("en")} ${unit}`;
    const what =
      columns === null
        ? `the header runs over ${limit} without a line break: this does not look like a CSV event log (check the file and its format)`
        : openQuote
          ? `a record runs over ${limit}, most likely a quoted field that is never closed: close the quote`
          : `a line runs over ${limit} without a line break: this does not look like a line of an event log (check the delimiter and the line breaks)`;
    return new EventLogError("record_too_long", `line ${line}: ${what}`, { line });
  };

  /** Ends a parser batch: returns the unfinished tail to keep, unless it is too long to be a record. */
  const tail = (input: string, from: number, final: boolean): string => {
    const rest = final ? "" : input.slice(from);
    if (rest.length > MAX_RECORD) throw tooLong(rest.indexOf('"') >= 0, "characters");
    return rest;
  };

  /**
   * The header line at `from`, when it can be read without the parser (no quote in it): returns
   * where the next line starts, or `from` when the parser is to read it. A blank line before the
   * header is passed over.
   */
  const headerLine = (bytes: Uint8Array, from: number, to: number): number => {
    const lineBreak = firstBreak(bytes, from, to);
    const end = lineBreak < 0 ? to : lineBreak;
    const next = lineBreak < 0 ? to : afterBreak(bytes, lineBreak, to);
    if (end === from) {
      line++;
      return next;
    }
    const quote = bytes.indexOf(QUOTE, from);
    if (quote >= 0 && quote < end) return from;
    const header = textOf(bytes, from, end, line);
    startParser(header);
    useHeader(header.split(delimiter!));
    line++;
    return next;
  };

  /**
   * Cuts the lines of `bytes[from..to)` into fields, up to the line that holds `stop` (a quote);
   * returns where it stopped. Only offsets are kept per field: `useRow` reads the used ones
   * where they lie. `to` is just after a line break, or the end of the file.
   */
  const cutLines = (chunk: Uint8Array, from: number, to: number, stop: number): number => {
    const bytes = to === chunk.length ? chunk : chunk.subarray(0, to);
    const d = delimiterByte;
    const width = columns!.length;
    rowBytes = bytes;
    // the next \n and \r, found again only once passed: a file without \r searches for it once
    let lf = bytes.indexOf(LF, from);
    let cr = bytes.indexOf(CR, from);
    if (lf < 0) lf = to;
    if (cr < 0) cr = to;
    let pos = from;
    while (pos < to) {
      if (lf < pos && (lf = bytes.indexOf(LF, pos)) < 0) lf = to;
      if (cr < pos && (cr = bytes.indexOf(CR, pos)) < 0) cr = to;
      const end = lf < cr ? lf : cr;
      if (stop < end) break;
      const next = end === cr && bytes[end + 1] === LF ? end + 2 : end + 1;
      const at = line++;
      if (end > pos) {
        let start = pos;
        let fields = 0;
        let cut = pos;
        while (fields < needed) {
          cut = bytes.indexOf(d, start);
          if (cut < 0 || cut > end) cut = end;
          starts[fields] = start;
          ends[fields] = cut;
          fields++;
          if (cut === end) break;
          start = cut + 1;
        }
        // the fields past the last one used are only counted, up to one more than the header has
        while (cut < end && fields <= width) {
          cut = bytes.indexOf(d, cut + 1);
          if (cut < 0 || cut > end) cut = end;
          fields++;
        }
        useRow(at, fields);
      }
      pos = next;
    }
    return pos;
  };

  /** Gives the text of `bytes[from..to)` (whole lines) to the parser, after what it has not finished. */
  const parseBytes = (bytes: Uint8Array, from: number, to: number, final: boolean) => {
    const lineBreaks = csvLineBreaks(textOf(bytes, from, to, line), inQuotes);
    inQuotes = lineBreaks.inQuotes;
    textTail = parse(textTail === "" ? lineBreaks.text : textTail + lineBreaks.text, final);
    // the parser finished every record: no quoted field is open, whatever the quotes counted
    if (textTail === "") inQuotes = false;
  };

  /** Parses the text with Papa Parse; returns the unfinished tail to keep. */
  const parse = (input: string, final: boolean): string => {
    if (parser === null) {
      const end = input.indexOf(newline);
      startParser(end < 0 ? input : input.slice(0, end));
    }
    const result = parser!.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    const rows = result.data;
    const hasQuotes = input.indexOf('"') >= 0;
    const nl = newline;
    let malformed: Set<number> | null = null;
    for (const e of result.errors) {
      if (e.code === "MissingQuotes") {
        let at = line;
        for (let k = 0; k < (e.row ?? 0); k++) at += 1 + (rows[k] ?? []).reduce((n, f) => n + countOf(f, nl), 0);
        throw new EventLogError("unterminated_quote", `line ${at}: a quoted field is never closed: close the quote (a quote inside a quoted field is written twice, "")`, { line: at });
      }
      (malformed ??= new Set()).add(e.row ?? -1);
    }
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const at = line;
      line++;
      if (hasQuotes) for (const field of row) if (field.indexOf(nl) >= 0) line += countOf(field, nl);
      if (row.length === 1 && row[0] === "") continue; // a blank line
      if (malformed?.has(k)) {
        badRow(config, "malformed_quote", `line ${at}: a quoted field has text after its closing quote: quote the whole field and double the quotes inside it ("")`, { line: at });
      } else if (columns === null) {
        useHeader(row);
      } else {
        useParsedRow(row, at);
      }
    }
    return tail(input, result.meta.cursor, final);
  };

  /**
   * Reads the whole lines of `bytes[from..to)`: `to` is just after a line break, or the end of
   * the file (`final`). Lines are cut on bytes up to a line with a quote; from there the parser
   * reads a batch, and as long as it holds an open record.
   */
  const readLines = (bytes: Uint8Array, from: number, to: number, final: boolean) => {
    while (from < to) {
      if (textTail === "" && columns === null) {
        const next = headerLine(bytes, from, to);
        if (next !== from) {
          from = next;
          continue;
        }
      } else if (textTail === "" && delimiterByte >= 0) {
        const quote = bytes.indexOf(QUOTE, from);
        from = cutLines(bytes, from, to, quote < 0 || quote >= to ? to : quote);
        if (from >= to) return;
      }
      let end = to;
      if (to - from > BATCH_BYTES) {
        const lineBreak = firstBreak(bytes, from + BATCH_BYTES, to);
        if (lineBreak >= 0) end = afterBreak(bytes, lineBreak, to);
      }
      parseBytes(bytes, from, end, final && end === to);
      from = end;
    }
  };

  /** The bytes of an unfinished line, copied out of their chunk. */
  let pending: Uint8Array = EMPTY;
  const hold = (bytes: Uint8Array) => {
    pending = bytes;
    if (pending.length > MAX_RECORD) throw tooLong(textTail !== "" || pending.indexOf(QUOTE) >= 0, "bytes");
  };

  /**
   * Reads the whole lines of the next chunk. The unfinished line of the last chunk is joined
   * with the rest of its line only, not the whole chunk (which would copy every chunk once more);
   * the unfinished line at the end of this chunk is kept for the next.
   */
  const push = (chunk: Uint8Array) => {
    let from = 0;
    if (pending.length > 0) {
      // (a \r that ended the last chunk is whole now, a line break of its own or the first half of a \r\n)
      const lineBreak = firstBreak(chunk, 0, chunk.length);
      if (lineBreak < 0 || (lineBreak === chunk.length - 1 && chunk[lineBreak] === CR)) return hold(joined(pending, chunk));
      from = afterBreak(chunk, lineBreak, chunk.length);
      const first = joined(pending, chunk.subarray(0, from));
      pending = EMPTY;
      readLines(first, 0, first.length, false);
    }
    const end = afterLastBreak(chunk, from);
    if (end > from) readLines(chunk, from, end, false);
    if (end < chunk.length) hold(joined(EMPTY, chunk.subarray(end))); // a copy: Buffer's slice would share the chunk
  };

  /** The last 4 bytes of the file: a UTF-8 character cut off at its end is an encoding error. */
  const last = new Uint8Array(4);
  let seen = 0;
  let first: Uint8Array | null = EMPTY; // the first bytes, until a byte-order mark can be told
  for await (const bytes of chunks) {
    if (bytes.length === 0) continue;
    let chunk = searchable(bytes);
    for (let i = Math.max(0, chunk.length - 4); i < chunk.length; i++) last[seen++ & 3] = chunk[i]!;
    if (first !== null) {
      first = first.length === 0 ? chunk : joined(first, chunk);
      if (first.length < 3) continue;
      chunk = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? first.subarray(3) : first;
      first = null;
    }
    push(chunk);
  }
  if (first !== null && first.length > 0) push(first);
  const ending = Uint8Array.from({ length: Math.min(seen, 4) }, (_, k) => last[(seen - Math.min(seen, 4) + k) & 3]!);
  if (wholeCharacters(ending) < ending.length) throw invalidEncoding(line);
  if (pending.length > 0) readLines(pending, 0, pending.length, true);
  else if (textTail !== "") textTail = parse(textTail, true);
  if (columns === null) throw new EventLogError("empty_log", "the log is empty: expected a header line naming the columns, then one line per event");
}
