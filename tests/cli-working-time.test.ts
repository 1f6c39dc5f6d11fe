// `hukka mine … --calendar FILE`: the working clock on the command line.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parseService, type LogReport } from "../src/index.js";
import { runHukka } from "./cli-helpers.js";

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-working-"));
});

// Helsinki local times without an offset (read in the calendar's zone):
//   A  desk Fri 13 Dec 2024 15:00 → lab Mon 16 Dec 09:00 (60 + 60 working min) → desk Mon 11:00 (120)
//   B  desk Thu 5 Dec 15:00 → desk Mon 9 Dec 09:00: Independence Day (Fri 6 Dec) closed, 60 + 60
const LOG = `case,activity,time,dept
A,call,2024-12-13 15:00:00,desk
A,test,2024-12-16 09:00:00,lab
A,talk,2024-12-16 11:00:00,desk
B,call,2024-12-05 15:00:00,desk
B,call,2024-12-09 09:00:00,desk
`;
const ARGS = ["--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept"];
const OFFICE = ["08:00-16:00"];
const CALENDAR = JSON.stringify({ timezone: "Europe/Helsinki", week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, holidays: "FI" });

describe("hukka mine LOG --calendar FILE", () => {
  test("--json adds the working block: every wait on the working clock, beside the calendar's", async () => {
    const { status, out, err } = await runHukka(["mine", file("log.csv", LOG), ...ARGS, "--calendar", file("office.json", CALENDAR), "--json"]);
    expect(status).toBe(0);
    expect(err).toBe("");
    const report = JSON.parse(out) as LogReport;
    // A: 120 + 120, B: 120 → 360 working minutes over 2 cases
    expect(report.working).toEqual({
      waitMinutes: 360,
      meanPerCase: 180,
      departmentChanges: { count: 2, meanMinutes: 120, medianMinutes: 120 },
      departmentStays: { count: 1, meanMinutes: 120, medianMinutes: 120 },
      dayMinutes: 480,
      timezone: "Europe/Helsinki",
    });
    // the calendar clock: A lasts 2 days 20 h, B 3 days 18 h (local times, read in Helsinki)
    expect(report.caseMinutes.meanMinutes).toBe(((2 * 24 + 20) * 60 + (3 * 24 + 18) * 60) / 2);
    // the mined model holds the same 180 working minutes per case, beside the log's
    const { fidelity } = JSON.parse(out) as { fidelity: { log: { workingMinutes: number }; model: { workingMinutes: number }; difference: { workingMinutes: number } } };
    expect(fidelity.log.workingMinutes).toBe(180);
    expect(fidelity.model.workingMinutes).toBeCloseTo(180, 9);
    expect(fidelity.difference.workingMinutes).toBeCloseTo(0, 12);
  });

  test("the summary says which clock each figure is on, in working days of the calendar's length", async () => {
    const { status, out } = await runHukka(["mine", file("log.csv", LOG), ...ARGS, "--calendar", file("office.json", CALENDAR)]);
    expect(status).toBe(0);
    expect(out).toContain("working time (Europe/Helsinki; a working day is 8 h):");
    // mean case 3.3 days (4,800 min), of which 180 working minutes
    expect(out).toContain("a case waits 3.3 days, of which 3 h of working time on average");
    expect(out).toContain("all waits together: 6 h of working time");
    // the fidelity's last row: the same time on the working clock, log and model
    expect(out).toMatch(/^ {2}working time +3 h of working time +3 h of working time +0\.0 %$/m);
  });

  test("--model writes each transition's working wait and the working day", async () => {
    const model = join(dir, "model.json");
    const { status } = await runHukka(["mine", file("log.csv", LOG), ...ARGS, "--calendar", file("office.json", CALENDAR), "--model", model, "--history", "0"]);
    expect(status).toBe(0);
    const service = parseService(JSON.parse(readFileSync(model, "utf8")));
    expect(service.workingDayMinutes).toBe(480);
    const wait = (from: string, to: string) => service.transitions.find((t) => t.from === from && t.to === to)?.workingWait;
    expect([wait("call", "test"), wait("test", "talk"), wait("call", "call")]).toEqual([120, 120, 120]);
  });

  test("an invalid calendar is invalid input: every problem on its own line (exit 1)", async () => {
    const bad = file("bad.json", JSON.stringify({ timezone: "Mars/Olympus", week: { mon: ["8-16"] }, holidays: "XX" }));
    const { status, out, err } = await runHukka(["mine", file("log.csv", LOG), ...ARGS, "--calendar", bad]);
    expect([status, out]).toEqual([1, ""]);
    expect(err.trim().split("\n")).toEqual([
      `error: ${bad}: invalid calendar`,
      'error: timezone: unknown time zone "Mars/Olympus": use an IANA name such as "Europe/Helsinki" or "UTC" [unknown_timezone]',
      'error: week.mon[0]: invalid range "8-16": write "HH:MM-HH:MM", e.g. "08:00-16:15" (a range may end at "24:00") [invalid_range]',
      'error: holidays: unknown country code "XX" for public holidays: give a date "YYYY-MM-DD" or a country code such as "FI" (or "DE-BY" for a state); codes follow ISO 3166 [unknown_country]',
    ]);
  });

  test("the DuckDB engine refuses a calendar, saying why and what to do (exit 2)", async () => {
    const { status, err } = await runHukka(["mine", file("log.csv", LOG), ...ARGS, "--engine", "duckdb", "--calendar", file("office.json", CALENDAR)]);
    expect(status).toBe(2);
    expect(err).toContain("error: --calendar needs the default engine");
    expect(err).toContain("leave out --engine duckdb");
  });
});
