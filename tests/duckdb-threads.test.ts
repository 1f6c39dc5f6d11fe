// One DuckDB thread for a small log, DuckDB's default (one per core) for a large one, and the
// caller's `threads` whenever given.
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withDuckDBEvents } from "../src/sql/duckdb-events.js";
import { duckdbThreads, ONE_THREAD_BYTES } from "../src/sql/duckdb-threads.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-duckdb-threads-"));
const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
const small = join(dir, "small.csv");
writeFileSync(small, "case,activity,time,dept\nA,call,2024-01-01T08:00:00Z,desk\nA,test,2024-01-01T09:00:00Z,lab\n");

describe("duckdbThreads", () => {
  it("is 1 below 8 MB, DuckDB's default from there, the caller's when given", () => {
    const at = (bytes: number) => {
      const file = join(dir, `${bytes}.csv`);
      writeFileSync(file, "");
      truncateSync(file, bytes);
      return duckdbThreads(file, {});
    };
    expect(at(ONE_THREAD_BYTES - 1)).toBe(1);
    expect(at(ONE_THREAD_BYTES)).toBeUndefined();
    expect(duckdbThreads(small, { threads: 3 })).toBe(3);
    expect(duckdbThreads("events", { database: join(dir, "warehouse.duckdb") })).toBeUndefined();
    expect(duckdbThreads(join(dir, "no-such.csv"), {})).toBeUndefined();
  });

  it("is the setting DuckDB runs with", async () => {
    const threads = (options: { threads?: number }) =>
      withDuckDBEvents(small, mapping, options, async ({ connection }) => (await connection.runAndReadAll("SELECT current_setting('threads') AS n")).getRowObjectsJS()[0]!["n"]);
    expect(Number(await threads({}))).toBe(1);
    expect(Number(await threads({ threads: 2 }))).toBe(2);
    const large = join(dir, "large.csv");
    writeFileSync(large, `case,activity,time,dept\n${"A,call,2024-01-01T08:00:00Z,desk\n".repeat(Math.ceil(ONE_THREAD_BYTES / 33))}`);
    // DuckDB's own default, from an instance made without settings
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const plain = await (await DuckDBInstance.create(":memory:")).connect();
    const own = (await plain.runAndReadAll("SELECT current_setting('threads') AS n")).getRowObjectsJS()[0]!["n"];
    plain.closeSync();
    expect(Number(await withDuckDBEvents(large, mapping, {}, async ({ connection }) => (await connection.runAndReadAll("SELECT current_setting('threads') AS n")).getRowObjectsJS()[0]!["n"]))).toBe(Number(own));
  }, 60_000);
});
