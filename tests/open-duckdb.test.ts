// The DuckDB instance kept between small logs: each log gets the figures it would get from an
// instance of its own — one after another, at the same time, after a failed log — and an
// instance is kept only while one thread and no other setting were asked for, and only when a
// log left no setting changed and no table behind.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyseLog, readEventLog } from "../src/index.js";
import { withDuckDBEvents } from "../src/sql/duckdb-events.js";
import { duckdbMine, logReportFromAggregate } from "../src/sql/index.js";
import { expectSameReport } from "./sql-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-open-duckdb-"));
const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
const H = "case,activity,time,dept\n";
/** A log of `n` cases, each desk → lab → desk: 3n events, 2n hand-offs, n ping-pongs. */
const log = (name: string, n: number) => {
  const rows = Array.from({ length: n }, (_, i) => `c${i},call,2024-01-01T08:00:00Z,desk\nc${i},test,2024-01-01T08:10:00Z,lab\nc${i},talk,2024-01-01T08:20:00Z,desk\n`);
  const path = join(dir, name);
  writeFileSync(path, H + rows.join(""));
  return path;
};
const figures = async (path: string) => {
  const r = logReportFromAggregate((await duckdbMine(path, mapping)).aggregate);
  return [r.cases, r.events, r.handoffs, r.pingPongs];
};
const setting = (path: string, name: string, options = {}) =>
  withDuckDBEvents(path, mapping, options, async ({ connection }) => (await connection.runAndReadAll(`SELECT current_setting('${name}') AS v`)).getRowObjectsJS()[0]!["v"]);

const { DuckDBInstance } = await import("@duckdb/node-api");
const creates = () => vi.spyOn(DuckDBInstance, "create");
afterEach(() => vi.restoreAllMocks());

describe("the DuckDB instance of small logs", () => {
  const one = log("one.csv", 1);
  const two = log("two.csv", 2);
  const three = log("three.csv", 3);

  it("is made once for logs read one after another, each with its own figures", async () => {
    await figures(one); // an instance is idle from here
    const made = creates();
    expect(await figures(two)).toEqual([2, 6, 4, 2]);
    expect(await figures(three)).toEqual([3, 9, 6, 3]);
    expect(await figures(one)).toEqual([1, 3, 2, 1]);
    expect(made).not.toHaveBeenCalled();
  });

  it("gives the next log DuckDB's own settings back (the engine turns preserve_insertion_order off)", async () => {
    await figures(one);
    const made = creates();
    expect(await setting(one, "preserve_insertion_order")).toBe(true);
    expect(made).not.toHaveBeenCalled();
  });

  it("gives logs read at the same time instances of their own, each with its own figures", async () => {
    await figures(one);
    const made = creates();
    const logs = [one, two, three, two, one];
    expect(await Promise.all(logs.map(figures))).toEqual([[1, 3, 2, 1], [2, 6, 4, 2], [3, 9, 6, 3], [2, 6, 4, 2], [1, 3, 2, 1]]);
    expect(made).toHaveBeenCalledTimes(logs.length - 1);
  });

  it("serves the next log after a log that failed, with the figures of the default engine", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, `${H}A,call,soon,desk\n`);
    await expect(duckdbMine(bad, mapping)).rejects.toThrow(/line 2: cannot read the timestamp "soon"/);
    const made = creates();
    const text = `${H}A,call,2024-01-01T08:00:00Z,desk\nA,test,2024-01-01T08:05:00Z,lab\nB,call,2024-01-01T08:01:00Z,desk\n`;
    const path = join(dir, "after-bad.csv");
    writeFileSync(path, text);
    expectSameReport(logReportFromAggregate((await duckdbMine(path, mapping)).aggregate), analyseLog(await readEventLog(text, mapping)));
    expect(made).not.toHaveBeenCalled();
  });

  it("is not kept when a log left a setting changed or a table behind", async () => {
    const leave = (sql: string) => withDuckDBEvents(one, mapping, {}, async ({ connection }) => connection.run(sql));
    await leave("SET default_order = 'DESC'");
    const made = creates();
    expect(await setting(one, "default_order")).toBe("ASCENDING");
    expect(made).toHaveBeenCalledTimes(1);
    await leave("CREATE TABLE leftover AS SELECT 1 AS x");
    const tables = await withDuckDBEvents(one, mapping, {}, async ({ connection }) => (await connection.runAndReadAll("SELECT count(*) AS n FROM duckdb_tables() WHERE NOT temporary")).getRowObjectsJS()[0]!["n"]);
    expect(Number(tables)).toBe(0);
    expect(made).toHaveBeenCalledTimes(2);
  });

  it("is not used for a log read with a setting of its own: each such log makes its own instance", async () => {
    await figures(one);
    const made = creates();
    expect(Number(await setting(one, "threads", { threads: 2 }))).toBe(2);
    expect(Number(await setting(one, "threads", { threads: 2 }))).toBe(2);
    expect(await setting(one, "memory_limit", { memoryLimit: "500MB" })).toMatch(/^4\d\d\.\d MiB$/);
    expect(made).toHaveBeenCalledTimes(3);
    expect(Number(await setting(one, "threads"))).toBe(1);
    expect(made).toHaveBeenCalledTimes(3);
  });
});
