import { EventLogError } from "../logs/event-log-error.js";
import type { LogMapping } from "../logs/read-event-log.js";
import { checkWithDefaultEngine } from "./default-engine-check.js";
import { csvQuoteFault } from "./csv-quote-fault.js";
import { duckdbCsvHeader } from "./duckdb-csv-header.js";
import { duckdbCsvSource } from "./duckdb-csv-source.js";
import { duckdbIsoMicros, duckdbIsoParts } from "./duckdb-iso-micros.js";
import { duckdbThreads } from "./duckdb-threads.js";
import { openDuckDB } from "./open-duckdb.js";
import type { DuckDBLogOptions } from "./duckdb-log-options.js";
import { sqlDialects } from "./sql-dialects.js";


const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
const id = sqlDialects.duckdb.identifier;

type DuckDB = typeof import("@duckdb/node-api");
export type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDB["DuckDBInstance"]["create"]>>["connect"]>>;

/** Loads the optional dependency, or says how to add it. */
async function loadDuckDB(): Promise<DuckDB> {
  try {
    return await import("@duckdb/node-api");
  } catch (e) {
    throw new EventLogError(
      "missing_engine",
      `the DuckDB engine needs the package @duckdb/node-api, an optional dependency of hukka that is not installed: run npm install @duckdb/node-api (${(e as Error).message.split("\n")[0]})`,
    );
  }
}

/** A pattern of `timestampParser` (`DD.MM.YYYY HH:mm`) as a DuckDB `strptime` format. */
function strptimeFormat(pattern: string): string {
  const tokens: [RegExp, string][] = [
    [/^YYYY/, "%Y"],
    [/^MM/, "%m"],
    [/^M/, "%-m"],
    [/^DD/, "%d"],
    [/^D/, "%-d"],
    [/^HH/, "%H"],
    [/^H/, "%-H"],
    [/^mm/, "%M"],
    [/^ss/, "%S"],
    [/^SSSSSS/, "%f"],
    [/^SSS/, "%g"],
    [/^Z/, "%z"],
  ];
  let format = "";
  let rest = pattern;
  outer: while (rest !== "") {
    for (const [re, piece] of tokens) {
      const m = re.exec(rest);
      if (m) {
        format += piece;
        rest = rest.slice(m[0].length);
        continue outer;
      }
    }
    if (rest[0] === "S") throw new EventLogError("bad_option", `timestamp format ${JSON.stringify(pattern)}: the DuckDB engine reads fractions of a second as SSS or SSSSSS`);
    format += rest[0] === "%" ? "%%" : rest[0];
    rest = rest.slice(1);
  }
  return format;
}

/** The table function (or table) holding the rows, and which of them the default engine refuses for their number of fields. */
function sourceOf(path: string, format: "csv" | "parquet" | "table", options: DuckDBLogOptions, header: { columns: string[]; delimiter: string } | null, mapping: LogMapping) {
  const whole = { retry: () => null, shapeBad: "false", anyLineBreak: "false" };
  if (format === "table") return { source: path.split(".").map(id).join("."), ...whole };
  if (format === "parquet") return { source: `read_parquet(${sqlText(path)})`, ...whole };
  // the columns by place (column0, column1, …): the header was read as the default engine reads it
  const columns = header?.columns ?? [];
  const activity = typeof mapping.activity === "string" ? [mapping.activity] : [...(mapping.activity ?? [])];
  const mapped = [mapping.case, ...activity, mapping.timestamp, mapping.department, mapping.startTimestamp, mapping.customer];
  const needed = Math.max(...mapped.map((c) => (c === undefined ? -1 : columns.indexOf(c)))) + 1;
  return duckdbCsvSource(path, columns, options.delimiter ?? header!.delimiter, needed, options);
}

async function columnTypes(connection: Connection, source: string): Promise<Map<string, string>> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return new Map(reader.getRowObjects().map((r) => [String(r["column_name"]), String(r["column_type"])]));
}

/**
 * DuckDB's error on reading the file, in hukka's words and on one line: text that is not UTF-8
 * is named as the default engine names it; a CSV that DuckDB's reader cannot read (a line past
 * its length bound, say) is sent to the default engine, which reads it or names the line.
 */
function readError(e: Error, path: string, format: string): EventLogError {
  // DuckDB's reason, not its settings or the whole line
  const excerptOf = (message: string) => (/Maximum line size of \d+ bytes exceeded/.exec(message)?.[0] ?? message.split("\n")[0]!.replace(/^[A-Za-z ]+Error: /, "")).slice(0, 160);
  const line = /CSV Error on Line: (\d+)/.exec(e.message)?.[1];
  const at = line === undefined ? "" : `line ${line}: `;
  if (/Invalid unicode|not utf-8 encoded/i.test(e.message)) {
    return new EventLogError("bad_encoding", `${path}: ${at}the log is not valid UTF-8: if it is Latin-1, read it with encoding "latin1" (--encoding latin1)`);
  }
  if (format === "csv" && /sniffing|CSV Error/i.test(e.message)) {
    return new EventLogError(
      "unreadable_log",
      `${path}: ${at}DuckDB's CSV reader cannot read this file (${excerptOf(e.message)}): read it with the default engine (leave out --engine duckdb), which reads such files or names the line`,
    );
  }
  return new EventLogError("unreadable_log", `${path}: DuckDB cannot read the log as ${format}: ${e.message.split("\n")[0]}`);
}

/** The mapping with each column named by its place in the CSV header (`column0`, …), as `sourceOf` names them for DuckDB. */
function byPlace(mapping: LogMapping, columns: string[]): LogMapping {
  const place = (name: string | undefined) => (name === undefined || !columns.includes(name) ? name : `column${columns.indexOf(name)}`);
  const activity = typeof mapping.activity === "string" ? place(mapping.activity) : mapping.activity?.map((a) => place(a)!);
  return { ...mapping, case: place(mapping.case), activity, timestamp: place(mapping.timestamp), department: place(mapping.department), startTimestamp: place(mapping.startTimestamp), customer: place(mapping.customer) };
}

/** The mapped columns, checked against the source's. */
function mappedColumns(mapping: LogMapping, types: Map<string, string>) {
  const activity = typeof mapping.activity === "string" ? [mapping.activity] : [...(mapping.activity ?? [])];
  if (mapping.case === undefined || activity.length === 0 || mapping.timestamp === undefined) {
    throw new EventLogError(
      "mapping_required",
      `a log read by DuckDB needs the columns of the case, the activity and the timestamp (mapping case, activity, timestamp; --case, --activity, --timestamp); columns: ${[...types.keys()].map((c) => JSON.stringify(c)).join(", ")}`,
    );
  }
  const named: [string, string][] = [
    ["case", mapping.case],
    ...activity.map((a): [string, string] => ["activity", a]),
    ["timestamp", mapping.timestamp],
    ...(mapping.department === undefined ? [] : [["department", mapping.department] as [string, string]]),
    ...(mapping.startTimestamp === undefined ? [] : [["start timestamp", mapping.startTimestamp] as [string, string]]),
    ...(mapping.customer === undefined ? [] : [["customer", mapping.customer] as [string, string]]),
  ];
  for (const [role, column] of named) {
    if (!types.has(column)) {
      throw new EventLogError(
        "missing_column",
        `no column ${JSON.stringify(column)} for the ${role} (columns: ${[...types.keys()].map((c) => JSON.stringify(c)).join(", ")}): name one of these${types.size === 1 ? ", or set the delimiter" : ""}`,
      );
    }
  }
  return { activity };
}

/**
 * The timestamp column as microseconds since 1970, read from `value` (the column, or the text
 * of it in the step that has one); text as `timestampParser` reads it (see `duckdbIsoMicros`:
 * `parts` is the column holding its `duckdbIsoParts`). Whole numbers are refused: seconds,
 * milliseconds or microseconds since 1970 cannot be told apart.
 */
function timestampMicros(column: string, type: string, format: string | undefined, text: string, parts: string): string {
  if (/^(BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT|DOUBLE|FLOAT|DECIMAL)/i.test(type)) {
    throw new EventLogError(
      "bad_timestamp",
      `the timestamp column ${JSON.stringify(column)} holds numbers (${type}), not times: whether they count seconds, milliseconds or microseconds since 1970 cannot be told; store it as a timestamp (in DuckDB: to_timestamp(${JSON.stringify(column)} / 1000) for milliseconds) or as ISO 8601 text`,
    );
  }
  if (!/^(VARCHAR|TEXT|STRING)/i.test(type)) return `epoch_us(CAST(${text} AS TIMESTAMPTZ))`;
  if (format !== undefined && format !== "") return `epoch_us(try_strptime(${text}, ${sqlText(strptimeFormat(format))}))`;
  return duckdbIsoMicros(parts);
}

/** An open DuckDB connection holding the view `hukka_case_events` of the log's good rows, and how many bad rows were skipped. */
export interface DuckDBEvents {
  readonly connection: Connection;
  readonly skipped: number;
}

/**
 * Reads the file (or table) through DuckDB once, into a table of the mapped columns typed (case
 * and activity as text, the department NULL where missing, times in microseconds since 1970,
 * the start time NULL where there is none) in the file's row order; checks the rows; and runs
 * `work` with the view `hukka_case_events` (`rn` the row's place in the file, then those columns, and `customer`) of
 * the good rows. The events never enter Node. Shared by the DuckDB engine's aggregates; not part
 * of the public API.
 */
export async function withDuckDBEvents<T>(path: string, mapping: LogMapping, options: DuckDBLogOptions, work: (events: DuckDBEvents) => Promise<T>): Promise<T> {
  const format = options.format ?? (/\.parquet$/i.test(path) ? "parquet" : "csv");
  if (/\.xes(\.gz)?$/i.test(path) && options.format === undefined) {
    throw new EventLogError("bad_option", `the DuckDB engine reads CSV, Parquet or a DuckDB table, not XES (${path}): use the default engine for XES, or convert the log to CSV or Parquet`);
  }
  // the missing package is named before anything is read
  const duckdb = await loadDuckDB();
  const header = format === "csv" ? await duckdbCsvHeader(path, mapping, options) : null;
  const { source, retry, shapeBad, anyLineBreak } = sourceOf(path, format, options, header, mapping);
  const named = header === null ? mapping : byPlace(mapping, header.columns);
  // looked for on the bytes while DuckDB reads: its lenient reader drops text after a closing quote
  const quoteFault = header === null ? Promise.resolve(null) : csvQuoteFault(path, options.delimiter ?? header.delimiter);
  quoteFault.catch(() => {}); // awaited in checkRows; a read error surfaces there, not as an unhandled rejection
  // The bindings ship without the ICU extension: TIMESTAMPTZ is then read and shown in UTC, as readEventLog reads times.
  const config: Record<string, string> = {};
  if (options.memoryLimit !== undefined) config["memory_limit"] = options.memoryLimit;
  if (options.tempDirectory !== undefined) config["temp_directory"] = options.tempDirectory;
  const threads = duckdbThreads(path, options);
  if (threads !== undefined) config["threads"] = String(threads);
  if (options.database !== undefined) config["access_mode"] = "READ_ONLY";
  const session = await openDuckDB(duckdb, options.database ?? ":memory:", config);
  const { connection } = session;
  try {
    const types = await columnTypes(connection, source).catch((e: Error) => {
      throw readError(e, path, format);
    });
    const { activity } = mappedColumns(named, types);
    const text = (column: string) => `CAST(${id(column)} AS VARCHAR)`;
    const joined = activity.length === 1 ? text(activity[0]!) : `concat_ws('+', ${activity.map((a) => `NULLIF(${text(a)}, '')`).join(", ")})`;
    const markers = ["", ...(named.missing ?? [])].map(sqlText).join(", ");
    const department = named.department === undefined ? "CAST(NULL AS VARCHAR)" : `CASE WHEN ${text(named.department)} IN (${markers}) THEN NULL ELSE ${text(named.department)} END`;
    const start = named.startTimestamp;
    // an empty customer: the event takes its case's (as the default engine reads it)
    const customer = named.customer === undefined ? "CAST(NULL AS VARCHAR)" : `NULLIF(${text(named.customer)}, '')`;
    const micros = (column: string, value: string, parts: string) => timestampMicros(column, types.get(column)!, options.timestampFormat, value, parts);
    const isText = (column: string) => /^(VARCHAR|TEXT|STRING)/i.test(types.get(column)!);
    const parts = (column: string, value: string) => (isText(column) && !options.timestampFormat ? duckdbIsoParts(value) : "NULL");
    // Read once into a table in file order (its rowid), in steps: the columns, each timestamp's
    // parts (matched once), the times; the texts of bad timestamps only, for the message.
    const stamp = isText(named.timestamp!) ? `trim(${id(named.timestamp!)})` : id(named.timestamp!);
    const startStamp = start === undefined ? "CAST(NULL AS VARCHAR)" : isText(start) ? `trim(${id(start)})` : id(start);
    const rows = (from: string) => `SELECT case_id, activity, department, customer, t, CASE WHEN t IS NULL THEN CAST(stamp AS VARCHAR) END AS stamp, st,
  CASE WHEN st IS NULL AND start_stamp IS NOT NULL AND CAST(start_stamp AS VARCHAR) <> '' THEN CAST(start_stamp AS VARCHAR) END AS start_stamp,
  shape_bad, CASE WHEN shape_bad THEN broken ELSE false END AS broken,
  shape_bad OR coalesce(case_id, '') = '' OR coalesce(activity, '') = '' OR t IS NULL OR (st IS NULL AND start_stamp IS NOT NULL AND CAST(start_stamp AS VARCHAR) <> '') AS bad
FROM (SELECT *, ${micros(named.timestamp!, "stamp", "stamp_parts")} AS t, ${start === undefined ? "CAST(NULL AS BIGINT)" : `CASE WHEN CAST(start_stamp AS VARCHAR) <> '' THEN ${micros(start, "start_stamp", "start_parts")} END`} AS st
  FROM (SELECT *, ${parts(named.timestamp!, "stamp")} AS stamp_parts, ${start === undefined ? "NULL" : parts(start, "start_stamp")} AS start_parts
    FROM (SELECT ${text(named.case!)} AS case_id, ${joined} AS activity, ${department} AS department, ${customer} AS customer, ${stamp} AS stamp, ${startStamp} AS start_stamp,
      ${shapeBad} AS shape_bad, CASE WHEN ${shapeBad} THEN ${anyLineBreak} ELSE false END AS broken FROM ${from}) s0) s1) s2`;
    // The table keeps only the columns the log has (an empty column of a hundred million rows
    // takes 0.8–1.6 GB: DuckDB does not compress in memory); the texts of a bad row are read
    // again from the file, for its message.
    const kept = ["case_id", "activity", "t", "bad", ...(named.department === undefined ? [] : ["department"]), ...(named.customer === undefined ? [] : ["customer"]), ...(start === undefined ? [] : ["st"]), ...(shapeBad === "false" ? [] : ["broken"])];
    const column = (name: string, type: string) => (kept.includes(name) ? name : `CAST(${name === "broken" ? "false" : "NULL"} AS ${type})`);
    const read = (from: string) => connection.run(`CREATE TEMP TABLE hukka_raw AS SELECT ${kept.join(", ")} FROM (${rows(from)}) r`);
    // read again with the setting DuckDB's error asks for, if any (see duckdbCsvSource)
    let from: string | null = source;
    for (;;) {
      const error = await read(from).then(
        () => null,
        (e: Error) => e,
      );
      if (error === null) break;
      from = retry(error.message, from);
      if (from === null) throw readError(error, path, format);
    }
    const readFrom = from;
    await connection.run(
      `CREATE TEMP VIEW hukka_raw_rows AS SELECT rowid AS rn, case_id, activity, ${column("department", "VARCHAR")} AS department, ${column("customer", "VARCHAR")} AS customer, t, ${column("st", "BIGINT")} AS st, bad, ${column("broken", "BOOLEAN")} AS broken FROM hukka_raw`,
    );
    // a bad row's texts, read again in the file's order (the rowid of hukka_raw)
    const badRow = async (rn: number) => (await connection.runAndReadAll(`SELECT * FROM (SELECT ROW_NUMBER() OVER () - 1 AS row, * FROM (${rows(readFrom)}) r) WHERE row = ${rn}`)).getRowObjectsJS()[0]!;
    // messages name the columns as the user does
    const activityNames = typeof mapping.activity === "string" ? [mapping.activity] : [...(mapping.activity ?? [])];
    const skipped = await checkRows(connection, path, format, mapping, activityNames, options, badRow, await quoteFault);
    await connection.run(`CREATE TEMP VIEW hukka_case_events AS SELECT rn, case_id, activity, department, customer, t, st FROM hukka_raw_rows WHERE NOT bad`);
    return await work({ connection, skipped });
  } finally {
    await session.close();
  }
}

/**
 * Fails on the first bad row (naming its line), or counts the bad rows when they may be skipped.
 * A CSV log with a bad row is read again by the default engine, whose error (its words, its line,
 * quoted line breaks and blank lines counted) is the one thrown; so is its error on a quoted
 * field never closed, which no row may skip, and on a quoted field with text after its closing
 * quote (`quoteFault`, its line), which DuckDB's reader does not see.
 */
async function checkRows(
  connection: Connection,
  path: string,
  format: string,
  mapping: LogMapping,
  activity: string[],
  options: DuckDBLogOptions,
  badRow: (rn: number) => Promise<Record<string, unknown>>,
  quoteFault: number | null,
): Promise<number> {
  if (quoteFault !== null) {
    await checkWithDefaultEngine(path, mapping, options);
    // the default engine skipped the row (skipBadRows): where its row ends, DuckDB cannot tell
    throw new EventLogError(
      "malformed_quote",
      `${path}: line ${quoteFault}: a quoted field has text after its closing quote: quote the whole field and double the quotes inside it (""); the DuckDB engine cannot skip such a row as the default engine does (leave out --engine duckdb to skip it)`,
      { line: quoteFault },
    );
  }
  const count = (await connection.runAndReadAll(
    "SELECT COUNT(*) FILTER (WHERE bad) AS bad, COUNT(*) FILTER (WHERE broken) AS broken, COUNT(*) FILTER (WHERE NOT bad) AS good FROM hukka_raw_rows",
  )).getRowObjectsJS()[0]!;
  const [bad, broken, good] = [Number(count["bad"]), Number(count["broken"]), Number(count["good"])];
  // a log without events is an error too, naming the first row skipped
  if (format === "csv" && (good === 0 || broken > 0 || (bad > 0 && !options.skipBadRows))) await checkWithDefaultEngine(path, mapping, options);
  if (options.skipBadRows || bad === 0) return bad;
  const first = (await connection.runAndReadAll("SELECT MIN(rn) AS rn FROM hukka_raw_rows WHERE bad")).getRowObjectsJS()[0]!;
  const row = await badRow(Number(first["rn"]));
  // a CSV's header is line 1, its first row line 2
  const place = format === "csv" ? `line ${Number(row["row"]) + 2}` : `row ${Number(row["row"]) + 1}`;
  const fix = " (or skip such rows with skipBadRows, --skip-bad-rows)";
  if (row["shape_bad"] === true) throw new EventLogError("short_row", `${path}: ${place}: more or fewer fields than the header${fix}`);
  const expected = options.timestampFormat
    ? `the format ${JSON.stringify(options.timestampFormat)}`
    : "ISO 8601 (2014-10-22T11:15:41+02:00) or YYYY/MM/DD hh:mm:ss; set timestampFormat (--timestamp-format) for other layouts";
  if (!row["case_id"]) throw new EventLogError("missing_value", `${path}: ${place}: empty case id in column ${JSON.stringify(mapping.case)}${fix}`);
  if (!row["activity"]) throw new EventLogError("missing_value", `${path}: ${place}: empty activity in ${activity.map((a) => JSON.stringify(a)).join(" + ")}${fix}`);
  if (row["t"] === null && row["stamp"] !== null && String(row["stamp"]).trim() !== "") {
    throw new EventLogError("bad_timestamp", `${path}: ${place}: cannot read the timestamp ${JSON.stringify(row["stamp"])} in column ${JSON.stringify(mapping.timestamp)}: expected ${expected}${fix}`);
  }
  if (row["t"] === null) throw new EventLogError("missing_value", `${path}: ${place}: empty timestamp in column ${JSON.stringify(mapping.timestamp)}${fix}`);
  throw new EventLogError(
    "bad_timestamp",
    `${path}: ${place}: cannot read the start timestamp ${JSON.stringify(row["start_stamp"])} in column ${JSON.stringify(mapping.startTimestamp)}: expected ${expected}${fix}`,
  );
}
