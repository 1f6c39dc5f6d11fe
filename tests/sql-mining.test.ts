import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pkg from "node-sql-parser";
import { describe, expect, it } from "vitest";
import { countMining, readEventLog, serviceFromCounts } from "../src/index.js";
import { duckdbMiningCounts, miningCountsFromAggregate, miningCountsSql, type MiningAggregateRow } from "../src/sql/index.js";
import { CSV, dataPath, mapping, openLog, testWithLog } from "./logs-helpers.js";
import { CSV_LOGS, expectSameCounts, STARTS, startMapping } from "./sql-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-sql-mining-"));
const OPTIONS = [0, 1, 2].flatMap((history) => (["inherit", "unknown"] as const).map((missingDepartment) => ({ history: history as 0 | 1 | 2, missingDepartment })));

describe("duckdbMiningCounts", () => {
  it("gives countMining's counts on the small hand-computed log, for every history and missing-department rule", async () => {
    const path = join(dir, "small.csv");
    writeFileSync(path, CSV);
    const log = await readEventLog(CSV, mapping);
    for (const options of OPTIONS) expectSameCounts(await duckdbMiningCounts(path, mapping, options), countMining(log, options));
    // the default is history 2 with inheritance, as countMining's
    expectSameCounts(await duckdbMiningCounts(path, mapping), countMining(log));
  });

  for (const log of CSV_LOGS.filter((l) => l.name === "Sepsis" || l.name === "receipt")) {
    testWithLog(
      `gives countMining's counts, and so the same mined model, on ${log.name}`,
      log.file,
      async () => {
        const events = await readEventLog(openLog(log.file), log.mapping, log.options);
        for (const options of [{ history: 2 as const, missingDepartment: "inherit" as const }, { history: 1 as const, missingDepartment: "unknown" as const }]) {
          const counts = await duckdbMiningCounts(dataPath(log.file), log.mapping, { ...log.options, ...options });
          const expected = countMining(events, options);
          expectSameCounts(counts, expected);
          expect(serviceFromCounts(counts, { id: "m" }).touchpoints.map((t) => t.id)).toEqual(serviceFromCounts(expected, { id: "m" }).touchpoints.map((t) => t.id));
        }
      },
      120_000,
    );
  }
});

describe("miningCountsSql and miningCountsFromAggregate", () => {
  it("count service times from a start column, as countMining does (DuckDB runs the one statement)", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const path = join(dir, "starts.csv");
    writeFileSync(path, STARTS);
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    await c.run(`CREATE TABLE events AS SELECT ROW_NUMBER() OVER () AS n, "case", activity, dept, CAST(time AS TIMESTAMPTZ) AS time, CAST(start AS TIMESTAMPTZ) AS start FROM read_csv('${path}', all_varchar = true)`);
    const log = await readEventLog(STARTS, startMapping);
    for (const history of [0, 2] as const) {
      const sql = miningCountsSql({ source: "events", case: "case", activity: "activity", timestamp: "time", start: "start", department: "dept", order: "n" }, { dialect: "duckdb", history });
      const rows = (await c.runAndReadAll(sql)).getRowObjectsJS() as unknown as MiningAggregateRow[];
      const counts = miningCountsFromAggregate(rows, { history });
      expect(counts.hasStartTimes).toBe(true);
      expectSameCounts(counts, countMining(log, { history }));
    }
    c.closeSync();
    instance.closeSync();
  });

  const m = { source: "events", case: "case_id", activity: "activity", timestamp: "ts", department: "team", missing: ["EMPTY"], order: "event_id" };
  const grammar = { spark: "hive", bigquery: "bigquery" } as const;
  for (const [dialect, database] of Object.entries(grammar)) {
    it(`writes ${dialect} SQL that a ${database} parser reads`, () => {
      for (const mapping of [m, { ...m, start: "started_at" }]) {
        const sql = miningCountsSql(mapping, { dialect: dialect as "spark" | "bigquery" });
        const ast = new pkg.Parser().astify(sql, { database });
        expect((Array.isArray(ast) ? ast : [ast]).map((s) => s.type)).toEqual(["select"]);
        expect(sql.includes("`started_at`")).toBe(mapping === m ? false : true);
      }
    });
  }

  it("refuses bad options and rows that are not the aggregate, naming them", () => {
    expect(() => miningCountsSql(m, { history: 3 as 2 })).toThrow("invalid history 3: use 0, 1 or 2");
    expect(() => miningCountsSql({ ...m, case: "" })).toThrow("miningCountsSql: the mapping needs the case column (mapping.case)");
    expect(() => miningCountsSql({ ...m, source: " " })).toThrow("miningCountsSql: the mapping needs a source");
    expect(() => miningCountsFromAggregate([{ part: "edge" }])).toThrow('row 0 (edge): unknown part "edge"');
    expect(() => miningCountsFromAggregate([{ part: "total", name: "cases", n: 1 }])).toThrow("lacks the total events");
  });
});
