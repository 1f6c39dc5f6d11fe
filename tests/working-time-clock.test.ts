import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyse, compareReports, EventLogError, parseService, readEventLog, zoneClock } from "../src/index.js";

const ZONES = ["Europe/Helsinki", "Europe/Amsterdam", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo", "UTC"];

/** The offset in minutes, independently: Intl's own "GMT+hh:mm" name of it. */
function intlOffset(timezone: string, instant: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")!.value;
  const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!;
  return m[1] === undefined ? 0 : (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe("zoneClock(timezone)", () => {
  test("gives Intl's offset at any instant from 1950 to 2050, across every change", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2050, 0, 1) }), (zone, instant) => {
        expect(zoneClock(zone).offsetAt(instant)).toBe(intlOffset(zone, instant));
      }),
      { numRuns: 400 },
    );
  });

  test("reads a local time back to the instant whose wall clock shows it (outside the skipped hour)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, local) => {
        const clock = zoneClock(zone);
        const instant = clock.instantOf(local);
        const shown = instant + clock.offsetAt(instant) * 60_000;
        // a local time in a skipped hour does not exist: it is read with the offset before the change
        if (shown !== local) expect(clock.offsetAt(instant - 86_400_000)).toBeLessThan(clock.offsetAt(instant + 86_400_000));
        else expect(shown).toBe(local);
      }),
      { numRuns: 400 },
    );
  });

  test("the Helsinki changes of 2024: the skipped hour and the repeated one", () => {
    const helsinki = zoneClock("Europe/Helsinki");
    expect(helsinki.offsetAt(Date.UTC(2024, 2, 31, 0, 59, 59))).toBe(120);
    expect(helsinki.offsetAt(Date.UTC(2024, 2, 31, 1))).toBe(180);
    expect(helsinki.offsetAt(Date.UTC(2024, 9, 27, 0, 59, 59))).toBe(180);
    expect(helsinki.offsetAt(Date.UTC(2024, 9, 27, 1))).toBe(120);
    // 03:30 on 31 March does not exist: 04:30 new time; 03:30 on 27 October happens twice: the first
    expect(helsinki.instantOf(Date.UTC(2024, 2, 31, 3, 30))).toBe(Date.parse("2024-03-31T04:30:00+03:00"));
    expect(helsinki.instantOf(Date.UTC(2024, 9, 27, 3, 30))).toBe(Date.parse("2024-10-27T03:30:00+03:00"));
    expect(helsinki.instantOf(Date.UTC(2023, 11, 31, 12))).toBe(Date.parse("2023-12-31T12:00:00+02:00"));
  });
});

describe("readEventLog(…, { timezone })", () => {
  const mapping = { case: "case", activity: "activity", timestamp: "time" };

  test("reads timestamps without an offset in the zone, keeps the offset of those that have one", async () => {
    const log = await readEventLog("case,activity,time\nc,a,2024-07-01 08:00:00\nc,b,2024-07-01T08:00:00Z\nc,c,2024/12/06 08:00:00.000\n", mapping, { timezone: "Europe/Helsinki" });
    expect(Array.from(log.time)).toEqual([Date.parse("2024-07-01T05:00:00Z"), Date.parse("2024-07-01T08:00:00Z"), Date.parse("2024-12-06T06:00:00Z")]);
    const plain = await readEventLog("case,activity,time\nc,a,2024-07-01 08:00:00\n", mapping);
    expect(plain.time[0]).toBe(Date.parse("2024-07-01T08:00:00Z")); // without a zone: UTC, as before
  });

  test("reads a pattern's timestamps in the zone unless the pattern has an offset", async () => {
    const zoned = await readEventLog("case;activity;time\nc;a;06.12.2024 08:00\n", mapping, { timezone: "Europe/Helsinki", timestampFormat: "DD.MM.YYYY HH:mm" });
    expect(zoned.time[0]).toBe(Date.parse("2024-12-06T08:00:00+02:00"));
    const offset = await readEventLog("case;activity;time\nc;a;06.12.2024 08:00 +01:00\n", mapping, { timezone: "Europe/Helsinki", timestampFormat: "DD.MM.YYYY HH:mm Z" });
    expect(offset.time[0]).toBe(Date.parse("2024-12-06T08:00:00+01:00"));
  });

  test("an unknown zone is a bad option naming the fix", async () => {
    const error = await readEventLog("case,activity,time\nc,a,2024-07-01 08:00:00\n", mapping, { timezone: "Helsinki" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventLogError);
    expect((error as EventLogError).code).toBe("bad_option");
    expect((error as EventLogError).message).toBe('unknown time zone "Helsinki": use an IANA name such as "Europe/Helsinki"');
  });
});

describe("analyse(service).expected.workingMinutes", () => {
  const model = (transitions: object[]) =>
    parseService({
      id: "m",
      workingDayMinutes: 480,
      departments: [{ id: "d" }],
      touchpoints: [
        { id: "a", department: "d", entry: true, steps: [{ name: "s", type: "value", minutes: 10 }] },
        { id: "b", department: "d", steps: [{ name: "s", type: "value", minutes: 5 }] },
        { id: "end", department: "d", outcome: "resolved", steps: [] },
      ],
      transitions,
    });

  test("is step minutes plus the flow-weighted working waits", () => {
    // a → b (p 0.5, working 60) or a → end; b → end (working 30): 10 + 0.5·(5 + 60 + 30)
    const service = model([
      { from: "a", to: "b", probability: 0.5, wait: 600, workingWait: 60 },
      { from: "a", to: "end", probability: 0.5 },
      { from: "b", to: "end", probability: 1, wait: 100, workingWait: 30 },
    ]);
    expect(analyse(service).expected.workingMinutes).toBeCloseTo(10 + 0.5 * (5 + 60 + 30), 12);
    expect(analyse(service).expected.minutes).toBeCloseTo(10 + 0.5 * (5 + 600 + 100), 12);
    // a what-if that halves b's working wait: the comparison's delta has the working clock too
    const after = model([
      { from: "a", to: "b", probability: 0.5, wait: 600, workingWait: 60 },
      { from: "a", to: "end", probability: 0.5 },
      { from: "b", to: "end", probability: 1, wait: 100, workingWait: 15 },
    ]);
    expect(compareReports(analyse(service), analyse(after)).delta.workingMinutes).toBeCloseTo(-0.5 * 15, 12);
  });

  test("is left out when a transition with a wait has no working wait: a figure half on each clock would be neither", () => {
    const service = model([
      { from: "a", to: "b", probability: 0.5, wait: 600, workingWait: 60 },
      { from: "a", to: "end", probability: 0.5 },
      { from: "b", to: "end", probability: 1, wait: 100 },
    ]);
    expect(analyse(service).expected.workingMinutes).toBeUndefined();
  });
});
