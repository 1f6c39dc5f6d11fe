/**
 * A change of how the log is read that fixes a reading error, as data on `EventLogError.fixes`:
 * the library words it in its own and the CLI's terms (`logFixText`); another front end (the
 * docs' own-log form) words it in terms of its own controls.
 *
 * - `timestamp_format`: give the layout of the timestamps (`timestampFormat`, `--timestamp-format`)
 * - `skip_bad_rows`: count and skip such rows (`skipBadRows`, `--skip-bad-rows`)
 * - `encoding_latin1`: read the text as Latin-1 (`encoding: "latin1"`, `--encoding latin1`)
 * - `format_csv`: read it as CSV, not XES (`format: "csv"`, `--format csv`)
 * - `engine_duckdb`: read it with DuckDB, a Parquet file or a DuckDB database (`--engine duckdb`)
 *
 * @example
 * const fix: LogFix = "skip_bad_rows";
 */
export type LogFix = "timestamp_format" | "skip_bad_rows" | "encoding_latin1" | "format_csv" | "engine_duckdb";

/**
 * The words that follow a problem for each of its fixes, naming the library's option and the
 * CLI's flag: the end of `EventLogError.message`.
 *
 * @example
 * logFixText(["skip_bad_rows"]); // " (or skip such rows with skipBadRows, --skip-bad-rows)"
 */
export function logFixText(fixes: readonly LogFix[]): string {
  return fixes.map(words).join("");
}

function words(fix: LogFix): string {
  switch (fix) {
    case "timestamp_format":
      return "; set timestampFormat (--timestamp-format) for other layouts";
    case "skip_bad_rows":
      return " (or skip such rows with skipBadRows, --skip-bad-rows)";
    case "encoding_latin1":
      return ': if it is Latin-1, read it with encoding "latin1" (--encoding latin1)';
    case "format_csv":
      return ' (read as XES because the text starts with "<"; set format "csv", --format csv, for a CSV log)';
    case "engine_duckdb":
      return ": read it through DuckDB: `hukka mine LOG --engine duckdb` (duckdbLogAggregate in hukka/sql)";
  }
}
