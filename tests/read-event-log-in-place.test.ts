// The quote-free CSV path reads fields where they lie in the text chunk: timestamps are parsed
// in place and names looked up in place (StringTable). These tests check that it reads exactly
// what the parser path and timestampParser() read, field boundaries and collisions included.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readEventLog, timestampParser } from "../src/index.js";

const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };

describe("readEventLog(csv) in place", () => {
  test("a timestamp read in place equals timestampParser(), even with digits right after it", async () => {
    const read = timestampParser();
    // Whole stamps, their prefixes (cut anywhere: the next field starts with digits) and blanks.
    const whole = fc.constantFrom(
      "2014-10-22T11:15:41.276+02:00", "2014/10/22 11:15:41.000", "2014-10-22 11:15:41+0200", "2014-10-22T11:15:41-05",
      "2014-10-22T11:15Z", "2014-10-22", "2024-02-29 00:00:00", "2023-02-29 00:00:00", "2014-10-22T11:15:41,5z",
    );
    const stamp = fc.tuple(whole, fc.nat(40), fc.constantFrom("", " ")).map(([s, cut, blank]) => blank + s.slice(0, Math.max(1, s.length - cut)) + blank);
    // The delimiter is the character after the stamp: a comma could pass for a fraction, a
    // colon for seconds; stamps holding the delimiter are left out.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(",", ";", ":"), fc.array(stamp, { minLength: 1, maxLength: 20 }), async (d, all) => {
        const stamps = all.filter((s) => !s.includes(d));
        // a first good row, so that a log of bad stamps is not empty
        const csv = ["case", "time", "activity", "dept"].join(d) + "\n" + ["first", "2000-01-01", "0", "1"].join(d) + "\n" + stamps.map((s, i) => [`c${i}`, s, `00${i}`, "12"].join(d)).join("\n");
        const log = await readEventLog(csv, mapping, { skipBadRows: true, delimiter: d });
        const expected = [Date.UTC(2000, 0, 1), ...stamps.map(read).filter((t) => !Number.isNaN(t))];
        expect(Array.from(log.time)).toEqual(expected);
        expect(log.skipped).toBe(stamps.length + 1 - expected.length);
      }),
      { numRuns: 300 },
    );
  });

  test("names of one length that differ only in the middle stay apart; a case that comes back is found", async () => {
    // 40-character names share their first and last 8 characters (what long names are hashed by).
    const name = (c: string) => `abcdefgh${c.repeat(24)}stuvwxyz`;
    const rows = ["x", "y", "x", "z", "y"].map((c, i) => `${name(c)},${name(c === "x" ? "y" : "x")},2024-01-01T00:0${i}:00Z,${name(c)}`);
    const log = await readEventLog("case,activity,time,dept\n" + rows.join("\n"), mapping);
    expect(log.cases).toEqual([name("x"), name("y"), name("z")]);
    expect(log.activities).toEqual([name("y"), name("x")]);
    expect(log.departments).toEqual([name("x"), name("y"), name("z")]);
    expect(Array.from(log.caseStart)).toEqual([0, 2, 4, 5]);
  });

  test("many names in place read the same as through the parser", async () => {
    // 3,000 cases interleaved in pairs, 500 activities: the tables grow and rehash on the way.
    const rows = Array.from({ length: 6000 }, (_, i) => [`case ${(i >> 1) ^ (i & 1 ? 1 : 0)}`, `activity ${(i * 7) % 500}`, `2024-01-01T00:00:${String(i % 60).padStart(2, "0")}Z`, i % 3 === 0 ? "EMPTY" : `team ${i % 11}`]);
    const text = (quote: (s: string) => string) => ["case", "activity", "time", "dept"].map(quote).join(",") + "\n" + rows.map((r) => r.map(quote).join(",")).join("\n");
    const options = { ...mapping, missing: ["EMPTY"] };
    const plain = await readEventLog(text((s) => s), options);
    expect(await readEventLog(text((s) => `"${s}"`), options)).toEqual(plain);
    expect(plain.cases.length).toBe(3000);
    expect(plain.activities.length).toBe(500);
    expect(plain.departments).not.toContain("EMPTY");
  });
});
