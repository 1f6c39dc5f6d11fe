// Both engines read every file alike: the same figures, or the same error in hukka's words with
// the line, with and without skipBadRows.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseLog, readEventLog } from "../src/index.js";
import fc from "fast-check";
import { duckdbLogAggregate, duckdbMine, logReportFromAggregate } from "../src/sql/index.js";
import { expectSameReport } from "./sql-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-duckdb-reading-"));
const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
const H = "case,activity,time,dept\n";
const row2 = "A,test,2024-01-01T09:00:00Z,lab\n";
const csvField = (v: string) => (v.includes(",") ? `"${v}"` : v);

/** What each engine makes of a file: its report, or its error's message without the path. */
async function bothEngines(name: string, text: string | Uint8Array, skipBadRows: boolean) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const strip = (e: unknown) => String((e as Error).message).replace(`${path}: `, "");
  const inProcess = await readEventLog(typeof text === "string" ? text : new Uint8Array(text), mapping, { skipBadRows }).then(analyseLog, strip);
  const viaDuckDB = await duckdbMine(path, mapping, { skipBadRows }).then((m) => logReportFromAggregate(m.aggregate), strip);
  return { inProcess, viaDuckDB };
}

// Timestamp spellings: the default engine's reader decides; DuckDB's own cast reads `epoch`,
// `24:00:00`, zone names and one-digit months, and refuses `08:00Z`, `z`, a comma fraction and
// the leap second.
const SPELLINGS = [
  "2024-01-01T08:00:00Z", "2024-01-01T08:00:00", "2024-01-01 08:00:00", "2024-01-01T08:00Z", "2024-01-01T08:00:00z",
  "2024-01-01T08:00:00,5Z", "2024-01-01T23:59:60Z", "2024-01-01T05:29:60+05:30", "2024-01-01T08:00:60Z", "2024-01-01T24:00:00Z", "epoch",
  "2024-01-01T08:00:00 Europe/Helsinki", "2024-01-01T08:00:00+0200", "2024-01-01T08:00:00+02", "2024-01-01T08:00:00+02:", "2024/01/01 08:00:00",
  "2024/01/01 08:00:00.000", "2024-01-01", "20240101T080000Z", "2024-1-1 8:00:00", "2024-01-01T08:00:00.5+02:00", "infinity",
  "2024-02-30T08:00:00Z", "2024-02-29T08:00:00Z", "2023-02-29T08:00:00Z", " 2024-01-01T08:00:00Z ", "2024-01-01t08:00:00Z", "2024-01-01T08Z",
  "10000-01-01T00:00:00Z", "-2024-01-01T00:00:00Z", "2024-01-01T08:00:00.Z", "2024-01-01T08:00:00UTC", "2024-01-01 08:00:00 UTC", "2024-01/01 08:00",
  "2024-01-01T08:00:00-24:00", "2024-01-01T08:00:00+23:59", "2024-01-01T08:60:00Z", "2024-13-01T08:00:00Z",
];

describe("the DuckDB engine reads files as the default engine does", () => {
  it("every timestamp spelling: the same time, or the same error naming the line", async () => {
    for (const [i, spelling] of SPELLINGS.entries()) {
      const { inProcess, viaDuckDB } = await bothEngines(`stamp-${i}.csv`, `${H}A,call,${csvField(spelling)},desk\n${row2}`, false);
      if (typeof inProcess === "string") expect(viaDuckDB, spelling).toBe(inProcess);
      else expectSameReport(viaDuckDB as typeof inProcess, inProcess);
    }
  }, 300_000);

  it("every timestamp spelling in one log, the unreadable ones skipped alike (skipBadRows)", async () => {
    const rows = SPELLINGS.map((spelling, i) => `c${i},call,${csvField(spelling)},desk\nc${i},test,2024-01-01T09:00:00Z,lab\n`).join("");
    const { inProcess, viaDuckDB } = await bothEngines("stamps.csv", `${H}${rows}`, true);
    expect(typeof inProcess === "string" ? inProcess : inProcess.skippedRows).toBeGreaterThan(10);
    expectSameReport(viaDuckDB as Exclude<typeof inProcess, string>, inProcess as Exclude<typeof inProcess, string>);
  }, 60_000);

  it("columns named twice, columns that differ only in case, quoted line breaks, a byte-order mark, empty lines", async () => {
    const files = {
      duplicate: `case,activity,time,dept,dept\nA,call,2024-01-01T08:00:00Z,desk,lab\n${row2.replace("\n", ",desk\n")}`,
      duplicateUnused: `case,activity,time,dept,x,x\nA,call,2024-01-01T08:00:00Z,desk,1,2\n${row2.replace("\n", ",1,2\n")}`,
      caseOnly: `case,activity,time,dept,Dept\nA,call,2024-01-01T08:00:00Z,desk,lab\n${row2.replace("\n", ",desk\n")}`,
      quotedBreak: `${H}A,"call\nagain",2024-01-01T08:00:00Z,desk\n${row2}`,
      bom: `\uFEFF${H}A,call,2024-01-01T08:00:00Z,desk\n${row2}`,
      emptyLines: `${H}A,call,2024-01-01T08:00:00Z,desk\n\n${row2}\n`,
      missingColumn: `case,activity,stamp,dept\nA,call,2024-01-01T08:00:00Z,desk\n`,
    };
    for (const [name, text] of Object.entries(files)) {
      const { inProcess, viaDuckDB } = await bothEngines(`${name}.csv`, text, false);
      if (typeof inProcess === "string") expect(viaDuckDB, name).toBe(inProcess);
      else expectSameReport(viaDuckDB as typeof inProcess, inProcess);
    }
  }, 60_000);

  it("Latin-1 without an encoding: hukka's words, the line, the fix", async () => {
    const text = Buffer.from(`${H}A,p\xe4\xe4t\xf6s,2024-01-01T08:00:00Z,desk\n${row2}`, "latin1");
    const { viaDuckDB } = await bothEngines("latin1.csv", text, false);
    expect(viaDuckDB).toBe('line 2: the log is not valid UTF-8: if it is Latin-1, read it with encoding "latin1" (--encoding latin1)');
  });

  // Each file is read with and without skipBadRows; the default engine's outcome is the expected
  // one (figures, or its error with its line), and the comments say what it is, checked first.
  const shapes: Record<string, [string, string, string]> = {
    // name: [file, the default engine's outcome without skipBadRows, with it]
    extraField: [`${H}A,call,2024-01-01T08:00:00Z,desk,extra\n${row2}`, "line 2: 5 fields where the header has 4", "1 skipped"],
    extraFieldLast: [`${H}A,call,2024-01-01T08:00:00Z,desk\n${row2}B,x,2024-01-01T08:00:00Z,desk,a,b\n`, "line 4: 5 fields where the header has 4", "1 skipped"],
    shortRow: [`${H}A,call,2024-01-01T08:00:00Z\n${row2}`, "line 2: 3 fields where the header has 4", "1 skipped"],
    blankAndSpaceLines: [`${H}A,call,2024-01-01T08:00:00Z,desk\n\n \n${row2}`, "line 4: 1 field where the header has 4", "1 skipped"],
    mixedLineEndings: [`case,activity,time,dept\r\nA,call,2024-01-01T08:00:00Z,desk\n${row2.replace("\n", "\r")}B,call,2024-01-01T08:00:00Z,desk\r\n`, "3 events", "3 events"],
    quotedBreakThenBadRow: [`${H}A,"call\nagain",2024-01-01T08:00:00Z,desk\n${row2}B,x,soon,desk\n`, 'line 5: cannot read the timestamp "soon"', "1 skipped"],
    quotedCrLfThenShortRow: [`${H}A,"call\r\nagain",2024-01-01T08:00:00Z,desk\r\n\r\nB,x\r\n`, "line 5: 2 fields where the header has 4", "1 skipped"],
    lineOver2MB: [`${H}A,${"x".repeat(3_000_000)},2024-01-01T08:00:00Z,desk\n${row2}`, "2 events", "2 events"],
    quoteNeverClosed: [`${H}A,call,2024-01-01T08:00:00Z,desk\n${row2}B,"x,2024-01-01T08:00:00Z,desk\nB,y,2024-01-01T08:00:00Z,desk\n`, "line 4: a quoted field is never closed", "line 4: a quoted field is never closed"],
  };
  for (const [name, [text, strict, skipping]] of Object.entries(shapes)) {
    it(`${name}: the default engine's figures, or its error with its line, with and without skipBadRows`, async () => {
      const path = join(dir, `${name}.csv`);
      writeFileSync(path, text);
      for (const [skipBadRows, expected] of [[false, strict], [true, skipping]] as const) {
        const strip = (e: unknown) => String((e as Error).message).replace(`${path}: `, "");
        const inProcess = await readEventLog(text, mapping, { skipBadRows }).then(analyseLog, strip);
        const viaDuckDB = await duckdbLogAggregate(path, mapping, { skipBadRows }).then(logReportFromAggregate, strip);
        const outcome = (r: typeof inProcess) => (typeof r === "string" ? r : r.skippedRows > 0 ? `${r.skippedRows} skipped` : `${r.events} events`);
        expect(outcome(inProcess), `default engine, skipBadRows ${skipBadRows}`).toContain(expected);
        if (typeof inProcess === "string") expect(viaDuckDB, `skipBadRows ${skipBadRows}`).toBe(inProcess);
        else expectSameReport(viaDuckDB as typeof inProcess, inProcess);
      }
    });
  }

  it("random logs with extra fields, short rows, blank lines, mixed line endings, quoted line breaks, text after a closing quote and bad times: no difference (fast-check)", async () => {
    let run = 0;
    const lineEnd = fc.constantFrom("\n", "\r\n", "\r");
    const row = fc.record({
      kind: fc.constantFrom("good", "good", "good", "good", "extra", "short", "blank", "badTime", "emptyCase", "quotedBreak", "afterQuote"),
      case: fc.constantFrom("c1", "c2", "c3"),
      activity: fc.constantFrom("call", "test", "x,ray", 'say "hi"'),
      dept: fc.constantFrom("desk", "lab", ""),
      minute: fc.integer({ min: 0, max: 50 }),
      end: lineEnd,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), lineEnd, fc.boolean(), async (rows, headerEnd, skipBadRows) => {
        const stamp = (m: number) => new Date(Date.UTC(2024, 0, 1, 8, m)).toISOString().replace(".000", "");
        const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        const lines = rows.map((r) => {
          const fields = [r.kind === "emptyCase" ? "" : r.case, r.kind === "quotedBreak" ? `${r.activity}${r.end}again` : r.activity, r.kind === "badTime" ? "soon" : stamp(r.minute), r.dept];
          if (r.kind === "extra") fields.push("more");
          if (r.kind === "short") fields.pop();
          // text after a closing quote: "call"x
          if (r.kind === "afterQuote") return [fields[0], `"${r.activity.replace(/"/g, '""')}"x`, ...fields.slice(2).map(q)].join(",") + r.end;
          return (r.kind === "blank" ? "" : fields.map(q).join(",")) + r.end;
        });
        const text = `case,activity,time,dept${headerEnd}${lines.join("")}`;
        const path = join(dir, `fuzz-${run++}.csv`);
        writeFileSync(path, text);
        const strip = (e: unknown) => String((e as Error).message).replace(`${path}: `, "");
        const inProcess = await readEventLog(text, mapping, { skipBadRows }).then(analyseLog, strip);
        const viaDuckDB = await duckdbLogAggregate(path, mapping, { skipBadRows }).then(logReportFromAggregate, strip);
        // the one difference left, and said: a row the default engine skips for text after a closing quote, DuckDB refuses
        if (typeof viaDuckDB === "string" && viaDuckDB.includes("the DuckDB engine cannot skip such a row")) {
          expect(skipBadRows && typeof inProcess !== "string" && inProcess.skippedRows > 0).toBe(true);
        } else if (typeof inProcess === "string") expect(viaDuckDB).toBe(inProcess);
        else expectSameReport(viaDuckDB as typeof inProcess, inProcess);
      }),
      { numRuns: 60, seed: 26_04 },
    );
  }, 180_000);

  it("whole numbers as timestamps (a Parquet column of integers) are refused, saying how to store them", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const parquet = join(dir, "integers.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    await c.run(`COPY (SELECT 'A' AS "case", 'call' AS activity, 1704096000000 AS time, 'desk' AS dept) TO '${parquet}' (FORMAT parquet)`);
    c.closeSync();
    instance.closeSync();
    await expect(duckdbMine(parquet, mapping)).rejects.toThrow(/the timestamp column "time" holds numbers \(BIGINT\), not times: .*to_timestamp/);
  });
});

describe("a mined model too large for Node", () => {
  const text = `${H}A,call,2024-01-01T08:00:00Z,desk\nA,test,2024-01-01T08:10:00Z,lab\nA,talk,2024-01-01T08:20:00Z,desk\nA,pay,2024-01-01T08:30:00Z,till\n`;
  it("is refused before its transitions enter Node, naming the history that keeps it small", async () => {
    const path = join(dir, "model.csv");
    writeFileSync(path, text);
    await expect(duckdbMine(path, mapping, { maxTransitions: 2 })).rejects.toThrow(
      "the mined model would have 3 transitions, more than 2 (maxTransitions): too many to build and analyse in memory; mine with history 1 (--history 1), which keeps the model to fewer states, or measure the log alone (skipLargeModel; leave out --model and --html)",
    );
    const alone = await duckdbMine(path, mapping, { maxTransitions: 2, skipLargeModel: true });
    expect([alone.counts, alone.transitions, logReportFromAggregate(alone.aggregate).handoffs]).toEqual([null, 3, 3]);
    expect((await duckdbMine(path, mapping, { maxTransitions: 3 })).counts!.transitions).toHaveLength(3);
  });
});
