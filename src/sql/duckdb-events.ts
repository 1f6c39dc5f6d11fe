import type { LogEncoding } from "../logs/decode-text.js";
import { EventLogError } from "../logs/event-log-error.js";
import type { LogMapping } from "../logs/read-event-log.js";
import { sqlDialects } from "./sql-dialects.js";

/**
 * Options of `duckdbLogAggregate`; every field is optional.
 *
 * @example
 * await duckdbLogAggregate("events.parquet", mapping, { memoryLimit: "2GB", tempDirectory: "/tmp/hukka" });
 */
export interface DuckDBLogOptions {
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
  /** DuckDB's worker threads; by default one per core. */
  threads?: number;
}

const DUCKDB_ENCODINGS: Partial<Record<LogEncoding, string>> = { "utf-8": "utf-8", utf8: "utf-8", latin1: "latin-1", "iso-8859-1": "latin-1" };

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

/** The table function (or table) holding the rows. */
function sourceOf(path: string, format: "csv" | "parquet" | "table", options: DuckDBLogOptions): string {
  if (format === "table") return path.split(".").map(id).join(".");
  if (format === "parquet") return `read_parquet(${sqlText(path)})`;
  const csv = ["header = true", "all_varchar = true", "quote = '\"'", "escape = '\"'", "null_padding = true"];
  if (options.delimiter !== undefined) csv.push(`delim = ${sqlText(options.delimiter)}`);
  if (options.encoding !== undefined) {
    const encoding = DUCKDB_ENCODINGS[options.encoding];
    if (encoding === undefined) {
      throw new EventLogError("bad_option", `the DuckDB engine reads UTF-8 and Latin-1 (latin1), not ${JSON.stringify(options.encoding)}: convert the file, or use the default engine`);
    }
    csv.push(`encoding = ${sqlText(encoding)}`);
  }
  return `read_csv(${sqlText(path)}, ${csv.join(", ")})`;
}

async function columnTypes(connection: Connection, source: string): Promise<Map<string, string>> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  return new Map(reader.getRowObjects().map((r) => [String(r["column_name"]), String(r["column_type"])]));
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

/** The timestamp column as TIMESTAMPTZ; text is read the way `timestampParser` reads it. */
function timestampExpression(column: string, type: string, format: string | undefined): string {
  if (!/^(VARCHAR|TEXT|STRING)/i.test(type)) return `CAST(${id(column)} AS TIMESTAMPTZ)`;
  const text = `trim(${id(column)})`;
  if (format !== undefined && format !== "") return `try_strptime(${text}, ${sqlText(strptimeFormat(format))})`;
  // YYYY/MM/DD is read as YYYY-MM-DD; a time without an offset is UTC (the session's time zone)
  return `TRY_CAST(regexp_replace(${text}, '^(\\d{4})/(\\d{2})/(\\d{2})', '\\1-\\2-\\3') AS TIMESTAMPTZ)`;
}

/** An open DuckDB connection holding the view `hukka_events` of the log's good rows, and how many bad rows were skipped. */
export interface DuckDBEvents {
  readonly connection: Connection;
  readonly skipped: number;
}

/**
 * Reads the file (or table) through DuckDB once, into a table of the mapped columns typed (case
 * and activity as text, the department NULL where missing, times in microseconds since 1970,
 * the start time NULL where there is none) in the file's row order; checks the rows; and runs
 * `work` with the view `hukka_events` (`rn` the row's place in the file, then those columns) of
 * the good rows. The events never enter Node. Shared by the DuckDB engine's aggregates; not part
 * of the public API.
 */
export async function withDuckDBEvents<T>(path: string, mapping: LogMapping, options: DuckDBLogOptions, work: (events: DuckDBEvents) => Promise<T>): Promise<T> {
  const format = options.format ?? (/\.parquet$/i.test(path) ? "parquet" : "csv");
  if (/\.xes(\.gz)?$/i.test(path) && options.format === undefined) {
    throw new EventLogError("bad_option", `the DuckDB engine reads CSV, Parquet or a DuckDB table, not XES (${path}): use the default engine for XES, or convert the log to CSV or Parquet`);
  }
  const source = sourceOf(path, format, options);
  const { DuckDBInstance } = await loadDuckDB();
  // The bindings ship without the ICU extension: TIMESTAMPTZ is then read and shown in UTC, as readEventLog reads times.
  const config: Record<string, string> = {};
  if (options.memoryLimit !== undefined) config["memory_limit"] = options.memoryLimit;
  if (options.tempDirectory !== undefined) config["temp_directory"] = options.tempDirectory;
  if (options.threads !== undefined) config["threads"] = String(options.threads);
  if (options.database !== undefined) config["access_mode"] = "READ_ONLY";
  const instance = await DuckDBInstance.create(options.database ?? ":memory:", config);
  const connection = await instance.connect();
  try {
    const types = await columnTypes(connection, source).catch((e: Error) => {
      throw new EventLogError("unreadable_log", `DuckDB cannot read ${path} as ${format}: ${e.message.split("\n")[0]}`);
    });
    const { activity } = mappedColumns(mapping, types);
    const text = (column: string) => `CAST(${id(column)} AS VARCHAR)`;
    const time = (column: string) => `epoch_us(${timestampExpression(column, types.get(column)!, options.timestampFormat)})`;
    const joined = activity.length === 1 ? text(activity[0]!) : `concat_ws('+', ${activity.map((a) => `NULLIF(${text(a)}, '')`).join(", ")})`;
    const markers = ["", ...(mapping.missing ?? [])].map(sqlText).join(", ");
    const department = mapping.department === undefined ? "CAST(NULL AS VARCHAR)" : `CASE WHEN ${text(mapping.department)} IN (${markers}) THEN NULL ELSE ${text(mapping.department)} END`;
    const start = mapping.startTimestamp;
    // A table, read once, in file order (its rowid); the bad rows' texts only, for the message.
    await connection.run(
      `CREATE TEMP TABLE hukka_raw AS SELECT *, coalesce(case_id, '') = '' OR coalesce(activity, '') = '' OR t IS NULL${start === undefined ? "" : " OR (st IS NULL AND start_stamp IS NOT NULL)"} AS bad FROM (
  SELECT ${text(mapping.case!)} AS case_id, ${joined} AS activity, ${department} AS department, ${time(mapping.timestamp!)} AS t,
    CASE WHEN ${time(mapping.timestamp!)} IS NULL THEN ${text(mapping.timestamp!)} END AS stamp,
    ${start === undefined ? "CAST(NULL AS BIGINT) AS st" : `${time(start)} AS st, CASE WHEN ${time(start)} IS NULL AND trim(${text(start)}) <> '' THEN ${text(start)} END AS start_stamp`}
  FROM ${source}) s`,
    );
    const skipped = await checkRows(connection, path, format, mapping, activity, options);
    await connection.run("CREATE TEMP VIEW hukka_events AS SELECT rowid AS rn, case_id, activity, department, t, st FROM hukka_raw WHERE NOT bad");
    return await work({ connection, skipped });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Fails on the first bad row (naming its line), or counts the bad rows when they may be skipped. */
async function checkRows(connection: Connection, path: string, format: string, mapping: LogMapping, activity: string[], options: DuckDBLogOptions): Promise<number> {
  const found = await connection.runAndReadAll(
    options.skipBadRows ? "SELECT COUNT(*) AS n FROM hukka_raw WHERE bad" : "SELECT rowid AS row, * FROM hukka_raw WHERE bad ORDER BY rowid LIMIT 1",
  );
  const rows = found.getRowObjectsJS();
  if (options.skipBadRows) return Number(rows[0]!["n"]);
  if (rows.length === 0) return 0;
  const row = rows[0]!;
  // a CSV's header is line 1, its first row line 2
  const place = format === "csv" ? `line ${Number(row["row"]) + 2}` : `row ${Number(row["row"]) + 1}`;
  const fix = " (or skip such rows with skipBadRows, --skip-bad-rows)";
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
