// The DuckDB engine against the default engine: the mined model's fidelity on every CSV log of
// the data folder, start timestamps (service times), and random logs through both engines.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseLog, countMining, readEventLog } from "../src/index.js";
import { duckdbMine, logReportFromAggregate } from "../src/sql/index.js";
import { runHukka } from "./cli-helpers.js";
import { expectNoDifferences } from "./compare-helpers.js";
import { dataPath, testWithLog } from "./logs-helpers.js";
import { CSV_LOGS, expectSameCounts, expectSameReport, STARTS, startMapping } from "./sql-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-duckdb-engine-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The mapping and read options of a log as `hukka mine` arguments. */
function cliArgs(log: (typeof CSV_LOGS)[number]): string[] {
  const m: { case: string; activity: string | string[]; timestamp: string; department: string; missing?: string[] } = log.mapping;
  const encoding: string | undefined = (log.options as { encoding?: string }).encoding;
  return [
    ...["--case", m.case, "--timestamp", m.timestamp, "--department", m.department],
    ...(typeof m.activity === "string" ? [m.activity] : m.activity).flatMap((a) => ["--activity", a]),
    ...(m.missing ?? []).flatMap((x) => ["--missing", x]),
    ...(encoding === undefined ? [] : ["--encoding", encoding]),
  ];
}

describe("hukka mine --engine duckdb --json: the fidelity of the mined model", () => {
  for (const log of CSV_LOGS) {
    testWithLog(
      `is the default engine's on ${log.name} (1e-9)`,
      log.file,
      async () => {
        const args = ["mine", dataPath(log.file), ...cliArgs(log), "--json"];
        const [viaDuckDB, inProcess] = [await runHukka([...args, "--engine", "duckdb"]), await runHukka(args)];
        expect([viaDuckDB.status, inProcess.status]).toEqual([0, 0]);
        expect(viaDuckDB.err).toBe(inProcess.err);
        const [a, b] = [JSON.parse(viaDuckDB.out), JSON.parse(inProcess.out)];
        expect(b.fidelity.log.handoffs).toBeGreaterThan(0);
        expectNoDifferences(a.fidelity, b.fidelity, { tolerance: 1e-9, path: "fidelity" });
        const { fidelity: _a, ...reportA } = a;
        const { fidelity: _b, ...reportB } = b;
        expectSameReport(reportA, reportB);
      },
      120_000,
    );
  }
});

describe("the medians of the DuckDB engine (from a count per distinct value)", () => {
  it("are the hand-computed ones: an even count with equal middles, one with different middles, an odd one", async () => {
    // A: desk 08:00, lab 09:00 (change 60), desk 11:00 (change 120), desk 11:10 (stay 10): 190 min
    // B: desk 08:00, lab 10:00 (change 120), lab 10:30 (stay 30), desk 15:30 (change 300): 450 min
    // C: desk 08:00 alone: 0 min
    // changes 60, 120, 120, 300 → median 120; stays 10, 30 → 20; cases 0, 190, 450 → 190
    const text = `case,activity,time,dept
A,call,2024-01-01T08:00:00Z,desk
A,test,2024-01-01T09:00:00Z,lab
A,talk,2024-01-01T11:00:00Z,desk
A,note,2024-01-01T11:10:00Z,desk
B,call,2024-01-01T08:00:00Z,desk
B,test,2024-01-01T10:00:00Z,lab
B,retest,2024-01-01T10:30:00Z,lab
B,talk,2024-01-01T15:30:00Z,desk
C,call,2024-01-01T08:00:00Z,desk
`;
    const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
    const viaDuckDB = logReportFromAggregate((await duckdbMine(write("medians.csv", text), mapping)).aggregate);
    const inProcess = analyseLog(await readEventLog(text, mapping));
    for (const report of [viaDuckDB, inProcess]) {
      expect(report.waiting.departmentChanges).toEqual({ count: 4, meanMinutes: 150, medianMinutes: 120 });
      expect(report.waiting.departmentStays).toEqual({ count: 2, meanMinutes: 20, medianMinutes: 20 });
      expect(report.caseMinutes).toEqual({ count: 3, meanMinutes: 640 / 3, medianMinutes: 190 });
    }
  });
});

describe("start timestamps through the DuckDB engine", () => {
  it("give countMining's service times and waits to the next start (hand-computed)", async () => {
    const path = write("starts.csv", STARTS);
    const mined = await duckdbMine(path, startMapping, { history: 0 });
    const [counts, caseMinutes] = [mined.counts!, mined.caseMinutes];
    const byName = new Map(counts.states.map((s) => [counts.activities[s.activity], s]));
    expect([byName.get("call")!.serviceMinutes, byName.get("call")!.serviceEvents, byName.get("call")!.visits]).toEqual([40, 3, 3]);
    expect([byName.get("test")!.serviceMinutes, byName.get("test")!.serviceEvents]).toEqual([6, 1]);
    expect([byName.get("talk")!.serviceMinutes, byName.get("talk")!.serviceEvents]).toEqual([0, 0]);
    const wait = (from: string, to: string) => counts.transitions.find((t) => counts.activities[counts.states[t.from]!.activity] === from && counts.activities[counts.states[t.to]!.activity] === to)!.waitMinutes;
    expect([wait("call", "test"), wait("test", "talk"), wait("call", "call")]).toEqual([4, 30, 5]);
    expect(counts.hasStartTimes).toBe(true);
    expect(caseMinutes).toBe(85);
    const log = await readEventLog(STARTS, startMapping);
    for (const history of [0, 1, 2] as const) expectSameCounts((await duckdbMine(path, startMapping, { history })).counts!, countMining(log, { history }));
  });

  it("give the same service times, model and fidelity as the default engine through hukka mine --start-timestamp", async () => {
    const path = write("starts-cli.csv", STARTS);
    const args = ["mine", path, "--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--start-timestamp", "start", "--json"];
    const [m1, m2] = [join(dir, "starts-duckdb.json"), join(dir, "starts-default.json")];
    const viaDuckDB = await runHukka([...args, "--engine", "duckdb", "--model", m1]);
    const inProcess = await runHukka([...args, "--model", m2]);
    expect([viaDuckDB.status, inProcess.status]).toEqual([0, 0]);
    expectNoDifferences(JSON.parse(viaDuckDB.out).fidelity, JSON.parse(inProcess.out).fidelity, { tolerance: 1e-9, path: "fidelity" });
    expect(JSON.parse(viaDuckDB.out).fidelity.log.minutes).toBe(85 / 2);
    expect(JSON.parse(readFileSync(m1, "utf8"))).toEqual(JSON.parse(readFileSync(m2, "utf8")));
  });

  it("name the line of an unreadable start time, as the default engine does", async () => {
    const path = write("bad-start.csv", `${STARTS}C,call,2024-01-01T10:00:00Z,desk,soon\n`);
    await expect(duckdbMine(path, startMapping)).rejects.toThrow(/line 7: cannot read the start timestamp "soon" in column "start"/);
    const skipped = await duckdbMine(path, startMapping, { skipBadRows: true });
    expect(logReportFromAggregate(skipped.aggregate).skippedRows).toBe(1);
  });
});

/** A CSV field as the default engine and DuckDB both read it: quoted when it holds a delimiter, a quote or starts with a space. */
const field = (v: string) => (/[",\n\r]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Random logs: a few cases, activities and departments (some with commas, quotes and non-ASCII
 * letters), the missing marker and empty departments, timestamps that tie and go backwards, start
 * times on some events, rows of cases interleaved.
 */
const randomLog = fc
  .record({
    rows: fc.array(
      fc.record({
        case: fc.constantFrom("c1", "c2", "c3", "c 4", "Ä5"),
        activity: fc.constantFrom("call", "test", "x,ray", 'say "hi"', "päätös"),
        dept: fc.constantFrom("desk", "lab", "lab", "EMPTY", "", "ö-team"),
        minute: fc.integer({ min: 0, max: 40 }),
        service: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    history: fc.constantFrom(0 as const, 1 as const, 2 as const),
    missingDepartment: fc.constantFrom("inherit" as const, "unknown" as const),
  })
  .map(({ rows, ...options }) => {
    const stamp = (minute: number) => new Date(Date.UTC(2024, 0, 1, 8, minute)).toISOString().replace(".000", "");
    const lines = rows.map((r) => [r.case, r.activity, stamp(r.minute), r.dept, r.service === undefined ? "" : stamp(r.minute - r.service)].map(field).join(","));
    return { text: `case,activity,time,dept,start\n${lines.join("\n")}\n`, options };
  });

describe("random logs through both engines", () => {
  it("give the same report and the same mining counts (fast-check)", async () => {
    const mapping = { ...startMapping, missing: ["EMPTY"] };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(randomLog, async ({ text, options }) => {
        const path = write(`random-${run++}.csv`, text);
        const log = await readEventLog(text, mapping);
        const mined = await duckdbMine(path, mapping, options);
        expectSameReport(logReportFromAggregate(mined.aggregate), analyseLog(log));
        expectSameCounts(mined.counts!, countMining(log, options));
      }),
      { numRuns: 40, seed: 20261205 },
    );
  }, 120_000);
});
