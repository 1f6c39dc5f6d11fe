import { logFixText, type LogFix } from "./log-fix.js";

/**
 * Why a log could not be read: a stable snake_case `code`, the place (CSV `line`, or XES
 * `trace` and `event` positions, 1-based) when there is one, and a message naming the fix.
 *
 * Codes: `empty_log`, `mapping_required`, `missing_column`, `duplicate_column`, `missing_value`,
 * `short_row`, `long_row`, `bad_timestamp`, `unterminated_quote`, `malformed_quote`,
 * `record_too_long`, `invalid_encoding`, `bad_gzip`, `xml_error`, `xml_entities`, `not_xes`,
 * `misplaced_event`, `duplicate_attribute`, `missing_attribute`, `unknown_attribute`, `bad_option`,
 * `needs_duckdb`. `problem` is the message without its fixes, and `fixes` the changes of the
 * reading options that fix it (`LogFix`), for a front end that words them in its own terms.
 *
 * @example
 * try { await readEventLog("a,b\n1,2\n", { case: "id", activity: "a", timestamp: "b" }); }
 * catch (e) { [e.code, e.place]; } // ["missing_column", { line: 1 }]
 */
export class EventLogError extends Error {
  override name = "EventLogError";
  constructor(
    readonly code: string,
    readonly problem: string,
    readonly place: { line?: number; trace?: number; event?: number } = {},
    readonly fixes: readonly LogFix[] = [],
  ) {
    super(problem + logFixText(fixes));
  }
}

/** Codes of problems that concern one row or event, so `skipBadRows` may skip them. */
export const ROW_PROBLEMS: ReadonlySet<string> = new Set([
  "missing_value",
  "short_row",
  "long_row",
  "bad_timestamp",
  "malformed_quote",
  "missing_attribute",
]);
