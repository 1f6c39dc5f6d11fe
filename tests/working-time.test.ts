import { describe, expect, test } from "vitest";
import { analyse, analyseLog, formatBothClocks, formatWorkingTime, departmentFlows, headline, logHeadline, mineService, miningFidelity, observedJourneys, parseCalendar, readEventLog, type CalendarInput } from "../src/index.js";
import { layoutBlueprint, layoutWanderLine, renderReport } from "../src/viz/index.js";
import { parseHTML } from "linkedom";

// Hand-computed waits on the working clock. The office: Helsinki, Monday–Friday 08:00–16:00,
// Finland's public holidays. Every timestamp below carries its offset unless the test is about
// timestamps without one; December is +02:00 (EET), summer +03:00 (EEST).
const OFFICE = ["08:00-16:00"];
const office: CalendarInput = {
  timezone: "Europe/Helsinki",
  week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [], sun: [] },
  holidays: "FI",
};
const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };

/** The working minutes of the one wait of a two-event case: from (desk) → to (into `dept`). */
async function oneWait(input: CalendarInput, from: string, to: string, dept = "desk", options: { timezone?: string } = {}): Promise<number> {
  const calendar = await parseCalendar(input);
  const log = await readEventLog(`case,activity,time,dept\nc,a,${from},desk\nc,b,${to},${dept}\n`, mapping, options);
  return analyseLog(log, { calendar }).working!.waitMinutes;
}

describe("working minutes of a wait", () => {
  test("across a weekend: Friday 15:00 → Monday 09:00 is 60 + 60", async () => {
    // Fri 13 Dec 2024 15:00–16:00 (60), Sat and Sun closed, Mon 16 Dec 08:00–09:00 (60)
    expect(await oneWait(office, "2024-12-13T15:00:00+02:00", "2024-12-16T09:00:00+02:00")).toBe(120);
  });

  test("across a public holiday: Finnish Independence Day, Friday 6 December 2024, is closed", async () => {
    // Thu 5 Dec 15:00–16:00 (60), Fri 6 Dec holiday, weekend, Mon 9 Dec 08:00–09:00 (60)
    const from = "2024-12-05T15:00:00+02:00";
    const to = "2024-12-09T09:00:00+02:00";
    expect(await oneWait(office, from, to)).toBe(120);
    // the same wait without holidays has Friday's 8 hours too
    expect(await oneWait({ ...office, holidays: [] }, from, to)).toBe(120 + 480);
  });

  test("across the spring change of 2024 in Helsinki (31 March, 03:00 → 04:00): office hours stay 08:00–16:00 local", async () => {
    const plain = { ...office, holidays: [] }; // Good Friday and Easter Monday aside
    // Fri 29 Mar 15:00 EET → Mon 1 Apr 09:00 EEST: 60 + 60; Monday opens at 05:00 UTC, not 06:00
    expect(await oneWait(plain, "2024-03-29T15:00:00+02:00", "2024-04-01T09:00:00+03:00")).toBe(120);
  });

  test("across the autumn change of 2024 in Helsinki (27 October, 04:00 → 03:00)", async () => {
    const plain = { ...office, holidays: [] };
    // Fri 25 Oct 15:00 EEST → Mon 28 Oct 09:00 EET: 60 + 60; Monday opens at 06:00 UTC
    expect(await oneWait(plain, "2024-10-25T15:00:00+03:00", "2024-10-28T09:00:00+02:00")).toBe(120);
  });

  test("round the clock, the days of the changes are 23 and 25 hours long; timestamps without an offset are local", async () => {
    const allDay = ["00:00-24:00"];
    const ward: CalendarInput = { timezone: "Europe/Helsinki", week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } };
    const local = { timezone: "Europe/Helsinki" };
    // Sun 31 Mar 00:00 → Mon 1 Apr 00:00 local: 23 h; Sun 27 Oct 00:00 → Mon 28 Oct 00:00: 25 h
    expect(await oneWait(ward, "2024-03-31 00:00:00", "2024-04-01 00:00:00", "desk", local)).toBe(23 * 60);
    expect(await oneWait(ward, "2024-10-27 00:00:00", "2024-10-28 00:00:00", "desk", local)).toBe(25 * 60);
  });

  test("inside one closed night: Tuesday 17:00 → Wednesday 07:00 is 0", async () => {
    expect(await oneWait(office, "2024-12-10T17:00:00+02:00", "2024-12-11T07:00:00+02:00")).toBe(0);
  });

  test("at an opening and a closing boundary", async () => {
    expect(await oneWait(office, "2024-12-11T07:00:00+02:00", "2024-12-11T08:00:00+02:00")).toBe(0);
    expect(await oneWait(office, "2024-12-11T07:00:00+02:00", "2024-12-11T08:30:00+02:00")).toBe(30);
    expect(await oneWait(office, "2024-12-11T15:30:00+02:00", "2024-12-11T16:00:00+02:00")).toBe(30);
    expect(await oneWait(office, "2024-12-11T16:00:00+02:00", "2024-12-11T17:00:00+02:00")).toBe(0);
  });

  test("an end before its start counts 0", async () => {
    // a wait whose later event is earlier cannot happen in a sorted log: a pair of equal times is the closest
    expect(await oneWait(office, "2024-12-11T10:00:00+02:00", "2024-12-11T10:00:00+02:00")).toBe(0);
  });

  test("into two departments with different hours, each wait on the hours of the department waited for", async () => {
    // the contact centre also works Saturdays 10:00–14:00 and weekdays until 19:00
    const calendar = await parseCalendar({
      ...office,
      departments: { contact: { week: { mon: ["08:00-19:00"], tue: ["08:00-19:00"], wed: ["08:00-19:00"], thu: ["08:00-19:00"], fri: ["08:00-19:00"], sat: ["10:00-14:00"] } } },
    });
    // desk Fri 13 Dec 17:00 → contact Sat 14 Dec 13:00 → desk Mon 16 Dec 09:00
    const log = await readEventLog(
      "case,activity,time,dept\nc,a,2024-12-13T17:00:00+02:00,desk\nc,b,2024-12-14T13:00:00+02:00,contact\nc,c,2024-12-16T09:00:00+02:00,desk\n",
      mapping,
    );
    const working = analyseLog(log, { calendar }).working!;
    // into contact: Fri 17:00–19:00 (120) + Sat 10:00–13:00 (180) = 300; into desk: Mon 08:00–09:00 = 60
    expect(working.waitMinutes).toBe(360);
    expect(working.departmentChanges).toEqual({ count: 2, meanMinutes: 180, medianMinutes: 180 });
    expect(working.departmentStays).toEqual({ count: 0, meanMinutes: null, medianMinutes: null });
    expect(working.meanPerCase).toBe(360);
    expect(working.dayMinutes).toBe(480);
    // the mined model: each transition's working wait, and 360 expected working minutes
    const service = mineService(log, { calendar });
    expect(service.transitions.filter((t) => t.workingWait !== undefined).map((t) => [t.from, t.to, t.wait, t.workingWait])).toEqual([
      ["a", "b", 20 * 60, 300],
      ["b", "c", 44 * 60, 60],
    ]);
    expect(service.workingDayMinutes).toBe(480);
    expect(analyse(service).expected).toMatchObject({ minutes: 64 * 60, workingMinutes: 360 });
  });

  test("an event without a department waits on the hours of the department before it", async () => {
    const calendar = await parseCalendar({ ...office, departments: { lab: { week: { sat: ["00:00-24:00"] } } } });
    // lab Fri 13 Dec 16:00 → (missing) Sat 12:00 → desk Mon 09:00
    const log = await readEventLog(
      "case,activity,time,dept\nc,a,2024-12-13T16:00:00+02:00,lab\nc,b,2024-12-14T12:00:00+02:00,\nc,c,2024-12-16T09:00:00+02:00,desk\n",
      mapping,
    );
    const working = analyseLog(log, { calendar }).working!;
    // the missing event inherits lab: Sat 00:00–12:00 = 720; then into desk: Mon 08:00–09:00 = 60
    expect(working.waitMinutes).toBe(780);
    // the waiting pair lab → desk spans both gaps and is measured whole on desk's hours: 60
    expect(working.departmentChanges).toEqual({ count: 1, meanMinutes: 60, medianMinutes: 60 });
  });

  test("the guide's worked example: receipt's case-10011, Amsterdam, Monday–Friday 08:00–16:00, Dutch holidays", async () => {
    const calendar = await parseCalendar({ timezone: "Europe/Amsterdam", week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, holidays: "NL" });
    const log = await readEventLog(
      `case,activity,time,dept
case-10011,Confirmation of receipt,2011-10-11 13:45:40.276000+02:00,Group 1
case-10011,T02 Check confirmation of receipt,2011-10-12 08:26:25.398000+02:00,Group 4
case-10011,T03 Adjust confirmation of receipt,2011-11-24 15:36:51.302000+01:00,Group 1
case-10011,T02 Check confirmation of receipt,2011-11-24 15:37:16.553000+01:00,Group 4
`,
      mapping,
    );
    // Tue 11 Oct 13:45:40.276 → 16:00, then Wed 12 Oct 08:00 → 08:26:25.398
    const first = 134 + 19.724 / 60 + 26 + 25.398 / 60;
    // the rest of Wed 12 Oct, 30 full weekdays (13 Oct – 23 Nov, no Dutch holiday among them;
    // summer time ends on 30 Oct, a Sunday), then Thu 24 Nov 08:00 → 15:36:51.302
    const second = 453 + 34.602 / 60 + 30 * 480 + 456 + 51.302 / 60;
    const third = 25.251 / 60; // inside Thursday's hours
    const working = analyseLog(log, { calendar }).working!;
    expect(working.waitMinutes).toBeCloseTo(first + second + third, 9);
    expect(working.departmentChanges.medianMinutes).toBeCloseTo(first, 9);
  });

  test("every text says which clock, in working days of the calendar's own length", async () => {
    expect(formatBothClocks(41 * 1440, 9.5 * 435, 435)).toBe("41 days, of which 9.5 working days of 7 h 15 min");
    expect(formatWorkingTime(435, 435)).toBe("1 working day of 7 h 15 min");
    expect(formatWorkingTime(90, 480)).toBe("1.5 h of working time");
    // the two-department case and a stay at the desk (Mon 09:00 → 10:00): 65 h on the calendar,
    // 420 working minutes (7 h: under a working day of 8 h)
    const calendar = await parseCalendar({
      ...office,
      departments: { contact: { week: { mon: ["08:00-19:00"], tue: ["08:00-19:00"], wed: ["08:00-19:00"], thu: ["08:00-19:00"], fri: ["08:00-19:00"], sat: ["10:00-14:00"] } } },
    });
    const log = await readEventLog(
      "case,activity,time,dept\nc,a,2024-12-13T17:00:00+02:00,desk\nc,b,2024-12-14T13:00:00+02:00,contact\nc,c,2024-12-16T09:00:00+02:00,desk\nc,d,2024-12-16T10:00:00+02:00,desk\n",
      mapping,
    );
    expect(logHeadline(analyseLog(log, { calendar }))).toBe(
      "A case takes 2.7 days, of which 7 h of working time, and 2 hand-offs on average (median 2.7 days); 100 % of cases are sent back to a department they had just left; " +
        "a change of department means a median wait of 32 h (3 h of working time), against 1 h (1 h of working time) within one.",
    );
    const service = mineService(log, { calendar });
    const report = analyse(service);
    expect(headline(report, service)).toMatch(/^A customer spends 2\.7 days, of which 7 h of working time, and 2 hand-offs on average/);
    // the blueprint shows each wait on both clocks: 20 h before b, of which 300 working minutes
    const b = layoutBlueprint(service, report).nodes.find((n) => n.id === "b")!;
    expect([b.wait, b.workingWait, b.waitText]).toEqual([1200, 300, "waits 20 h, of which 5 h of working time before"]);
    const ab = layoutBlueprint(service, report).links.find((l) => l.from === "a" && l.to === "b")!;
    expect(ab.waitText).toBe("20 h, of which 5 h of working time");
    // the wander line of a journey: each wait on both clocks
    const line = layoutWanderLine(service, { path: ["a", "b", "c", "d"] });
    expect(line.segments.map((g) => g.waitLabel)).toEqual(["+20 h, 5 h of working time", "+44 h, 1 h of working time", "+1 h, 1 h of working time"]);
  });
});

describe("the mined model's fidelity on the working clock", () => {
  // Helsinki office hours, the lab open 12:00–16:00 on Monday and Tuesday. One case:
  //   register  desk  Mon 9 Dec 2024 09:00–10:00   service 60
  //   test      lab   Mon 15:30–15:45              wait 10:00 → 15:30 on the lab's hours: 12:00–15:30 = 210; service 15
  //   call      –     Tue 10 Dec 09:00 (no start)  wait 15:45 → Tue 09:00: inherited lab 15:45–16:00 = 15 (opens 12:00);
  //                                                on the calendar's own hours 15 + 08:00–09:00 = 75
  // working time of the case: 60 + 210 + 15 + 15 = 300 inherited, 60 + 210 + 15 + 75 = 360 unknown
  const input: CalendarInput = { ...office, departments: { lab: { week: { mon: ["12:00-16:00"], tue: ["12:00-16:00"] } } } };
  const csv = `case,activity,start,end,dept
c,register,2024-12-09T09:00:00+02:00,2024-12-09T10:00:00+02:00,desk
c,test,2024-12-09T15:30:00+02:00,2024-12-09T15:45:00+02:00,lab
c,call,,2024-12-10T09:00:00+02:00,-
`;
  const withStarts = { case: "case", activity: "activity", timestamp: "end", startTimestamp: "start", department: "dept", missing: ["-"] };

  for (const [missingDepartment, minutes] of [["inherit", 300], ["unknown", 360]] as const) {
    test(`service minutes on both clocks, each wait on the hours it leads into (missing departments ${missingDepartment}): ${minutes} working minutes, the model's too`, async () => {
      const calendar = await parseCalendar(input);
      const log = await readEventLog(csv, withStarts);
      const expected = analyse(mineService(log, { calendar, missingDepartment })).expected;
      const fidelity = miningFidelity(log, analyseLog(log), expected, { calendar, missingDepartment });
      expect(fidelity.log.workingMinutes).toBeCloseTo(minutes, 9);
      expect(fidelity.model.workingMinutes).toBeCloseTo(minutes, 9);
      expect(fidelity.difference.workingMinutes).toBeCloseTo(0, 12);
      expect(fidelity.warnings.filter((w) => w.path[1] === "workingMinutes")).toEqual([]);
      // calendar time of the case: 09:00 Monday → 09:00 Tuesday
      expect(fidelity.log.minutes).toBe(1440);
    });
  }

  test("a model mined without the calendar has no working figure to hold, and the fidelity gives none", async () => {
    const calendar = await parseCalendar(input);
    const log = await readEventLog(csv, withStarts);
    const fidelity = miningFidelity(log, analyseLog(log), analyse(mineService(log)).expected, { calendar });
    expect(fidelity.log.workingMinutes).toBeUndefined();
    expect("workingMinutes" in fidelity.difference).toBe(false);
  });
});

describe("the observed journeys on both clocks", () => {
  // Helsinki local times: A desk Fri 13 Dec 2024 15:00 → lab Mon 16 Dec 09:00 (60 + 60 working min) → desk Mon 11:00 (120);
  // B desk Thu 5 Dec 15:00 → desk Mon 9 Dec 09:00: Independence Day (Fri 6 Dec) closed, 60 + 60
  const LOG = `case,activity,time,dept
A,call,2024-12-13 15:00:00,desk
A,test,2024-12-16 09:00:00,lab
A,talk,2024-12-16 11:00:00,desk
B,call,2024-12-05 15:00:00,desk
B,call,2024-12-09 09:00:00,desk
`;

  test("each journey's time and hand-off time on the working clock, and the report says both", async () => {
    const calendar = await parseCalendar(office);
    const log = await readEventLog(LOG, mapping, { timezone: calendar.timezone });
    const observed = observedJourneys(log, { calendar });
    expect(observed.dayMinutes).toBe(480);
    // A: 2 days 20 h = 4,080 calendar minutes, all of them between departments; 240 working minutes
    expect(observed.wanderers.map((j) => [j.case, j.minutes, j.handoffMinutes, j.working])).toEqual([["A", 4080, 4080, { minutes: 240, handoffMinutes: 240 }]]);
    // B: 3 days 18 h on the calendar, no hand-off, 120 working minutes
    expect(observed.variants.map((j) => [j.case, j.minutes, j.working])).toEqual([
      ["A", 4080, { minutes: 240, handoffMinutes: 240 }],
      ["B", 5400, { minutes: 120, handoffMinutes: 0 }],
    ]);
    // without a calendar, no working clock
    expect(observedJourneys(log).variants[0]!.working).toBeUndefined();

    const service = mineService(log, { calendar });
    const page = parseHTML("<!doctype html><html><head></head><body></body></html>").document;
    const view = renderReport(page.body as unknown as Element, service, analyse(service), { interactive: false, log: { departments: departmentFlows(log), observed } });
    const section = view.root.querySelector('[data-hukka="observed-journeys"]')!;
    expect([...section.querySelectorAll(".hukka-journey-head")].map((e) => e.textContent)).toEqual([
      "1. 1 case (50%) · 2 hand-offs · 2.8 days (4 h of working time)",
      "2. 1 case (50%) · 0 hand-offs · 3.8 days (2 h of working time)",
      "1. 2.8 days (4 h of working time) between departments · 2 hand-offs · 1 ping-pong",
    ]);
    expect(section.querySelector(".hukka-wander-summary")!.textContent).toBe(
      "Case A: 2.8 days (4 h of working time) in all · 2.8 days (4 h of working time) between departments · 2 hand-offs · 1 ping-pong · 1 revisit",
    );
    expect(section.querySelector(".hukka-hint")!.textContent).toContain("Times in brackets are working time (a working day is 8 h).");
  });
});
