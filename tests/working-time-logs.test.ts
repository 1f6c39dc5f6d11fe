import { describe, expect, test } from "vitest";
import { analyse, analyseLog, mineService, parseCalendar, readEventLog, type EventLog } from "../src/index.js";
import { openLog, testWithLog } from "./logs-helpers.js";

const DAY = ["08:00-16:00"];
const WEEKDAYS = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] };
const RECEIPT = { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] };

/**
 * An independent count of the working minutes of [from, to) in Amsterdam, Monday–Friday
 * 08:00–16:00: day by day, each local day's 08:00 and 16:00 found by trying the zone's two
 * offsets and keeping the one whose local hour, as `Intl` formats it, is right.
 */
function amsterdamOfficeMinutes(from: number, to: number): number {
  if (!(to > from)) return 0;
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23", weekday: "short" });
  const at = (date: string, hh: string) => {
    for (const offset of ["+01:00", "+02:00"]) {
      const t = Date.parse(`${date}T${hh}:00:00${offset}`);
      if (hour.formatToParts(t).find((p) => p.type === "hour")!.value === hh) return t;
    }
    throw new Error(`no ${hh}:00 on ${date}`);
  };
  let minutes = 0;
  // every calendar date from a day before `from` to a day after `to` (UTC dates cover the local ones)
  for (let d = Math.floor(from / 86_400_000) - 1; d <= Math.floor(to / 86_400_000) + 1; d++) {
    const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
    const weekday = new Date(d * 86_400_000).getUTCDay(); // of the date itself: 0 Sunday, 6 Saturday
    if (weekday === 0 || weekday === 6) continue;
    const open = at(date, "08");
    const close = at(date, "16");
    minutes += Math.max(0, Math.min(to, close) - Math.max(from, open)) / 60_000;
  }
  return minutes;
}

function separateCount(log: EventLog): number {
  let total = 0;
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    for (let i = log.caseStart[c]! + 1; i < log.caseStart[c + 1]!; i++) total += amsterdamOfficeMinutes(log.time[i - 1]!, log.time[i]!);
  }
  return total;
}

describe("working time on real logs", () => {
  testWithLog("receipt with Monday–Friday 08:00–16:00 in Amsterdam: total working wait equals a separate count", "receipt/receipt.csv", async () => {
    const calendar = await parseCalendar({ timezone: "Europe/Amsterdam", week: WEEKDAYS });
    const log = await readEventLog(openLog("receipt/receipt.csv"), RECEIPT, { timezone: calendar.timezone });
    const report = analyseLog(log, { calendar });
    const expected = separateCount(log);
    expect(expected).toBeGreaterThan(0);
    expect(report.working!.waitMinutes).toBeCloseTo(expected, 6);
    expect(report.working!.meanPerCase).toBeCloseTo(expected / log.cases.length, 9);
    // working time is part of calendar time
    expect(report.working!.waitMinutes).toBeLessThan(report.caseMinutes.meanMinutes! * report.cases);
  });

  testWithLog("a model mined with a calendar gives each transition its working wait, and its expected working minutes are the log's", "receipt/receipt.csv", async () => {
    const calendar = await parseCalendar({ timezone: "Europe/Amsterdam", week: WEEKDAYS, holidays: "NL" });
    const log = await readEventLog(openLog("receipt/receipt.csv"), RECEIPT, { timezone: calendar.timezone });
    const report = analyseLog(log, { calendar });
    const service = mineService(log, { calendar });
    expect(service.workingDayMinutes).toBe(480);
    const inner = service.transitions.filter((t) => !t.to.startsWith("end: "));
    expect(inner.every((t) => t.workingWait !== undefined && t.workingWait >= 0 && t.workingWait <= t.wait! + 1e-9)).toBe(true);
    const expected = analyse(service).expected;
    expect(expected.workingMinutes! / report.working!.meanPerCase).toBeCloseTo(1, 9);
    // and without a calendar, no working figure at all
    expect(analyse(mineService(log)).expected.workingMinutes).toBeUndefined();
    expect(analyseLog(log).working).toBeUndefined();
  });
});
