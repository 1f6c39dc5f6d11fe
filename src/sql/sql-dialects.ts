/**
 * The pieces of SQL that differ between engines; everything else in hukka's aggregation is
 * written once. Plain data, the way d3-format keeps its locales.
 *
 * @example
 * sqlDialects.postgres.epochMicros("ts"); // "CAST(EXTRACT(EPOCH FROM ts) * 1000000 AS BIGINT)"
 */
export interface SqlDialect {
  readonly name: SqlDialectName;
  /** Quotes an identifier (a column or table name as the user gave it) as the engine's own lexer reads it back. */
  identifier(name: string): string;
  /** A text as a string literal, as the engine's own lexer reads it back: any text, quotes and backslashes included. */
  literal(text: string): string;
  /** Microseconds since 1970 of a timestamp expression, as a 64-bit integer. */
  epochMicros(timestamp: string): string;
  /**
   * A case's variant key: the ids of its activities in order of `position`, joined with commas.
   * `grouped` is an aggregate over the case's rows (grouped by case). An engine that holds
   * ordered aggregates in memory gives `window` instead: an aggregate over the case's window
   * partition, which spills to disk like any window, and `key`, which makes the key of its value.
   */
  readonly variantKey: { grouped(id: string, position: string): string } | { window(id: string, position: string): string; key(value: string): string };
  /** Joins the non-empty parts with `separator` (several activity columns as one activity). */
  joinNonEmpty(parts: readonly string[], separator: string): string;
  /** The median of a numeric column, as an aggregate. */
  median(column: string): string;
  /**
   * The column `<column>_median` (the median within `partition`) that `median` reads, for an
   * engine whose exact median is an analytic function only; `null` where it is an aggregate.
   */
  medianColumn(column: string, partition: string): string | null;
  /** The keyword that makes a common table expression computed once (`MATERIALIZED`), or "" where there is none or it does not pay. */
  readonly materialized: string;
  /** Type names. */
  readonly text: string;
  readonly bigint: string;
  readonly double: string;
  /** An exact numeric type wide enough for a sum of microseconds over billions of events. */
  readonly decimal: string;
}

/** The engines hukka writes its aggregation for. */
export type SqlDialectName = "duckdb" | "postgres" | "spark" | "bigquery";

/** Standard SQL quoting: the quote character doubled, nothing else special (PostgreSQL, DuckDB; Spark's backquoted identifiers). */
const doubled = (quote: string) => (text: string) => quote + text.split(quote).join(quote + quote) + quote;
/** Inside a Spark or BigQuery string (or BigQuery quoted identifier) a backslash starts an escape. */
const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
/**
 * Quoting for an engine whose lexer reads backslash escapes (Spark SQL, BigQuery): the
 * backslash and the quote character escaped with a backslash (a doubled quote would be two
 * literals side by side, which Spark joins: `'O''Brien'` is `OBrien` there), and control
 * characters as escapes both engines read (`\n`, `\u0001`), since a raw line break may not
 * stand in a BigQuery literal.
 */
const backslashed = (quote: string) => {
  const special = new RegExp(`[\\\\${quote}\\u0000-\\u001f\\u007f]`, "g");
  return (text: string) =>
    quote + text.replace(special, (c) => ESCAPES[c] ?? (c === quote ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)) + quote;
};
const standardLiteral = doubled("'");
const escapedLiteral = backslashed("'");
const nullIfEmpty = (part: string) => `NULLIF(${part}, '')`;

/**
 * The SQL pieces of each engine hukka writes its aggregation for: DuckDB, PostgreSQL (12 and
 * later), Spark SQL (3.1 and later) and Google BigQuery (GoogleSQL).
 *
 * @example
 * sqlDialects.duckdb.median("x"); // "median(x)"
 */
export const sqlDialects: Readonly<Record<SqlDialectName, SqlDialect>> = {
  duckdb: {
    name: "duckdb",
    identifier: doubled('"'),
    literal: standardLiteral,
    epochMicros: (t) => `epoch_us(${t})`,
    // Ordered aggregates (string_agg … ORDER BY) and lists grouped by case stay in memory: a
    // window's list per case (computed once for the partition), sorted by position afterwards.
    variantKey: {
      window: (id, position) => `list(struct_pack(p := ${position}, a := ${id}))`,
      key: (value) => `array_to_string(list_transform(list_sort(${value}), x -> x.a), ',')`,
    },
    joinNonEmpty: (parts, separator) => `concat_ws(${standardLiteral(separator)}, ${parts.map(nullIfEmpty).join(", ")})`,
    median: (v) => `median(${v})`,
    medianColumn: () => null,
    // A materialized CTE is held in memory while a window reads it: past the memory limit DuckDB
    // fails instead of spilling. Computed again where used, every step spills.
    materialized: "",
    text: "VARCHAR",
    bigint: "BIGINT",
    double: "DOUBLE",
    decimal: "DECIMAL(38, 0)",
  },
  postgres: {
    name: "postgres",
    // standard_conforming_strings is on (the default since PostgreSQL 9.1): a backslash is a character
    identifier: doubled('"'),
    literal: standardLiteral,
    epochMicros: (t) => `CAST(EXTRACT(EPOCH FROM ${t}) * 1000000 AS BIGINT)`,
    variantKey: { grouped: (id, position) => `string_agg(CAST(${id} AS TEXT), ',' ORDER BY ${position})` },
    joinNonEmpty: (parts, separator) => `concat_ws(${standardLiteral(separator)}, ${parts.map(nullIfEmpty).join(", ")})`,
    median: (v) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${v})`,
    medianColumn: () => null,
    materialized: "MATERIALIZED",
    text: "TEXT",
    bigint: "BIGINT",
    double: "DOUBLE PRECISION",
    decimal: "NUMERIC(38, 0)",
  },
  spark: {
    name: "spark",
    // a backquoted identifier reads a doubled backquote, and no backslash escape
    identifier: doubled("`"),
    literal: escapedLiteral,
    epochMicros: (t) => `unix_micros(CAST(${t} AS TIMESTAMP))`,
    // collect_list keeps no order: each id behind its zero-padded position, sorted as text. The
    // positions are 1…n in every case, so equal keys still mean equal sequences.
    variantKey: {
      grouped: (id, position) => `concat_ws(',', sort_array(collect_list(concat(lpad(CAST(${position} AS STRING), 10, '0'), ':', CAST(${id} AS STRING)))))`,
    },
    joinNonEmpty: (parts, separator) => `concat_ws(${escapedLiteral(separator)}, ${parts.map(nullIfEmpty).join(", ")})`,
    // percentile (not percentile_approx) is exact
    median: (v) => `percentile(${v}, 0.5)`,
    medianColumn: () => null,
    materialized: "",
    text: "STRING",
    bigint: "BIGINT",
    double: "DOUBLE",
    decimal: "DECIMAL(38, 0)",
  },
  bigquery: {
    name: "bigquery",
    // a quoted identifier reads the escapes of a string literal
    identifier: backslashed("`"),
    literal: escapedLiteral,
    epochMicros: (t) => `UNIX_MICROS(CAST(${t} AS TIMESTAMP))`,
    // the delimiter is a comma by default
    variantKey: { grouped: (id, position) => `STRING_AGG(CAST(${id} AS STRING) ORDER BY ${position})` },
    // ARRAY_TO_STRING leaves NULL elements out
    joinNonEmpty: (parts, separator) => `ARRAY_TO_STRING([${parts.map(nullIfEmpty).join(", ")}], ${escapedLiteral(separator)})`,
    // BigQuery's exact median is an analytic function only: a column first, then any of its values
    median: (v) => `ANY_VALUE(${v}_median)`,
    medianColumn: (v, partition) => `PERCENTILE_CONT(${v}, 0.5) OVER (PARTITION BY ${partition}) AS ${v}_median`,
    materialized: "",
    text: "STRING",
    bigint: "INT64",
    double: "FLOAT64",
    decimal: "NUMERIC",
  },
};
