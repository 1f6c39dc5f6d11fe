// A CSV log reads the same whatever ends its lines — \n, \r\n, a lone \r, or a mix from line to
// line — and however its bytes are cut into chunks, a \r\n cut between two chunks included:
// the same events, the same skipped rows, the same line numbers in errors.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readEventLog, type EventLog } from "../src/index.js";
import { bytes, failure } from "./logs-helpers.js";

const m = { case: "case", activity: "activity", timestamp: "time", department: "dept", missing: ["?"] };

/** A log's content, comparable across spellings (the `Float64Array`s and `Uint32Array`s as plain arrays). */
const content = (log: EventLog) => ({
  cases: log.cases,
  activities: log.activities,
  departments: log.departments,
  caseStart: Array.from(log.caseStart),
  activity: Array.from(log.activity),
  department: Array.from(log.department),
  time: Array.from(log.time),
  skipped: log.skipped,
  skippedProblems: log.skippedProblems,
});

/** A value: plain, or one that must be quoted (a delimiter, a quote, a line break inside). */
const value = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: fc.constantFrom("a", "b", "é", " ", "_", "1"), minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "é"), minLength: 1, maxLength: 5 }) },
);

/** One line of the log: an event, a blank line, or a bad row (a timestamp that cannot be read, or too few fields). */
const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("event" as const),
      case: fc.constantFrom("c1", "c2", "c3", "long case name beyond sixteen bytes"),
      activity: value,
      minute: fc.integer({ min: 0, max: 5000 }),
      dept: fc.oneof(fc.constantFrom("desk", "lab", "?", ""), value),
      quoteAll: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "blank" as const }) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: "bad timestamp" as const }, { kind: "short" as const }) },
);

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const field = (s: string, all: boolean) => (all || /[",\n]/.test(s) ? quote(s) : s);

type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;

/** The lines of the log, header first, each without its line ending (quoted line breaks are `\n`). */
function lines(rows: Line[]): string[] {
  return [
    "case,activity,time,dept",
    ...rows.map((row) => {
      if (row.kind === "blank") return "";
      if (row.kind === "bad timestamp") return "c1,x,yesterday,desk";
      if (row.kind === "short") return "c1,x";
      const time = new Date(Date.UTC(2024, 0, 1, 0, row.minute)).toISOString();
      return [row.case, row.activity, time, row.dept].map((s) => field(s, row.quoteAll)).join(",");
    }),
  ];
}

/** The bytes cut into chunks of the given sizes in turn. */
async function* chunks(all: Uint8Array, sizes: number[]) {
  for (let i = 0, k = 0; i < all.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield all.subarray(i, i + size);
    i += size;
  }
}

describe("CSV line endings, property", () => {
  test("a log with random line endings, cut into random chunks, reads as with \\n: events, skipped rows and error lines", async () => {
    const ending = fc.constantFrom("\n", "\r\n", "\r");
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 25 }),
        fc.oneof(ending.map((e) => () => e), fc.array(ending, { minLength: 1, maxLength: 8 }).map((es) => (i: number) => es[i % es.length]!)),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (rows, endingOf, sizes, endsWithBreak) => {
          const text = lines(rows);
          const plain = text.join("\n") + (endsWithBreak ? "\n" : "");
          const endings = text.map((_, i) => (i < text.length - 1 || endsWithBreak ? endingOf(i) : ""));
          // a lone \r, then a blank line ended by \n, is a \r\n: one line break, whatever was meant
          for (let i = 1; i < text.length; i++) if (endings[i - 1] === "\r" && text[i] === "" && endings[i]!.startsWith("\n")) endings[i] = "\r";
          const mixed = text.map((l, i) => l + endings[i]).join("");
          const mixedBytes = bytes(mixed);
          for (const skipBadRows of [false, true]) {
            const expected = await readEventLog(plain, m, { skipBadRows }).then(content, (e: Error) => e);
            const got = await readEventLog(chunks(mixedBytes, sizes), m, { skipBadRows }).then(content, (e: Error) => e);
            if (expected instanceof Error) {
              expect(got).toBeInstanceOf(Error);
              expect([(got as { code?: string }).code, (got as Error).message]).toEqual([(expected as { code?: string }).code, expected.message]);
            } else {
              expect(got).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("every \\r\\n of a log cut between two chunks is one line break", async () => {
    const text = ["case,activity,time,dept", "c1,in,2024-01-01T00:00:00Z,desk", "c1,x,yesterday,lab", "c1,out,2024-01-01T00:02:00Z,lab", ""].join("\r\n");
    const all = bytes(text);
    // a cut after every \r in turn
    for (let at = all.indexOf(13); at >= 0; at = all.indexOf(13, at + 1)) {
      const e = await failure(chunks(all, [at + 1, all.length]), m);
      expect([e.code, e.place.line], `cut after byte ${at}`).toEqual(["bad_timestamp", 3]);
      const log = await readEventLog(chunks(all, [at + 1, all.length]), m, { skipBadRows: true });
      expect([log.events, log.departments, log.skippedProblems[0]?.slice(0, 7)]).toEqual([2, ["desk", "lab"], "line 3:"]);
    }
  });
});
