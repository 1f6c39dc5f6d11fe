import type { Calendar } from "../working-time/calendar.js";
import { safeParseCalendar } from "../working-time/safe-parse-calendar.js";
import { invalidInput } from "./invalid-input.js";
import { readJsonFile } from "./read-json-file.js";

/**
 * Reads and validates a calendar file (`--calendar FILE`); an invalid one is invalid input
 * (exit 1) with every problem on its own line.
 *
 * @example
 * const calendar = await readCalendar("office.json");
 */
export async function readCalendar(path: string): Promise<Calendar> {
  const parsed = await safeParseCalendar(await readJsonFile(path, "calendar"));
  if (!parsed.success) throw invalidInput(`${path}: invalid calendar`, parsed.issues);
  return parsed.data;
}
