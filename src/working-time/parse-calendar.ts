import type { Calendar } from "./calendar.js";
import { InvalidCalendarError } from "./invalid-calendar-error.js";
import { safeParseCalendar } from "./safe-parse-calendar.js";

/**
 * Validates a calendar and resolves to it, or rejects with `InvalidCalendarError` carrying every
 * problem (code, path, fix). Asynchronous because public holidays by country code come from a
 * library loaded only when a calendar names a country. The input is not changed.
 *
 * @example
 * const calendar = await parseCalendar({
 *   timezone: "Europe/Helsinki", holidays: "FI",
 *   week: { mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"], fri: ["08:00-16:00"] },
 * });
 * analyseLog(log, { calendar }).working?.meanPerCase; // working minutes waited per case
 */
export async function parseCalendar(input: unknown): Promise<Calendar> {
  const result = await safeParseCalendar(input);
  if (!result.success) throw new InvalidCalendarError(result.issues);
  return result.data;
}
