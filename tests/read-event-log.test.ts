import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MISSING_DEPARTMENT, readEventLog, timestampParser, type EventLog } from "../src/index.js";
import { bytes, chunked, failure, mapping, sequences } from "./logs-helpers.js";

const departmentsOf = (log: EventLog) => Array.from(log.department, (d) => (d === MISSING_DEPARTMENT ? null : log.departments[d]));

describe("readEventLog(csv)", () => {
  // c1 arrives out of order; its test and review share 11:00 and keep file order; pay has no department.
  const csv = [
    "case,activity,time,dept",
    "c1,register,2024-01-01T10:00:00Z,desk",
    "c2,register,2024-01-01T09:00:00Z,desk",
    "c1,test,2024-01-01T11:00:00Z,lab",
    "c1,review,2024-01-01T11:00:00Z,desk",
    "c1,pay,2024-01-01T10:30:00Z,",
    "",
  ].join("\n");

  test("groups events by case, orders them by time and keeps ties in file order", async () => {
    const log = await readEventLog(csv, mapping);
    expect(log.format).toBe("csv");
    expect(log.events).toBe(5);
    expect([...sequences(log)]).toEqual([
      ["c1", ["register", "pay", "test", "review"]],
      ["c2", ["register"]],
    ]);
    expect(Array.from(log.caseStart)).toEqual([0, 4, 5]);
    expect(departmentsOf(log)).toEqual(["desk", null, "lab", "desk", "desk"]);
    expect(log.time[0]).toBe(Date.UTC(2024, 0, 1, 10));
    expect(log.skipped).toBe(0);
  });

  test("reads the same log from a string, bytes, a ReadableStream and chunks split inside characters", async () => {
    const text = csv.replace("register", "Käsittely ✓");
    const expected = sequences(await readEventLog(text, mapping));
    const encoded = bytes(text);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const chunk of chunked(encoded, 7)) c.enqueue(chunk);
        c.close();
      },
    });
    for (const source of [encoded, encoded.buffer, stream, chunked(encoded, 1), chunked(encoded, 3)]) {
      expect(sequences(await readEventLog(source, mapping))).toEqual(expected);
    }
    expect([...expected.values()][0]![0]).toBe("Käsittely ✓");
  });

  test("detects the delimiter from the header and reads quoted fields with delimiters, quotes and newlines", async () => {
    const text = 'case;activity;time\r\n"c;1";"say ""hi""\r\nthere";2024/01/02 08:00:00.5\r\nc2;x;2024/01/02 08:00:01\r\n';
    const log = await readEventLog(text, { case: "case", activity: "activity", timestamp: "time" });
    expect(log.cases).toEqual(["c;1", "c2"]);
    expect(log.activities).toEqual(['say "hi"\r\nthere', "x"]);
    expect(log.time[0]).toBe(Date.UTC(2024, 0, 2, 8, 0, 0, 500));
    const tabs = await readEventLog("c\ta\tt\n1\tx\t2024-01-01\n", { case: "c", activity: "a", timestamp: "t" });
    expect(tabs.activities).toEqual(["x"]);
    const given = await readEventLog("c|a|t\n1,2|x|2024-01-01\n", { case: "c", activity: "a", timestamp: "t" }, { delimiter: "|" });
    expect(given.cases).toEqual(["1,2"]);
  });

  test("decodes Latin-1 with encoding latin1, and refuses Latin-1 bytes read as UTF-8", async () => {
    const latin1 = Buffer.from("case;activity;time\n1;Käsittely;2024-01-01T00:00:00\n", "latin1");
    const log = await readEventLog(latin1, { case: "case", activity: "activity", timestamp: "time" }, { encoding: "latin1" });
    expect(log.activities).toEqual(["Käsittely"]);
    const e = await failure(latin1, { case: "case", activity: "activity", timestamp: "time" });
    expect(e.code).toBe("invalid_encoding");
    expect(e.message).toContain('encoding "latin1"');
  });

  test("accepts a real U+FFFD character and refuses a character cut off at the end", async () => {
    const m = { case: "case", activity: "activity", timestamp: "time" };
    const log = await readEventLog(chunked(bytes("case,activity,time\n1,a\uFFFDb,2024-01-01\n"), 2), m);
    expect(log.activities).toEqual(["a\uFFFDb"]);
    const cut = bytes("case,activity,time\n1,x,2024-01-01\n1,ä");
    expect((await failure(cut.subarray(0, cut.length - 1), m)).code).toBe("invalid_encoding");
  });

  test("joins several activity columns with + and leaves empty parts out", async () => {
    const text = "id,status,sub,at\n1,Queued,Awaiting,2024-01-01 10:00\n1,Accepted,,2024-01-01 11:00\n";
    const log = await readEventLog(text, { case: "id", activity: ["status", "sub"], timestamp: "at" });
    expect(log.activities).toEqual(["Queued+Awaiting", "Accepted"]);
    const other = await readEventLog(text, { case: "id", activity: ["status", "sub"], timestamp: "at" }, { activitySeparator: " / " });
    expect(other.activities).toEqual(["Queued / Awaiting", "Accepted"]);
  });

  test("treats empty values and the missing markers as unknown departments", async () => {
    const text = "c,a,t,d\n1,x,2024-01-01,EMPTY\n1,y,2024-01-02,?\n1,z,2024-01-03,\n1,w,2024-01-04,lab\n";
    const log = await readEventLog(text, { case: "c", activity: "a", timestamp: "t", department: "d", missing: ["EMPTY", "?"] });
    expect(departmentsOf(log)).toEqual([null, null, null, "lab"]);
    expect(log.departments).toEqual(["lab"]);
  });

  test("reads timestamps with offsets, without (as UTC), slashed, and in a given format", async () => {
    const text = [
      "c,a,t",
      "1,a,2011-10-11 13:45:40.276000+02:00",
      "1,b,2011-10-11T13:45:40+0200",
      "1,c,2011-10-11T11:45:40Z",
      "1,d,2011/10/11 11:45:41.000",
      "1,e,2011-10-11T11:45",
    ].join("\n");
    const log = await readEventLog(text, { case: "c", activity: "a", timestamp: "t" });
    const base = Date.UTC(2011, 9, 11, 11, 45, 40);
    expect(Array.from(log.time)).toEqual([base - 40_000, base, base + 0.276 * 1000, base, base + 1000].sort((p, q) => p - q));
    const custom = await readEventLog("c,a,t\n1,x,22.10.2014 11:15\n", { case: "c", activity: "a", timestamp: "t" }, { timestampFormat: "DD.MM.YYYY HH:mm" });
    expect(custom.time[0]).toBe(Date.UTC(2014, 9, 22, 11, 15));
    const fn = await readEventLog("c,a,t\n1,x,1700000000\n", { case: "c", activity: "a", timestamp: "t" }, { timestampFormat: (s) => Number(s) * 1000 });
    expect(fn.time[0]).toBe(1_700_000_000_000);
  });

  test("reports progress as bytes and events", async () => {
    const seen: { bytes: number; events: number }[] = [];
    await readEventLog(chunked(bytes(csv), 40), mapping, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)!.bytes).toBe(bytes(csv).length);
  });

  test("recognises gzip by its magic bytes, whatever the source", async () => {
    const log = await readEventLog(chunked(gzipSync(bytes(csv)), 5), mapping);
    expect([...sequences(log).keys()]).toEqual(["c1", "c2"]);
  });
});

describe("readEventLog(csv) paths", () => {
  // Text without a quote character is cut by hukka itself; quoted text goes through Papa Parse.
  test("quoted and unquoted spellings of a log read the same", async () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", "é", " ", "_"), minLength: 1, maxLength: 4 });
    const row = fc.tuple(field, field, fc.integer({ min: 0, max: 5000 }), fc.option(field));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom(",", ";", "\t"), fc.constantFrom("\n", "\r\n"), async (rows, d, nl) => {
        const lines = (quote: (s: string) => string) =>
          ["case", "activity", "time", "dept"].map(quote).join(d) + nl +
          rows.map(([c, a, m, dept]) => [c, a, new Date(Date.UTC(2024, 0, 1, 0, m)).toISOString(), dept ?? ""].map(quote).join(d)).join(nl);
        const plain = await readEventLog(lines((s) => s), mapping);
        const quoted = await readEventLog(lines((s) => `"${s}"`), mapping);
        expect(quoted).toEqual(plain);
        expect(plain.events).toBe(rows.length);
      }),
      { numRuns: 100 },
    );
  });

  test("short rows are named in both paths", async () => {
    const m = { case: "c", activity: "a", timestamp: "t" };
    expect((await failure("c,a,t\n1,x,2024-01-01\n2,y\n", m)).message).toMatch(/^line 3: 2 fields where the header has 3/);
    expect((await failure('"c","a","t"\n"1","x","2024-01-01"\n"2","y"\n', m)).message).toMatch(/^line 3: 2 fields where the header has 3/);
  });
});

describe("timestampParser", () => {
  test("has the expected defaults: ISO 8601 and slashed times, UTC without an offset", () => {
    const read = timestampParser();
    expect(read("2014/10/22 11:15:41.000")).toBe(Date.UTC(2014, 9, 22, 11, 15, 41));
    expect(read("2014-10-22")).toBe(Date.UTC(2014, 9, 22));
    expect(read("2014-10-22T11:15:41-05:30")).toBe(Date.UTC(2014, 9, 22, 16, 45, 41));
    expect(read("2024-02-29 00:00:00")).toBe(Date.UTC(2024, 1, 29));
    expect(read("1969-12-31T23:59:59Z")).toBe(-1000);
    expect(read("2014-10-22T11:15:41+02")).toBe(read("2014-10-22T11:15:41+0200"));
    expect(read("2014-10-22T11:15:41,5z")).toBe(Date.UTC(2014, 9, 22, 11, 15, 41, 500));
    for (const bad of ["", "2014-10-22T", "2014-13-01", "2023-02-29", "2014/10/22 25:00:00", "2014-10-22 11:15:41+2", "2014-10-22 11:15:41+02:", "2014-10-22 11:15:41+02:0", "2014-10-22 11:15:41+24:00", "yesterday", "2014-10-22T11:15:41Zjunk"]) {
      expect(read(bad), bad).toBeNaN();
    }
  });

  test("reads a pattern: one-or-two-digit fields, fractions and offsets", () => {
    expect(timestampParser("D.M.YYYY H:mm")("5.3.2024 7:05")).toBe(Date.UTC(2024, 2, 5, 7, 5));
    expect(timestampParser("YYYYMMDD HHmmss.SSS Z")("20240305 070501.25 +01:00")).toBe(Date.UTC(2024, 2, 5, 6, 5, 1, 250));
    expect(timestampParser("DD.MM.YYYY")("31.04.2024")).toBeNaN();
    expect(() => timestampParser("HH:mm")).toThrow(/no YYYY/);
  });
});

describe("readEventLog(xes)", () => {
  const xes = (events: string, traceAttrs = '<string key="concept:name" value="case 1"/>') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n` +
    `<global scope="event"><string key="concept:name" value="UNKNOWN"/></global>\n` +
    `<string key="concept:name" value="the log"><string key="nested" value="x"/></string>\n` +
    `<trace>${traceAttrs}\n${events}</trace>\n</log>\n`;
  const event = (name: string, time: string, extra = "") =>
    `<event><string key="concept:name" value="${name}"/><date key="time:timestamp" value="${time}"/>${extra}</event>\n`;

  test("uses the XES defaults, falls back to trace attributes and joins activity keys", async () => {
    const text = xes(
      event("b", "2024-01-01T10:00:00.000+01:00", '<string key="lifecycle:transition" value="complete"/><string key="org:group" value="lab"/>') +
        event("a", "2024-01-01T09:00:00.000+01:00", '<string key="lifecycle:transition" value="start"/>'),
      '<string key="concept:name" value="case 1"/><string key="org:group" value="desk"/>',
    );
    const log = await readEventLog(text, { activity: ["concept:name", "lifecycle:transition"], department: "org:group" });
    expect(log.format).toBe("xes");
    expect([...sequences(log)]).toEqual([["case 1", ["a+start", "b+complete"]]]);
    expect(departmentsOf(log)).toEqual(["desk", "lab"]);
    expect(log.time[0]).toBe(Date.UTC(2024, 0, 1, 8));
  });

  test("names the trace and event of a bad event, or skips it with skipBadRows", async () => {
    const text = xes(event("a", "2024-01-01T10:00:00Z") + event("b", "not a time"));
    const e = await failure(text);
    expect(e.code).toBe("bad_timestamp");
    expect(e.place).toEqual({ trace: 1, event: 2 });
    expect(e.message).toMatch(/^trace 1 \(case "case 1"\), event 2 \(line \d+\): cannot read the timestamp "not a time"/);
    const log = await readEventLog(text, {}, { skipBadRows: true });
    expect(log.events).toBe(1);
    expect(log.skipped).toBe(1);
    expect(log.skippedProblems[0]).toContain("event 2");
  });

  test("refuses a DOCTYPE, so a billion-laughs file fails at once", async () => {
    const lol = ['<?xml version="1.0"?>', "<!DOCTYPE log [", '<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ""};`.repeat(10)}">`);
    lol.push("]>", "<log><trace><string key=\"concept:name\" value=\"&lol9;\"/></trace></log>");
    const started = performance.now();
    const e = await failure(lol.join("\n"));
    expect(e.code).toBe("xml_entities");
    expect(e.message).toContain("remove the DOCTYPE");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("refuses XML that is not an XES log, and XML that is not well-formed", async () => {
    expect((await failure('<?xml version="1.0"?><html><body/></html>')).code).toBe("not_xes");
    const broken = await failure('<log><trace><string key="concept:name" value="1"/><event></trace></log>');
    expect(broken.code).toBe("xml_error");
    expect(broken.message).toMatch(/^not well-formed XML: .*1:\d+/);
    const truncated = await failure(xes(event("a", "2024-01-01T10:00:00Z")).slice(0, -30));
    expect(truncated.code).toBe("xml_error");
  });

  test("a trace without a case name is an error", async () => {
    const e = await failure(xes(event("a", "2024-01-01T10:00:00Z"), ""));
    expect(e.code).toBe("missing_attribute");
    expect(e.message).toContain('no "concept:name" attribute naming the case');
  });
});

describe("readEventLog(bad input)", () => {
  test("an unterminated quote names the line where the field opens", async () => {
    const e = await failure('c,a,t\n1,x,2024-01-01\n1,"y,2024-01-02\n1,z,2024-01-03\n', { case: "c", activity: "a", timestamp: "t" });
    expect(e.code).toBe("unterminated_quote");
    expect(e.place.line).toBe(3);
    expect(e.message).toMatch(/^line 3: a quoted field is never closed/);
  });

  test("a column named in the mapping but missing lists the columns there are", async () => {
    const e = await failure("Case ID;Activity;When\n1;x;2024-01-01\n", { case: "Case ID", activity: "Activity", timestamp: "Time" });
    expect(e.code).toBe("missing_column");
    expect(e.message).toBe('no column "Time" for the timestamp (columns: "Case ID", "Activity", "When"; delimiter ";"): name one of these, or set the delimiter');
    const none = await failure("Case ID;Activity;When\n", {});
    expect(none.code).toBe("mapping_required");
    expect(none.message).toContain('"Case ID", "Activity", "When"');
  });

  test("a bad timestamp names its line, counting quoted newlines; skipBadRows counts and skips it", async () => {
    const text = 'c,a,t\n1,"two\nlines",2024-01-01\n1,x,2024-13-01\n1,y,2024-01-02\n';
    const m = { case: "c", activity: "a", timestamp: "t" };
    const e = await failure(text, m);
    expect(e.code).toBe("bad_timestamp");
    expect(e.place.line).toBe(4);
    expect(e.message).toContain('line 4: cannot read the timestamp "2024-13-01" in column "t"');
    expect(e.message).toContain("skipBadRows");
    const log = await readEventLog(text, m, { skipBadRows: true });
    expect(log.events).toBe(2);
    expect(log.skipped).toBe(1);
  });

  test("short rows, empty values and malformed quotes name their line", async () => {
    const m = { case: "c", activity: "a", timestamp: "t" };
    const short = await failure("c,a,t\n1,x\n", m);
    expect([short.code, short.place.line]).toEqual(["short_row", 2]);
    const empty = await failure("c,a,t\n1,x,2024-01-01\n,x,2024-01-01\n", m);
    expect([empty.code, empty.message]).toEqual(["missing_value", expect.stringContaining('line 3: empty case id in column "c"')]);
    const malformed = await failure('c,a,t\n1,"x"y",2024-01-01\n', m);
    expect([malformed.code, malformed.place.line]).toEqual(["malformed_quote", 2]);
  });

  test("an empty file, a header without rows and all rows skipped are empty logs", async () => {
    expect((await failure("", {})).code).toBe("empty_log");
    expect((await failure(new Uint8Array(0), {})).code).toBe("empty_log");
    expect((await failure("c,a,t\n", { case: "c", activity: "a", timestamp: "t" })).message).toBe("the log has no events");
    const skipped = await failure("c,a,t\n1,x,never\n", { case: "c", activity: "a", timestamp: "t" }, { skipBadRows: true });
    expect(skipped.message).toMatch(/^the log has no events: all 1 were skipped as bad \(first: line 2: /);
  });

  test("a truncated gzip stream is a bad_gzip error", async () => {
    const zipped = gzipSync(bytes("c,a,t\n" + "1,x,2024-01-01\n".repeat(2000)));
    const e = await failure(zipped.subarray(0, zipped.length / 2), { case: "c", activity: "a", timestamp: "t" });
    expect(e.code).toBe("bad_gzip");
    expect(e.message).toMatch(/^the gzip data is truncated or damaged/);
  });

  test("binary garbage is refused as not UTF-8; text garbage has no mapped columns", async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    garbage[0] = 0x00;
    expect((await failure(garbage, { case: "c", activity: "a", timestamp: "t" })).code).toBe("invalid_encoding");
    expect((await failure("}{ not a log at all", { case: "c", activity: "a", timestamp: "t" })).code).toBe("missing_column");
    const xmlish = await failure("<<<>>>", {});
    expect(xmlish.code).toBe("xml_error");
    expect(xmlish.message).toContain('set format "csv"');
    const csv = await readEventLog("<case>,a,t\n1,x,2024-01-01\n", { case: "<case>", activity: "a", timestamp: "t" }, { format: "csv" });
    expect(csv.cases).toEqual(["1"]);
  });

  test("a record that never ends stops at a bound instead of holding the whole file", async () => {
    async function* endless() {
      yield bytes('c,a,t\n1,"');
      for (let i = 0; i < 40; i++) yield bytes("x".repeat(1 << 20));
    }
    const e = await failure(endless(), { case: "c", activity: "a", timestamp: "t" });
    expect(e.code).toBe("record_too_long");
    expect(e.place.line).toBe(2);
  });

  test("bad options are refused by name", async () => {
    expect((await failure("c\n", {}, { encoding: "ebcdic" as never })).code).toBe("bad_option");
    expect((await failure("c\n", {}, { delimiter: '"' })).code).toBe("bad_option");
    expect((await failure("c\n", {}, { timestampFormat: "HH:mm" })).message).toContain("no YYYY");
  });

  test("hostile names are data", async () => {
    const log = await readEventLog("c,a,t,d\n__proto__,<img src=x onerror=alert(1)>,2024-01-01,constructor\n", { case: "c", activity: "a", timestamp: "t", department: "d" });
    expect(log.cases).toEqual(["__proto__"]);
    expect(log.activities).toEqual(["<img src=x onerror=alert(1)>"]);
    expect(log.departments).toEqual(["constructor"]);
  });
});
