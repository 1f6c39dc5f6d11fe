import type { LogEncoding } from "../logs/decode-text.js";
import { EventLogError } from "../logs/event-log-error.js";
import type { LogMapping } from "../logs/read-event-log.js";
import type { SqlUnitOptions } from "./journey-steps.js";
import { logAggregateQuery } from "./log-aggregate-sql.js";
import type { LogAggregateRow } from "./log-aggregate-row.js";
import { sqlDialects } from "./sql-dialects.js";
import type { SqlLogMapping } from "./sql-log-mapping.js";
import type { SqlQuery } from "./sql-query.js";

/**
 * Options of `duckdbLogAggregate`; every field is optional.
 *
 * @example
 * await duckdbLogAggregate("events.parquet", mapping, { memoryLimit: "2GB", tempDirectory: "/tmp/hukka" });
 */
export interface DuckDBLogOptions extends SqlUnitOptions {
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

/** The view the aggregation reads: the mapped columns, typed, with the file's row order. */
const EVENTS = "hukka_events";
/** Rows of the source in file order, numbered from 1 (the header is line 1 of a CSV). */
const ROW = "hukka_row";

const DUCKDB_ENCODINGS: Partial<Record<LogEncoding, string>> = { "utf-8": "utf-8", utf8: "utf-8", latin1: "latin-1", "iso-8859-1": "latin-1" };

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
const id = sqlDialects.duckdb.identifier;

type DuckDB = typeof import("@duckdb/node-api");
type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDB["DuckDBInstance"]["create"]>>["connect"]>>;

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

/** The timestamp column as TIMESTAMPTZ; text is read the way `timestampParser` reads it. */
function timestampExpression(column: string, type: string, format: string | undefined): string {
  if (!/^(VARCHAR|TEXT|STRING)/i.test(type)) return `CAST(${id(column)} AS TIMESTAMPTZ)`;
  const text = `trim(${id(column)})`;
  if (format !== undefined && format !== "") return `try_strptime(${text}, ${sqlText(strptimeFormat(format))})`;
  // YYYY/MM/DD is read as YYYY-MM-DD; a time without an offset is UTC (the session's time zone)
  return `TRY_CAST(regexp_replace(${text}, '^(\\d{4})/(\\d{2})/(\\d{2})', '\\1-\\2-\\3') AS TIMESTAMPTZ)`;
}

/**
 * Computes the aggregate of `logAggregateSql` in DuckDB from a CSV or Parquet file, or a table
 * of a DuckDB database, without ever holding the events in Node: DuckDB reads the file,
 * numbers its rows in file order (so that ties in time keep file order, as in `readEventLog`),
 * and returns only the aggregate rows, for `logReportFromAggregate`. Needs the optional
 * dependency `@duckdb/node-api`. XES is not read this way: convert it, or use `readEventLog`.
 *
 * @example
 * const rows = await duckdbLogAggregate("sepsis.csv", {
 *   case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"],
 * }, { delimiter: ";" });
 * logReportFromAggregate(rows).cases; // 1050
 */
export async function duckdbLogAggregate(path: string, mapping: LogMapping, options: DuckDBLogOptions = {}): Promise<LogAggregateRow[]> {
  const { rows, skipped } = await queryDuckDBEvents(path, mapping, options, (events) =>
    logAggregateQuery(events, { dialect: "duckdb", ...(options.topVariants !== undefined && { topVariants: options.topVariants }), unit: options.unit, journeyGap: options.journeyGap }),
  );
  const aggregate = rows as unknown as LogAggregateRow[];
  if (skipped > 0) aggregate.push({ part: "total", name: "skipped_rows", next_name: null, n: skipped, micros: null, median_micros: null, rank: null, position: null });
  return aggregate;
}

/**
 * Reads the file (or table) through DuckDB as the view of the mapped, typed columns with the
 * file's row order, checks the rows, and runs the query that `queryFor` writes over that view;
 * the rows of its result, and how many bad rows were skipped. Each step of the query becomes a
 * temporary table of its own, in order, and the final `SELECT` reads them: one statement with
 * every step as a common table expression holds several blocking operators (window sorts, hash
 * joins) at once, and failed past DuckDB's memory limit on a hundred million events, where a
 * table per step spills to the temporary directory like any other. Shared by the DuckDB
 * engine's aggregates; not part of the public API.
 */
export async function queryDuckDBEvents(
  path: string,
  mapping: LogMapping,
  options: DuckDBLogOptions,
  queryFor: (events: SqlLogMapping) => SqlQuery,
): Promise<{ rows: Record<string, unknown>[]; skipped: number }> {
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
    const time = timestampExpression(mapping.timestamp!, types.get(mapping.timestamp!)!, options.timestampFormat);
    const departmentColumn = mapping.department === undefined ? "" : `, CAST(${id(mapping.department)} AS VARCHAR) AS department`;
    const customerColumn = mapping.customer === undefined ? "" : `, CAST(${id(mapping.customer)} AS VARCHAR) AS customer`;
    const activityColumns = activity.map((a, i) => `, CAST(${id(a)} AS VARCHAR) AS activity_${i}`).join("");
    // A view, not a table: DuckDB streams the file into the query's first step.
    await connection.run(
      `CREATE TEMP VIEW hukka_rows AS SELECT ROW_NUMBER() OVER () AS ${ROW}, CAST(${id(mapping.case!)} AS VARCHAR) AS case_id${activityColumns}` +
        `${departmentColumn}${customerColumn}, CAST(${id(mapping.timestamp!)} AS VARCHAR) AS stamp, ${time} AS t FROM ${source}`,
    );
    const activityEmpty = activity.map((_, i) => `coalesce(activity_${i}, '') = ''`).join(" AND ");
    const bad = `coalesce(case_id, '') = '' OR (${activityEmpty}) OR t IS NULL`;
    const skipped = await checkRows(connection, bad, path, format, mapping, activity, options);
    await connection.run(`CREATE TEMP VIEW ${EVENTS} AS SELECT * FROM hukka_rows WHERE NOT (${bad})`);
    const query = queryFor({
      source: EVENTS,
      case: "case_id",
      activity: activity.map((_, i) => `activity_${i}`),
      timestamp: "t",
      ...(mapping.department !== undefined && { department: "department" }),
      ...(mapping.customer !== undefined && { customer: "customer" }),
      missing: mapping.missing ?? [],
      order: ROW,
    });
    // the steps' names are the query's own: the source is read only through the view, by the first step
    const done = stepsDoneAfter(query);
    for (const [i, step] of query.steps.entries()) {
      await connection.run(`CREATE TEMP TABLE ${id(step.name)} AS ${step.sql}`);
      // a table no later step reads leaves the memory (and the spill directory) to the next
      for (const name of done[i]!) await connection.run(`DROP TABLE ${id(name)}`);
    }
    const reader = await connection.runAndReadAll(query.select);
    return { rows: reader.getRowObjectsJS() as Record<string, unknown>[], skipped };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * For each step of the query, the steps that no step after it (nor the final select) reads:
 * their tables can go once it is made.
 */
export function stepsDoneAfter(query: SqlQuery): string[][] {
  // names inside string literals ('events', a total's label) are not reads
  const texts = [...query.steps.map((s) => s.sql), query.select].map((text) => text.replace(/'(?:[^']|'')*'/g, "''"));
  const lastRead = query.steps.map((step, j) => {
    const reads = new RegExp(`\\b${step.name}\\b`);
    return texts.reduce((last, text, k) => (k > j && reads.test(text) ? k : last), j);
  });
  return query.steps.map((_, i) => query.steps.filter((_, j) => lastRead[j] === i).map((s) => s.name));
}

/** Fails on the first bad row (naming its line), or counts the bad rows when they may be skipped. */
async function checkRows(
  connection: Connection,
  bad: string,
  path: string,
  format: string,
  mapping: LogMapping,
  activity: string[],
  options: DuckDBLogOptions,
): Promise<number> {
  const found = await connection.runAndReadAll(
    options.skipBadRows ? `SELECT COUNT(*) AS n FROM hukka_rows WHERE ${bad}` : `SELECT * FROM hukka_rows WHERE ${bad} ORDER BY ${ROW} LIMIT 1`,
  );
  const rows = found.getRowObjectsJS();
  if (options.skipBadRows) return Number(rows[0]!["n"]);
  if (rows.length === 0) return 0;
  const row = rows[0]!;
  // a CSV's header is line 1
  const place = format === "csv" ? `line ${Number(row[ROW]) + 1}` : `row ${Number(row[ROW])}`;
  const fix = " (or skip such rows with skipBadRows, --skip-bad-rows)";
  if (!row["case_id"]) throw new EventLogError("missing_value", `${path}: ${place}: empty case id in column ${JSON.stringify(mapping.case)}${fix}`);
  if (row["t"] === null && row["stamp"]) {
    throw new EventLogError(
      "bad_timestamp",
      `${path}: ${place}: cannot read the timestamp ${JSON.stringify(row["stamp"])} in column ${JSON.stringify(mapping.timestamp)}: expected ${options.timestampFormat ? `the format ${JSON.stringify(options.timestampFormat)}` : "ISO 8601 (2014-10-22T11:15:41+02:00) or YYYY/MM/DD hh:mm:ss; set timestampFormat (--timestamp-format) for other layouts"}${fix}`,
    );
  }
  if (row["t"] === null) throw new EventLogError("missing_value", `${path}: ${place}: empty timestamp in column ${JSON.stringify(mapping.timestamp)}${fix}`);
  throw new EventLogError("missing_value", `${path}: ${place}: empty activity in ${activity.map((a) => JSON.stringify(a)).join(" + ")}${fix}`);
}
