// Logs that used to lose data or give a wrong figure without a word: mixed line endings, rows
// longer than the header, lines that never end, duplicate columns and attributes, misplaced XES
// events, leap seconds.
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { MISSING_DEPARTMENT, readEventLog, type EventLog } from "../src/index.js";
import { bytes, failure, sequences } from "./logs-helpers.js";

const m = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
const departmentsOf = (log: EventLog) => Array.from(log.department, (d) => (d === MISSING_DEPARTMENT ? null : log.departments[d]));

/** 30 events: 10 cases × desk → lab → desk, with `header` and `row` line endings. */
function csv(header: string, row: string, quoteSome = false) {
  const rows = [];
  for (let c = 1; c <= 10; c++) {
    for (const [k, [a, d]] of [["in", "desk"], ["test", "lab"], ["out", "desk"]].entries()) {
      const activity = quoteSome && c === 3 ? `"${a}, again"` : a;
      rows.push(`c${c},${activity},2024-01-01T0${k}:00:00Z,${d}`);
    }
  }
  return "case,activity,time,dept" + header + rows.join(row) + row;
}

describe("CSV line endings are read line by line", () => {
  test.each([
    ["\\r header, \\n rows", "\r", "\n"],
    ["\\r\\n header, \\n rows", "\r\n", "\n"],
    ["\\n header, \\r\\n rows", "\n", "\r\n"],
    ["\\r everywhere", "\r", "\r"],
  ])("%s: all 30 events, departments without \\r", async (_, header, row) => {
    for (const quoteSome of [false, true]) {
      const log = await readEventLog(csv(header, row, quoteSome), m);
      expect(log.events).toBe(30);
      expect(log.departments).toEqual(["desk", "lab"]);
      expect(departmentsOf(log).slice(0, 3)).toEqual(["desk", "lab", "desk"]);
    }
  });

  test("a \\r\\n split between two chunks is one line break; a \\r\\n inside quotes is kept", async () => {
    async function* chunks() {
      yield bytes('case,activity,time,dept\r\nc1,"a\r\nb",2024-01-01T00:00:00Z,desk\r');
      yield bytes("\nc1,x,2024-01-01T00:01:00Z,lab\r\n");
    }
    const log = await readEventLog(chunks(), m);
    expect(log.activities).toEqual(["a\r\nb", "x"]);
    expect(log.departments).toEqual(["desk", "lab"]);
  });
});

describe("CSV rows whose line endings change from row to row", () => {
  // \n, \r\n and \r in turn: 30 rows, each ending differently from its neighbours
  const endings = ["\n", "\r\n", "\r"];
  const mixed = (quoteSome: boolean) =>
    csv("\r\n", "\n", quoteSome)
      .split("\n")
      .filter((line) => line !== "")
      .map((line, i) => line.replace(/\r$/, "") + endings[i % 3])
      .join("");

  test("are read whole in every chunking, byte by byte up to 64 bytes a chunk, quoted fields or not", async () => {
    for (const quoteSome of [false, true]) {
      const text = mixed(quoteSome);
      const whole = bytes(text);
      for (const size of [1, 2, 3, 5, 7, 13, 64]) {
        async function* chunks() {
          for (let i = 0; i < whole.length; i += size) yield whole.subarray(i, i + size);
        }
        const log = await readEventLog(chunks(), m);
        expect(log.events, `chunks of ${size}`).toBe(30);
        expect(log.departments).toEqual(["desk", "lab"]);
        expect(departmentsOf(log).slice(0, 6)).toEqual(["desk", "lab", "desk", "desk", "lab", "desk"]);
        expect(log.activities).toEqual(quoteSome ? ["in", "test", "out", "in, again", "test, again", "out, again"] : ["in", "test", "out"]);
      }
    }
  });
});

describe("a row with more fields than the header", () => {
  const text = "case,activity,time,dept\nc1,a,2024-01-01T00:00:00Z,desk\nc1,b,2024-01-01T00:01:00Z,lab, annex\nc1,c,2024-01-01T00:02:00Z,desk\n";

  test("is a long_row error naming its line (fast path and quoted path)", async () => {
    const e = await failure(text, m);
    expect([e.code, e.place.line]).toEqual(["long_row", 3]);
    expect(e.message).toBe(
      'line 3: 5 fields where the header has 4: a value holds the delimiter "," without quotes? quote that value ("…"), or set the delimiter (or skip such rows with skipBadRows, --skip-bad-rows)',
    );
    const quoted = await failure(text.replace("c1,a,", 'c1,"a",'), m);
    expect([quoted.code, quoted.place.line]).toEqual(["long_row", 3]);
    // the mapping using only the first columns still sees the extra field
    const narrow = await failure(text, { case: "case", activity: "activity", timestamp: "time" });
    expect(narrow.code).toBe("long_row");
  });

  test("is counted and skipped with skipBadRows", async () => {
    const log = await readEventLog(text, m, { skipBadRows: true });
    expect(log.events).toBe(2);
    expect(log.skipped).toBe(1);
    expect(log.skippedProblems[0]).toMatch(/^line 3: 5 fields/);
  });
});

describe("lines that never end are stopped at a bound, in linear time, with short messages", () => {
  test("a 40 MB file without a line break is a record_too_long error of one short line", async () => {
    async function* noBreak() {
      for (let i = 0; i < 40; i++) yield bytes("a,".repeat(1 << 19));
    }
    const e = await failure(noBreak(), m);
    expect(e.code).toBe("record_too_long");
    expect(e.message).toMatch(/^line 1: the header runs over 4,194,304 bytes without a line break/);
    expect(e.message.length).toBeLessThan(300);
  });

  test("a gzip log whose first line never ends is refused quickly", async () => {
    const zipped = gzipSync(Buffer.alloc(64 << 20, "0"));
    const started = performance.now();
    const e = await failure(zipped, m);
    expect(e.code).toBe("record_too_long");
    // linear: the whole 64 MB is never read (the old reader took 111 s here)
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  test("a 20 MB unquoted field is a line without a break, not a quote never closed", async () => {
    async function* longField() {
      yield bytes("case,activity,time,dept\nc1,");
      for (let i = 0; i < 20; i++) yield bytes("x".repeat(1 << 20));
    }
    const e = await failure(longField(), m);
    expect(e.code).toBe("record_too_long");
    expect(e.message).toMatch(/^line 2: a line runs over 4,194,304 bytes without a line break/);
    expect(e.message).not.toContain("quote");
  });

  test("an XES attribute value that never ends is a record_too_long error with its line, not 'Invalid string length'", async () => {
    async function* hugeValue() {
      yield bytes('<?xml version="1.0"?>\n<log>\n<trace>\n<string key="concept:name" value="');
      for (let i = 0; i < 40; i++) yield bytes("x".repeat(1 << 20));
    }
    const e = await failure(hugeValue(), {});
    expect(e.code).toBe("record_too_long");
    expect(e.message).toMatch(/^line 4: a tag, attribute value or text runs over 16,777,216 characters/);
  });

  test("echoed values are excerpts: a long timestamp, a long header", async () => {
    const stamp = "9".repeat(100_000);
    const e = await failure(`case,activity,time\nc1,a,${stamp}\n`, { case: "case", activity: "activity", timestamp: "time" });
    expect(e.code).toBe("bad_timestamp");
    expect(e.message).toContain("(100,000 characters)");
    expect(e.message.length).toBeLessThan(400);
    const columns = Array.from({ length: 5000 }, (_, i) => `column ${i}`).join(",");
    const missing = await failure(`${columns}\n`, { case: "case", activity: "a", timestamp: "t" });
    expect(missing.code).toBe("missing_column");
    expect(missing.message).toContain("and 4,980 more");
    expect(missing.message.length).toBeLessThan(600);
  });
});

describe("nothing is read silently in place of something else", () => {
  test("a duplicate CSV column used by the mapping is an error naming both places", async () => {
    const e = await failure("case,activity,time,dept,dept\nc1,a,2024-01-01,x,y\n", m);
    expect(e.code).toBe("duplicate_column");
    expect(e.message).toBe('the column "dept" for the department appears twice in the header (columns 4 and 5): rename one of them so that the mapping names one column');
    // an unused duplicate is no problem
    const log = await readEventLog("case,activity,time,note,note\nc1,a,2024-01-01,x,y\n", { case: "case", activity: "activity", timestamp: "time" });
    expect(log.events).toBe(1);
  });

  const xes = (body: string) => `<?xml version="1.0"?><log xes.version="1.0">${body}</log>`;
  const ev = (name: string, time: string, extra = "") =>
    `<event><string key="concept:name" value="${name}"/><date key="time:timestamp" value="${time}"/>${extra}</event>`;

  test("an event directly under <log> or in a nested <trace> is an error, not dropped", async () => {
    const underLog = await failure(xes(`${ev("a", "2024-01-01T00:00:00Z")}<trace><string key="concept:name" value="c1"/>${ev("b", "2024-01-01T00:01:00Z")}</trace>`));
    expect(underLog.code).toBe("misplaced_event");
    expect(underLog.message).toMatch(/^line 1: an <event> directly under <log>, outside any <trace>/);
    const nested = await failure(
      xes(`<trace><string key="concept:name" value="c1"/>${ev("a", "2024-01-01T00:00:00Z")}<trace><string key="concept:name" value="c2"/>${ev("b", "2024-01-01T00:01:00Z")}</trace></trace>`),
    );
    expect(nested.code).toBe("misplaced_event");
    expect(nested.message).toContain("a <trace> inside a <trace>");
  });

  test("duplicate attribute keys on an event are an error naming both values", async () => {
    const e = await failure(
      xes(`<trace><string key="concept:name" value="c1"/>${ev("a", "2024-01-01T00:00:00Z", '<string key="concept:name" value="b"/>')}</trace>`),
    );
    expect(e.code).toBe("duplicate_attribute");
    expect(e.message).toMatch(/^trace 1, event 1 \(line 1\): the attribute "concept:name" is given twice \("a", then "b"\)/);
  });

  test("a leap second 23:59:60 is read as the next second (00:00:00 of the next day)", async () => {
    const log = await readEventLog("case,activity,time\nc1,a,2016-12-31T23:59:59Z\nc1,b,2016-12-31T23:59:60Z\n", { case: "case", activity: "activity", timestamp: "time" });
    expect(Array.from(log.time)).toEqual([Date.UTC(2016, 11, 31, 23, 59, 59), Date.UTC(2017, 0, 1)]);
    expect([...sequences(log)]).toEqual([["c1", ["a", "b"]]]);
    const india = await readEventLog("case,activity,time\nc1,a,2017-01-01T05:29:60+05:30\n", { case: "case", activity: "activity", timestamp: "time" });
    expect(india.time[0]).toBe(Date.UTC(2017, 0, 1));
    expect((await failure("case,activity,time\nc1,a,2016-12-31T23:58:60Z\n", { case: "case", activity: "activity", timestamp: "time" })).code).toBe("bad_timestamp");
    // second 60 elsewhere than the last second of a minute is still unreadable
    expect((await failure("case,activity,time\nc1,a,2016-12-31T23:58:60:00Z\n", { case: "case", activity: "activity", timestamp: "time" })).code).toBe("bad_timestamp");
  });
});
