import Papa from "papaparse";
import { csvLineBreaks } from "./csv-line-breaks.js";
import { EventLogError } from "./event-log-error.js";
import { MISSING_DEPARTMENT, NO_CUSTOMER } from "./event-log.js";
import { closestNames, didYouMean } from "./closest-names.js";
import { excerpt, excerptList } from "./excerpt.js";
import { badRow, type ReaderConfig } from "./reader-config.js";
import { StringTable } from "./string-table.js";

/** Parse at least this many characters at a time: fewer calls into the parser. */
const BATCH_CHARS = 1 << 16;
/**
 * A header or record still open after this many characters is not a line of an event log (an
 * unterminated quote, a file without line breaks): reading stops there, in time linear in it.
 */
const MAX_RECORD_CHARS = 1 << 22;
const DELIMITERS = [",", ";", "\t", "|"];

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

/**
 * Reads CSV text chunks into the builder with Papa Parse's parser (RFC 4180 quoting: fields
 * with delimiters, quotes doubled, newlines). The first row names the columns; every later row
 * is an event. Any of `\n`, `\r\n` and `\r` ends a line, each line on its own (`csvLineBreaks`).
 * A row with fewer fields than the header is `short_row`, with more `long_row` (a value holding
 * the delimiter without quotes). Line numbers in errors are the file's lines, quoted newlines
 * included, and values in errors are excerpts.
 */
export async function readCsvEvents(texts: AsyncIterable<string>, config: ReaderConfig, delimiter?: string): Promise<void> {
  const { builder, parseTime, parseTimeAt } = config;
  const missingMarkers = new StringTable();
  for (const marker of config.missing) missingMarkers.intern(marker);
  let parser: Papa.Parser | null = null;
  const newline = "\n"; // csvLineBreaks made every line break outside quotes one
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
  let line = 1;
  let lastCaseText = "";
  let lastCase = -1;

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
    fieldText = new Array<string>(needed).fill("");
    starts = new Int32Array(needed);
    ends = new Int32Array(needed);
    for (const c of [caseColumn, timestampColumn, departmentColumn, startColumn, customerColumn, ...activityColumns]) if (c >= 0) used[c] = 1;
  };

  /**
   * The used fields of the current row as ranges of texts: field `c` is
   * `fieldText[c].slice(starts[c], ends[c])`. The quote-free cut points every field into its text
   * chunk: names are looked up where they lie (see `StringTable`) and timestamps parsed there,
   * so that a row keeps no string of its own unless it brings a new name; rows from the parser
   * point at whole field strings.
   */
  let fieldText: string[] = [];
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  const field = (c: number) => fieldText[c]!.slice(starts[c]!, ends[c]!);

  const activityOf = (): string => {
    let joined = "";
    for (const c of activityColumns) {
      const part = field(c);
      if (part !== "") joined = joined === "" ? part : joined + config.activitySeparator + part;
    }
    return joined;
  };

  const timeOf = (c: number): number => {
    const text = fieldText[c]!;
    const start = starts[c]!;
    const end = ends[c]!;
    // In place when the default reader applies and there are no blanks to trim around the stamp.
    if (parseTimeAt !== null && end > start && text.charCodeAt(start) > 32 && text.charCodeAt(end - 1) > 32) return parseTimeAt(text, start, end);
    return parseTime(field(c));
  };

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
    const joined = single >= 0 ? null : activityOf();
    if (single >= 0 ? ends[single] === starts[single] : joined === "") {
      return badRow(config, "missing_value", `line ${at}: empty activity in ${config.activityKeys.map(quoted).join(" + ")}`, { line: at });
    }
    const time = timeOf(timestampColumn);
    if (Number.isNaN(time)) {
      const stamp = field(timestampColumn);
      const what = stamp === "" ? "empty timestamp" : `cannot read the timestamp ${quoted(stamp)}`;
      return badRow(config, stamp === "" ? "missing_value" : "bad_timestamp", `line ${at}: ${what} in column ${quoted(config.timestampKey)}: expected ${config.timestampHint}`, { line: at }, config.timestampFixes);
    }
    let start = Number.NaN;
    if (startColumn >= 0 && ends[startColumn]! > starts[startColumn]!) {
      start = timeOf(startColumn);
      if (Number.isNaN(start)) {
        const stamp = field(startColumn);
        return badRow(config, "bad_timestamp", `line ${at}: cannot read the start timestamp ${quoted(stamp)} in column ${quoted(config.startTimestampKey!)}: expected ${config.timestampHint}`, { line: at }, config.timestampFixes);
      }
    }
    // The events of a case usually follow each other: compare with the last case (one native
    // comparison) and look the case up only when it changes; a case that comes back is found
    // in the table.
    const caseText = fieldText[caseColumn]!;
    const caseStart = starts[caseColumn]!;
    const caseEnd = ends[caseColumn]!;
    if (lastCase < 0 || caseEnd - caseStart !== lastCaseText.length || caseText.slice(caseStart, caseEnd) !== lastCaseText) {
      lastCase = builder.cases.internRange(caseText, caseStart, caseEnd);
      lastCaseText = builder.cases.values[lastCase]!;
    }
    let department = MISSING_DEPARTMENT;
    if (departmentColumn >= 0) {
      const text = fieldText[departmentColumn]!;
      const start = starts[departmentColumn]!;
      const end = ends[departmentColumn]!;
      // The table never holds a missing marker, so a department found there is a known one.
      if (end > start) department = builder.departments.findRange(text, start, end);
      if (department < 0) department = missingMarkers.findRange(text, start, end) >= 0 ? MISSING_DEPARTMENT : builder.departments.internRange(text, start, end);
    }
    const activity = joined === null ? builder.activities.internRange(fieldText[single]!, starts[single]!, ends[single]!) : builder.activities.intern(joined);
    // an empty customer: the event takes its case's
    const customer = customerColumn >= 0 && ends[customerColumn]! > starts[customerColumn]! ? builder.customers.internRange(fieldText[customerColumn]!, starts[customerColumn]!, ends[customerColumn]!) : NO_CUSTOMER;
    builder.add(lastCase, activity, department, time, start, customer);
  };

  /** A row from the parser: its fields are whole strings. */
  const useParsedRow = (row: string[], at: number) => {
    if (row.length > columns!.length) return useRow(at, row.length);
    const fields = Math.min(row.length, needed);
    for (let c = 0; c < fields; c++) {
      if (used[c] !== 1) continue;
      fieldText[c] = row[c]!;
      starts[c] = 0;
      ends[c] = row[c]!.length;
    }
    useRow(at, row.length);
  };

  /** Ends the batch: returns the unfinished tail to keep, unless it is too long to be a record. */
  const tail = (input: string, from: number, final: boolean): string => {
    const rest = final ? "" : input.slice(from);
    if (rest.length > MAX_RECORD_CHARS) throw tooLong(rest);
    return rest;
  };

  /** The error for a header or record past the bound: an open quote, or no line break at all. */
  const tooLong = (rest: string) => {
    const limit = MAX_RECORD_CHARS.toLocaleString("en");
    const what =
      columns === null
        ? `the header runs over ${limit} characters without a line break: this does not look like a CSV event log (check the file and its format)`
        : rest.indexOf('"') >= 0
          ? `a record runs over ${limit} characters, most likely a quoted field that is never closed: close the quote`
          : `a line runs over ${limit} characters without a line break: this does not look like a line of an event log (check the delimiter and the line breaks)`;
    return new EventLogError("record_too_long", `line ${line}: ${what}`, { line });
  };

  /**
   * Text without a quote character needs no parser: cut the used fields out of each line, as
   * Papa Parse's own fast mode does with `split`, but without making strings of unused columns
   * (twice as fast on a wide log).
   */
  const cutLines = (input: string, from: number, final: boolean): string => {
    // Only offsets are kept per field: `useRow` reads the used ones from `input`.
    const nl = newline;
    const step = delimiter!.length;
    const width = columns!.length;
    for (let c = 0; c < needed; c++) fieldText[c] = input;
    let pos = from;
    for (;;) {
      let end = input.indexOf(nl, pos);
      if (end < 0) {
        if (!final || pos >= input.length) break;
        end = input.length;
      }
      const next = end + 1;
      const at = line++;
      if (end > pos) {
        let start = pos;
        let fields = 0;
        let stop = pos;
        while (fields < needed) {
          stop = input.indexOf(delimiter!, start);
          if (stop < 0 || stop > end) stop = end;
          starts[fields] = start;
          ends[fields] = stop;
          fields++;
          if (stop === end) break;
          start = stop + step;
        }
        // the fields past the last one used are only counted, up to one more than the header has
        while (stop < end && fields <= width) {
          stop = input.indexOf(delimiter!, stop + step);
          if (stop < 0 || stop > end) stop = end;
          fields++;
        }
        useRow(at, fields);
      }
      pos = next;
    }
    return tail(input, pos, final);
  };

  /** Parses what can be parsed from `from` on; returns the unfinished tail to keep. */
  const parse = (input: string, final: boolean, from = 0): string => {
    if (columns !== null && input.indexOf('"', from) < 0) return cutLines(input, from, final);
    if (from > 0) input = input.slice(from);
    if (parser === null) {
      if (line === 1 && input.charCodeAt(0) === 0xfeff) input = input.slice(1);
      const end = input.indexOf(newline);
      if (end < 0 && !final) return tail(input, 0, false);
      const header = end < 0 ? input : input.slice(0, end);
      delimiter ??= detectDelimiter(header);
      parser = new Papa.Parser({ delimiter, newline: newline as "\n", quoteChar: '"' });
      // A header without quotes is split here, so that the rows after it may take the fast cut.
      if (header !== "" && header.indexOf('"') < 0) {
        useHeader(header.split(delimiter));
        line = 2;
        input = end < 0 ? "" : input.slice(end + newline.length);
        if (input.indexOf('"') < 0) return cutLines(input, 0, final);
      }
    }
    const result = parser.parse(input, 0, !final) as Papa.ParseResult<string[]>;
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

  let pending = "";
  let waitingLines = false; // pending may hold whole lines, not only the start of one
  for await (const text of csvLineBreaks(texts)) {
    const end = text.indexOf(newline);
    if (end < 0) {
      // No line ends in this chunk: parse what waits, then keep the chunk without parsing it —
      // parsing the tail again for every chunk would take time quadratic in a line that never ends.
      if (waitingLines) pending = parse(pending, false);
      waitingLines = false;
      pending = pending === "" ? text : pending + text;
      if (pending.length > MAX_RECORD_CHARS) throw tooLong(pending);
      continue;
    } else if (pending === "" || columns === null) {
      pending = pending === "" ? text : pending + text;
    } else {
      // Join the unfinished line with the rest of its line only: joining it with the whole chunk
      // would copy every chunk once more (half a second on a 276 MB log).
      pending = parse(pending + text.slice(0, end + 1), false);
      if (pending === "" && text.length - end - 1 >= BATCH_CHARS) {
        // The rest is read where it lies in the chunk: a slice of it would be a V8 sliced
        // string, slower to read character by character.
        pending = parse(text, false, end + 1);
        waitingLines = false;
        continue;
      }
      const rest = text.slice(end + 1);
      pending = pending === "" ? rest : pending + rest;
    }
    waitingLines = true;
    if (pending.length >= BATCH_CHARS) {
      pending = parse(pending, false);
      waitingLines = false;
    }
  }
  parse(pending, true);
  if (columns === null) throw new EventLogError("empty_log", "the log is empty: expected a header line naming the columns, then one line per event");
}
