// The own-log form's words for a reading error: the problem as hukka states it, and each fix in
// terms of the form's own controls (Timestamp format, Skip bad rows, Encoding), not the library's
// options or the command line's flags, which the reader of this page does not have.
import type { LogFix } from "../../../src/index.js";

const FORM_FIXES: Readonly<Record<LogFix, string>> = {
  timestamp_format: "; type the layout of yours under Timestamp format (e.g. DD.MM.YYYY HH:mm) and Analyse again",
  skip_bad_rows: " (or tick Skip bad rows to count and leave out such rows)",
  encoding_latin1: ": if it is Latin-1, choose Latin-1 under Encoding",
  // the form reads the format it detected itself
  format_csv: "",
  engine_duckdb: ": this page reads CSV and XES; read Parquet or DuckDB files with the command line's DuckDB engine (hukka mine FILE --engine duckdb)",
};

/**
 * The message the form shows for an error of reading, mining or analysing a log: for a reading
 * error (`EventLogError`, which carries `problem` and `fixes`) the problem and the form's own
 * fixes; for any other error its message.
 *
 * @example
 * ownLogErrorText(error); // 'line 2: cannot read the timestamp "1.2.2024" …; type the layout of yours under Timestamp format …'
 */
export function ownLogErrorText(error: unknown): string {
  const e = error as { problem?: unknown; fixes?: unknown; message?: unknown };
  if (typeof e?.problem === "string" && Array.isArray(e.fixes)) return e.problem + (e.fixes as LogFix[]).map((f) => FORM_FIXES[f] ?? "").join("");
  return String(e?.message ?? error);
}
