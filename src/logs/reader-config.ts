import { EventLogError, ROW_PROBLEMS } from "./event-log-error.js";
import type { EventLogBuilder } from "./event-log-builder.js";
import { logFixText, type LogFix } from "./log-fix.js";
import type { TimestampBytesParser, TimestampParser } from "./timestamp-parser.js";

/** What a reader needs, resolved once from the mapping and the options by `readEventLog`. */
export interface ReaderConfig {
  caseKey: string;
  activityKeys: readonly string[];
  timestampKey: string;
  /** The column of the start time (CSV), or null; an empty value means "no start". */
  startTimestampKey: string | null;
  departmentKey: string | null;
  /** The column or attribute naming the customer, or null. */
  customerKey: string | null;
  /** Department values that mean "unknown"; the empty string always does. */
  missing: ReadonlySet<string>;
  activitySeparator: string;
  parseTime: TimestampParser;
  /** The default reader on a range of bytes (`isoTimestampBytes`), when no format is set: no string per event. */
  parseTimeAt: TimestampBytesParser | null;
  /** How the expected timestamps look, for error messages. */
  timestampHint: string;
  /** What fixes a timestamp that cannot be read: giving its layout, unless one was given. */
  timestampFixes: readonly LogFix[];
  skipBadRows: boolean;
  builder: EventLogBuilder;
}

/** Throws a row problem, or counts and skips it when `skipBadRows` allows; a row problem may always be skipped. */
export function badRow(config: ReaderConfig, code: string, message: string, place: EventLogError["place"], fixes: readonly LogFix[] = []): void {
  if (config.skipBadRows && ROW_PROBLEMS.has(code)) config.builder.skip(message + logFixText(fixes));
  else throw new EventLogError(code, message, place, ROW_PROBLEMS.has(code) ? [...fixes, "skip_bad_rows"] : fixes);
}
