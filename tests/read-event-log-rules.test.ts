// The documented rules of reading and measuring a log, each on a log small enough to check by
// hand: byte-order marks, delimiter detection and its ties, the Latin-1 family of encodings,
// impossible timestamps, and the order of variants.
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { analyseLog, readEventLog, timestampParser } from "../src/index.js";
import { bytes, failure, mapping, openLog, sequences, testWithLog } from "./logs-helpers.js";

describe("readEventLog(csv) reads the header as written", () => {
  const csv = "case,activity,time,dept\nc1,register,2024-01-01T10:00:00Z,desk\nc1,test,2024-01-01T11:00:00Z,lab\n";

  test("readEventLog drops a byte-order mark before the first column's name, in a string and in bytes", async () => {
    const withBom = `\uFEFF${csv}`;
    for (const source of [withBom, bytes(withBom), bytes(withBom.replace(/\n/g, "\r\n"))]) {
      const log = await readEventLog(source, mapping);
      expect([...sequences(log)]).toEqual([["c1", ["register", "test"]]]);
    }
    // a quoted header takes the other path through the reader
    const quoted = `\uFEFF"case","activity","time","dept"\nc1,register,2024-01-01T10:00:00Z,desk\n`;
    for (const source of [quoted, bytes(quoted)]) expect(sequences(await readEventLog(source, mapping)).get("c1")).toEqual(["register"]);
  });

  test("readEventLog detects the delimiter outside quotes: quoted header names may hold another one", async () => {
    const csv = '"Case, number";"Activity, name";"Time"\n"c1";"register, first";2024-01-01T10:00:00Z\nc1;test;2024-01-01T11:00:00Z\n';
    const log = await readEventLog(csv, { case: "Case, number", activity: "Activity, name", timestamp: "Time" });
    expect([...sequences(log)]).toEqual([["c1", ["register, first", "test"]]]);
  });

  test("readEventLog breaks a tie between delimiters in the order , ; tab |", async () => {
    // each header holds one of two candidates as often as the other: the earlier one wins
    const cases: [string, string][] = [
      ["case;activity,time", ","],
      ["case\tactivity;time", ";"],
      ["case|activity\ttime", "\t"],
    ];
    for (const [header, winner] of cases) {
      const names = header.split(winner);
      const e = await failure(`${header}\nc1;x,2024-01-01T10:00:00Z\n`, { case: "case", activity: "activity", timestamp: "time" });
      // the columns are the header cut at the winner: the error lists them and names the delimiter
      // (closest first: the one holding "case" is suggested)
      expect(e.message).toContain(`(columns, closest first: ${names.map((n) => JSON.stringify(n)).join(", ")}; delimiter ${JSON.stringify(winner)})`);
    }
  });
});

describe("readEventLog(xes) reads the document as written", () => {
  test("readEventLog drops a byte-order mark before an XES document, in bytes and gzipped", async () => {
    const xes =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">' +
      '<trace><string key="concept:name" value="c1"/>' +
      '<event><string key="concept:name" value="register"/><date key="time:timestamp" value="2024-01-01T10:00:00Z"/></event>' +
      "</trace></log>";
    for (const source of [xes, bytes(xes), gzipSync(bytes(xes))]) {
      expect([...sequences(await readEventLog(source))]).toEqual([["c1", ["register"]]]);
    }
  });
});

describe("readEventLog reads the Latin-1 family as windows-1252", () => {
  // "c1,Käsittely,…" in Latin-1, and byte 0x80 (the euro sign in windows-1252) in an activity
  const latin1 = Uint8Array.from([
    ...bytes("case,activity,time\nc1,K"),
    0xe4,
    ...bytes("sittely,2024-01-01T10:00:00Z\nc1,"),
    0x80,
    ...bytes(" paid,2024-01-01T11:00:00Z\n"),
  ]);

  test.each(["latin1", "iso-8859-1", "windows-1252"] as const)("readEventLog(bytes, mapping, { encoding: %s }) reads 0x80 as €", async (encoding) => {
    const log = await readEventLog(latin1, { case: "case", activity: "activity", timestamp: "time" }, { encoding });
    expect(sequences(log).get("c1")).toEqual(["Käsittely", "€ paid"]);
  });

  test("readEventLog refuses Latin-1 bytes read as UTF-8, naming the fix", async () => {
    const e = await failure(latin1, { case: "case", activity: "activity", timestamp: "time" });
    expect(e.code).toBe("invalid_encoding");
    expect(e.message).toContain('encoding "latin1"');
  });
});

describe("timestamps that do not exist are refused", () => {
  test("timestampParser() refuses 29 February of a century year that is not a leap year, and hour 24", () => {
    const read = timestampParser();
    expect(read("1900-02-29")).toBeNaN();
    expect(read("1900-02-29T10:00:00Z")).toBeNaN();
    expect(read("2100/02/29 10:00:00")).toBeNaN();
    expect(read("2000-02-29")).toBe(Date.UTC(2000, 1, 29));
    expect(read("1900-02-28T23:59:59Z")).toBe(Date.UTC(1900, 1, 28, 23, 59, 59));
    expect(read("2024-01-01T24:00:00")).toBeNaN();
    expect(read("2024-01-01 24:00")).toBeNaN();
    expect(read("2024/01/01 24:00:00.000")).toBeNaN();
    expect(read("2024-01-01T10:60")).toBeNaN();
    expect(read("2024-01-01T10:00:60")).toBeNaN();
    const pattern = timestampParser("DD.MM.YYYY HH:mm");
    expect(pattern("29.02.1900 10:00")).toBeNaN();
    expect(pattern("01.01.2024 24:00")).toBeNaN();
    expect(pattern("29.02.2000 23:59")).toBe(Date.UTC(2000, 1, 29, 23, 59));
  });

  test("timestampParser() refuses an impossible date right after the same month's valid one", () => {
    // the day number of the last date read is reused: a bad date must not pass as the last good one
    const read = timestampParser();
    expect(read("1900-02-28T10:00:00Z")).toBe(Date.UTC(1900, 1, 28, 10));
    expect(read("1900-02-29T10:00:00Z")).toBeNaN();
    // and read again: a refused date must not have been remembered as the last date read
    expect(read("1900-02-29T10:00:00Z")).toBeNaN();
  });

  test("readEventLog names the line of a 29 February 1900 or an hour 24", async () => {
    const head = "case,activity,time\nc1,a,2024-01-01T10:00:00Z\n";
    const leap = await failure(`${head}c1,b,1900-02-29T10:00:00Z\n`, { case: "case", activity: "activity", timestamp: "time" });
    expect(leap.code).toBe("bad_timestamp");
    expect(leap.message).toMatch(/^line 3: .*"1900-02-29T10:00:00Z"/);
    const hour = await failure(`${head}c1,b,2024-01-01T24:00:00Z\n`, { case: "case", activity: "activity", timestamp: "time" });
    expect(hour.message).toMatch(/^line 3: .*"2024-01-01T24:00:00Z"/);
  });
});

describe("analyseLog(log) lists variants by frequency", () => {
  test("analyseLog lists variants most frequent first, ties in the order of their first case", async () => {
    // variants: a b ×1 (c1), a c ×2 (c2, c4), b ×2 (c3, c5), a ×3 (c6–c8)
    const rows = [
      ["c1", "a"], ["c1", "b"], ["c2", "a"], ["c2", "c"], ["c3", "b"], ["c4", "a"], ["c4", "c"],
      ["c5", "b"], ["c6", "a"], ["c7", "a"], ["c8", "a"],
    ];
    const csv = `case,activity,time\n${rows.map(([c, a], i) => `${c},${a},2024-01-01T10:${String(i).padStart(2, "0")}:00Z`).join("\n")}\n`;
    const report = analyseLog(await readEventLog(csv, { case: "case", activity: "activity", timestamp: "time" }));
    expect(report.variants).toEqual([
      { activities: ["a"], count: 3 },
      { activities: ["a", "c"], count: 2 },
      { activities: ["b"], count: 2 },
      { activities: ["a", "b"], count: 1 },
    ]);
    expect(report.variantCount).toBe(4);
    expect(analyseLog(await readEventLog(csv, { case: "case", activity: "activity", timestamp: "time" }), { topVariants: 2 }).variants).toHaveLength(2);
  });

  test("analyseLog lists hand-off pairs and directly-follows pairs most frequent first, ties in the order first seen", async () => {
    // c1 b [ward] → a [desk]; c2, c3 a [desk] → b [lab]; c4 a [lab] → b [ward]
    const csv = [
      "case,activity,time,dept",
      "c1,b,2024-01-01T10:00:00Z,ward",
      "c1,a,2024-01-01T10:01:00Z,desk",
      "c2,a,2024-01-01T10:02:00Z,desk",
      "c2,b,2024-01-01T10:03:00Z,lab",
      "c3,a,2024-01-01T10:04:00Z,desk",
      "c3,b,2024-01-01T10:05:00Z,lab",
      "c4,a,2024-01-01T10:06:00Z,lab",
      "c4,b,2024-01-01T10:07:00Z,ward",
    ].join("\n");
    const report = analyseLog(await readEventLog(csv, mapping));
    expect(report.handoffsByPair).toEqual([
      { from: "desk", to: "lab", count: 2 },
      { from: "ward", to: "desk", count: 1 },
      { from: "lab", to: "ward", count: 1 },
    ]);
    expect(report.directlyFollows.map((p) => [p.from, p.to, p.count])).toEqual([
      ["a", "b", 3],
      ["b", "a", 1],
    ]);
  });

  testWithLog("analyseLog(Sepsis) lists its most frequent variants with 35, 24 and 22 cases", "sepsis/sepsis.csv", async () => {
    const log = await readEventLog(openLog("sepsis/sepsis.csv"), {
      case: "Case ID",
      activity: "Activity",
      timestamp: "Complete Timestamp",
      department: "org:group",
      missing: ["?"],
    });
    const report = analyseLog(log);
    expect(report.variants.slice(0, 3).map((v) => v.count)).toEqual([35, 24, 22]);
    for (let i = 1; i < report.variants.length; i++) expect(report.variants[i]!.count).toBeLessThanOrEqual(report.variants[i - 1]!.count);
  });
});
