// A Parquet file or a DuckDB database handed to readEventLog: not text, so not "invalid UTF-8"
// with a Latin-1 fix, but an error that says to read it through DuckDB.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EventLogError, readEventLog } from "../src/index.js";

describe("readEventLog on a file DuckDB reads", () => {
  it("refuses a Parquet file and a DuckDB database (made by DuckDB) with needs_duckdb, naming --engine duckdb", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const dir = mkdtempSync(join(tmpdir(), "hukka-engine-files-"));
    const database = join(dir, "events.duckdb");
    const connection = await (await DuckDBInstance.create(database)).connect();
    await connection.run("CREATE TABLE log AS SELECT 'c1' AS case_id, 'call' AS activity, TIMESTAMP '2024-01-01 10:00:00' AS ts");
    await connection.run(`COPY log TO '${join(dir, "events.parquet")}' (FORMAT PARQUET)`);
    await connection.run("CHECKPOINT");
    connection.closeSync();
    for (const [file, kind] of [["events.parquet", "a Parquet file"], ["events.duckdb", "a DuckDB database"]] as const) {
      const error = await readEventLog(new Uint8Array(readFileSync(join(dir, file))), { case: "case_id", activity: "activity", timestamp: "ts" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventLogError);
      expect((error as EventLogError).code).toBe("needs_duckdb");
      expect((error as EventLogError).fixes).toEqual(["engine_duckdb"]);
      expect((error as EventLogError).message).toBe(`this is ${kind}, not a CSV or XES log: read it through DuckDB: \`hukka mine LOG --engine duckdb\` (duckdbLogAggregate in hukka/sql)`);
    }
  });
});
