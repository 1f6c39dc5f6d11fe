import { zoneClock } from "./zone-clock.js";
import type { TimestampBytesParser, TimestampParser } from "./timestamp-parser.js";

const [PLUS, HYPHEN, Z, Z_LOWER] = [43, 45, 90, 122];

/** Whether ISO text on `t[start..end)` (its character codes or bytes) ends in an offset: `Z`, or `+`/`-` after the date. */
function hasOffset(code: (i: number) => number, start: number, end: number): boolean {
  const last = code(end - 1);
  if (last === Z || last === Z_LOWER) return true;
  for (let i = end - 1; i > start + 10; i--) {
    const c = code(i);
    if (c === PLUS || c === HYPHEN) return true;
  }
  return false;
}

/**
 * The timestamp readers of `readEventLog` with times that carry no offset read in an IANA zone
 * instead of UTC, exactly across daylight-saving changes (`zoneClock`). Times with an offset
 * keep it. A pattern with a `Z` field always has an offset; a function format is used as is.
 *
 * @example
 * const { parseTime } = zonedTimestamps(timestampParser(), isoTimestampBytes, undefined, "Europe/Helsinki");
 * parseTime("2024-12-06 08:00:00"); // Date.parse("2024-12-06T08:00:00+02:00")
 * parseTime("2024-12-06 08:00:00Z"); // Date.parse("2024-12-06T08:00:00Z")
 */
export function zonedTimestamps(
  parseTime: TimestampParser,
  parseTimeAt: TimestampBytesParser | null,
  format: string | TimestampParser | undefined,
  timezone: string,
): { parseTime: TimestampParser; parseTimeAt: TimestampBytesParser | null } {
  if (typeof format === "function" || (typeof format === "string" && format.includes("Z"))) return { parseTime, parseTimeAt };
  const clock = zoneClock(timezone);
  const pattern = typeof format === "string" && format !== "";
  return {
    parseTime: (text) => {
      const ms = parseTime(text);
      if (Number.isNaN(ms)) return ms;
      const t = text.trim();
      return pattern || !hasOffset((i) => t.charCodeAt(i), 0, t.length) ? clock.instantOf(ms) : ms;
    },
    parseTimeAt:
      parseTimeAt === null
        ? null
        : (bytes, start, end) => {
            const ms = parseTimeAt(bytes, start, end);
            return Number.isNaN(ms) || hasOffset((i) => bytes[i]!, start, end) ? ms : clock.instantOf(ms);
          },
  };
}
