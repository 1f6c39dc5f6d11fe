// Text after a quoted field's closing quote (`"call"x`): the default engine refuses the field or
// skips its row, DuckDB's lenient reader drops the text; the DuckDB engine finds it on the bytes
// (csvQuoteFault) and fails as the default engine does, naming the line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseLog, readEventLog } from "../src/index.js";
import { duckdbMine, logReportFromAggregate } from "../src/sql/index.js";
import { csvQuoteFault } from "../src/sql/csv-quote-fault.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-quote-fault-"));
const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
let files = 0;
const write = (text: string) => {
  const path = join(dir, `log-${files++}.csv`);
  writeFileSync(path, text);
  return path;
};

/**
 * The line of the first quoted field with text after its closing quote, read character by
 * character as RFC 4180 reads fields: the reference the byte scan is held against.
 */
function referenceFault(text: string, delimiter: string): number | null {
  let line = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && fieldStart) {
      // a quoted field: to its closing quote, "" standing for one quote
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return null; // never closed: not this fault
        if (text[j] === '"' && text[j + 1] === '"') j += 2;
        else if (text[j] === '"') break;
        else {
          if (text[j] === "\n" && text[j - 1] !== "\r") line++;
          else if (text[j] === "\r") line++;
          j++;
        }
      }
      const after = text[j + 1];
      if (after !== undefined && after !== delimiter && after !== "\n" && after !== "\r") return line;
      i = j;
      fieldStart = false;
      continue;
    }
    if (c === "\n" && text[i - 1] !== "\r") line++;
    else if (c === "\r") line++;
    fieldStart = c === delimiter || c === "\n" || c === "\r";
  }
  return null;
}

describe("text after a closing quote", () => {
  it("is found on the line it is on, whatever the chunks, line endings and quotes around it (fast-check)", async () => {
    const field = fc.oneof(
      fc.constantFrom("call", "x", "", "a\"b"),
      fc.constantFrom('"call"', '"x,y"', '""', '"say ""hi"""', '"two\nlines"', '"two\r\nlines"', '"call"x', '"call" ', '"a""b"c'),
    );
    const row = fc.tuple(fc.array(field, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\r\n", "\r"));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 17 }), fc.constantFrom(",", ";"), async (rows, chunk, delimiter) => {
        const text = "case,activity\n" + rows.map(([fields, end]) => fields.join(delimiter) + end).join("");
        expect(await csvQuoteFault(write(text), delimiter, chunk)).toBe(referenceFault(text, delimiter));
      }),
      { numRuns: 300, seed: 2612 },
    );
  });

  it("a byte-order mark before a quoted header is the start of the file", async () => {
    expect(await csvQuoteFault(write('\uFEFF"case",activity\n1,"call"x\n'), ",")).toBe(2);
    expect(await csvQuoteFault(write('\uFEFF"case",activity\n1,"call"\n'), ",")).toBe(null);
  });

  const log = (call: string, later = "") =>
    `case,activity,time,dept\n1,${call},2024-01-01T10:00:00Z,desk\n1,done,2024-01-01T11:00:00Z,lab\n2,call,2024-01-01T10:00:00Z,desk\n2,${later || "done"},2024-01-01T11:00:00Z,lab\n`;
  /** Each engine's report, or its error without the path. */
  const bothEngines = async (text: string, skipBadRows: boolean) => {
    const path = write(text);
    const strip = (e: unknown) => String((e as Error).message).replace(`${path}: `, "");
    const inProcess = await readEventLog(text, mapping, { skipBadRows }).then(analyseLog, strip);
    const viaDuckDB = await duckdbMine(path, mapping, { skipBadRows }).then((m) => logReportFromAggregate(m.aggregate), strip);
    return { inProcess, viaDuckDB };
  };

  it("both engines give the same error, with the line, with and without skipBadRows", async () => {
    for (const skipBadRows of [false, true]) {
      const { inProcess, viaDuckDB } = await bothEngines(log('"call"x'), skipBadRows);
      expect(inProcess).toMatch(/^line 2: /);
      expect(viaDuckDB).toBe(inProcess);
    }
  });

  it("where the default engine skips the row, the DuckDB engine refuses, naming the line and the engine that skips it", async () => {
    // a later quote closes the field for the default engine: one malformed row, skipped
    const text = log('"call" x"');
    const { inProcess } = await bothEngines(text, true);
    expect(typeof inProcess === "string" ? inProcess : inProcess.skippedRows).toBeGreaterThan(0);
    const { inProcess: refused, viaDuckDB } = await bothEngines(text, false);
    expect(viaDuckDB).toBe(refused);
    const skipping = await bothEngines(text, true);
    expect(skipping.viaDuckDB).toBe(
      'line 2: a quoted field has text after its closing quote: quote the whole field and double the quotes inside it (""); the DuckDB engine cannot skip such a row as the default engine does (leave out --engine duckdb to skip it)',
    );
  });

  it("a well-quoted log reads the same through both engines", async () => {
    const { inProcess, viaDuckDB } = await bothEngines(log('"call"', '"do ""it"""'), false);
    expect(typeof inProcess).toBe("object");
    expect(typeof viaDuckDB === "string" ? viaDuckDB : viaDuckDB.events).toBe(4);
  });
});
