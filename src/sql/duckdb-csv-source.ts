import type { LogEncoding } from "../logs/decode-text.js";
import { EventLogError } from "../logs/event-log-error.js";
import { sqlDialects } from "./sql-dialects.js";

const DUCKDB_ENCODINGS: Partial<Record<LogEncoding, string>> = { "utf-8": "utf-8", utf8: "utf-8", latin1: "latin-1", "iso-8859-1": "latin-1" };

/** The column past the header's: a row with more fields than the header fills it. */
export const EXTRA_COLUMN = "hukka_extra";

/**
 * DuckDB reads an empty field as this, not as NULL: NULL is then only the padding of a row with
 * fewer fields than the header. A value equal to it reads as missing.
 */
const NO_NULL = "\u0001hukka:not-null\u0001";

/** The longest line read on a second try: 128 MB. */
const LONG_LINE = 1 << 27;

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
const id = sqlDialects.duckdb.identifier;

/**
 * The `read_csv` call of a CSV log whose header was read as the default engine reads it: the
 * columns by place (`column0`, `column1`, …, all text), one more column (`EXTRA_COLUMN`) that
 * only a row with too many fields fills, short rows padded with NULL (empty fields stay empty
 * text), no sniffing, and DuckDB's lenient mode, which reads `\n`, `\r\n` and `\r` alike line by
 * line and quoted line breaks as they are. `shapeBad` is the SQL of a row whose field count the
 * default engine refuses: more fields than the header, or fewer than the last mapped column
 * needs (`needed`). `retry` gives the read again with the setting DuckDB's error asks for (one
 * thread, for a file its parallel reader cannot pad; a longer line), or null. Not part of the
 * public API.
 *
 * @example
 * duckdbCsvSource("events.csv", ["case", "activity", "time"], ",", 3, {}).shapeBad;
 * // '("column2" IS NULL OR "hukka_extra" IS NOT NULL)'
 */
export function duckdbCsvSource(
  path: string,
  columns: readonly string[],
  delimiter: string,
  needed: number,
  options: { encoding?: LogEncoding },
): { source: string; retry: (error: string, source: string) => string | null; shapeBad: string; anyLineBreak: string } {
  const names = [...columns.map((_, i) => `column${i}`), EXTRA_COLUMN];
  const csv = [
    "header = false",
    "skip = 1",
    "auto_detect = false",
    `columns = {${names.map((n) => `${sqlText(n)}: 'VARCHAR'`).join(", ")}}`,
    "quote = '\"'",
    "escape = '\"'",
    "null_padding = true",
    "strict_mode = false",
    // with \n set, \r\n and a lone \r end a line as well (set to \r\n, a lone \r would eat the next character)
    "new_line = '\\n'",
    `nullstr = ${sqlText(NO_NULL)}`,
    `delim = ${sqlText(delimiter)}`,
  ];
  if (options.encoding !== undefined) {
    const encoding = DUCKDB_ENCODINGS[options.encoding];
    if (encoding === undefined) {
      throw new EventLogError("bad_option", `the DuckDB engine reads UTF-8 and Latin-1 (latin1), not ${JSON.stringify(options.encoding)}: convert the file, or use the default engine`);
    }
    csv.push(`encoding = ${sqlText(encoding)}`);
  }
  return {
    source: `read_csv(${sqlText(path)}, ${csv.join(", ")})`,
    retry: (error, source) => {
      const more = (setting: string) => (source.includes(setting.split(" ")[0]!) ? null : source.replace(/\)$/, `, ${setting})`));
      // DuckDB's parallel reader cannot pad short rows once it meets a quoted line break
      if (/does not support null_padding in conjunction with quoted new lines/.test(error)) return more("parallel = false");
      // a line past DuckDB's bound (2 MB), which the default engine reads
      if (/Maximum line size of \d+ bytes exceeded/.test(error)) return more(`max_line_size = ${LONG_LINE}`);
      return null;
    },
    shapeBad: `(${id(`column${Math.max(needed, 1) - 1}`)} IS NULL OR ${id(EXTRA_COLUMN)} IS NOT NULL)`,
    // a quoted field that is never closed runs on to the end of the file: a short row with a line break in it
    anyLineBreak: `regexp_matches(concat_ws('', ${names.map(id).join(", ")}), '[\\r\\n]')`,
  };
}
