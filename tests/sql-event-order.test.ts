// The SQL that orders a case's events, run on a real engine with the rows stored in an order other
// than the events': a variant key follows the events' positions, and events of equal time keep the
// order column's order, as readEventLog keeps file order. (Rows read from a file arrive in file
// order, which would hide either mistake.)
import { describe, expect, it } from "vitest";
import { analyseLog, readEventLog } from "../src/index.js";
import { logAggregateSql, logReportFromAggregate, sqlDialects, type LogAggregateRow } from "../src/sql/index.js";
import { mapping } from "./logs-helpers.js";
import { expectSameReport, OUT_OF_ORDER } from "./sql-helpers.js";

const { X, Y, VALUES } = OUT_OF_ORDER;

async function duckdb() {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  return { connection, rows, close: () => (connection.closeSync(), instance.closeSync()) };
}

/** The variant key of each case, by an engine's dialect piece, over rows stored out of order. */
async function keys(run: (sql: string) => Promise<Record<string, unknown>[]>, key: string): Promise<Map<string, string>> {
  const out = await run(`SELECT c, ${key} AS k FROM (VALUES ${VALUES}) AS t(c, a, p) GROUP BY c ORDER BY c`);
  return new Map(out.map((r) => [String(r["c"]), String(r["k"])]));
}

describe("a dialect's variant key, on rows stored out of order", () => {
  it("duckdb: equal sequences have equal keys, sequences differing in two positions (1 and 10) different keys", async () => {
    const db = await duckdb();
    const k = sqlDialects.duckdb.variantKey;
    if (!("window" in k)) throw new Error("the duckdb variant key is a window aggregate");
    const out = await db.rows(
      `SELECT c, ${k.key("w")} AS k FROM (SELECT c, p, ${k.window("a", "p")} OVER (PARTITION BY c) AS w FROM (VALUES ${VALUES}) AS t(c, a, p)) WHERE p = 1 ORDER BY c`,
    );
    const byCase = new Map(out.map((r) => [String(r["c"]), String(r["k"])]));
    expect(byCase.get("X")).toBe(X.join(","));
    expect(byCase.get("Y")).toBe(Y.join(","));
    expect(byCase.get("Z")).toBe(byCase.get("X"));
    db.close();
  });

  it("spark (its functions stood in for by DuckDB's): the zero-padded positions sort 10 after 9", async () => {
    const db = await duckdb();
    const k = sqlDialects.spark.variantKey;
    if (!("grouped" in k)) throw new Error("the spark variant key is a grouped aggregate");
    // Spark's collect_list and sort_array are DuckDB's list and list_sort; concat_ws over an array
    // joins its elements, as array_to_string does
    await db.connection.run("CREATE MACRO collect_list(x) AS list(x)");
    await db.connection.run("CREATE MACRO sort_array(l) AS list_sort(l)");
    const expression = k.grouped("a", "p");
    expect(expression.startsWith("concat_ws(',', ") && expression.endsWith(")")).toBe(true);
    const key = `array_to_string(${expression.slice("concat_ws(',', ".length, -1)}, ',')`;
    const byCase = await keys(db.rows, key);
    // the key is the ids behind their positions: equal for X and Z, different for Y
    expect(byCase.get("Z")).toBe(byCase.get("X"));
    expect(byCase.get("Y")).not.toBe(byCase.get("X"));
    expect(byCase.get("X")!.split(",").map((part) => Number(part.split(":")[1]))).toEqual(X);
    db.close();
  });
});

describe("logAggregateSql: events of equal time", () => {
  //   case K: zulu, alpha, mike all at 08:00 in this file order, departments a, b, a: the variant
  //   zulu → alpha → mike and a ping-pong a → b → a. Stored in the reverse order, with the file
  //   order in a column.
  const CSV = "case,activity,time,dept\nK,zulu,2024-01-01T08:00:00Z,a\nK,alpha,2024-01-01T08:00:00Z,b\nK,mike,2024-01-01T08:00:00Z,a\nL,one,2024-01-01T09:00:00Z,a\nL,two,2024-01-01T09:00:00Z,b\n";

  it("keep the order column's order even when the rows are stored in another (DuckDB)", async () => {
    const db = await duckdb();
    const rows = CSV.trim().split("\n").slice(1).map((line, i) => [...line.split(","), i + 1] as const);
    const values = [...rows].reverse().map(([c, a, t, d, n]) => `('${c}', '${a}', TIMESTAMPTZ '${t}', '${d}', ${n})`).join(", ");
    await db.connection.run(`CREATE TABLE events AS SELECT * FROM (VALUES ${values}) AS t("case", activity, time, dept, file_row)`);
    const sql = logAggregateSql({ ...mapping, source: "events", order: "file_row" }, { dialect: "duckdb" });
    const report = logReportFromAggregate((await db.rows(sql)) as unknown as LogAggregateRow[]);
    expect(report.variants.map((v) => v.activities)).toEqual([
      ["zulu", "alpha", "mike"],
      ["one", "two"],
    ]);
    expect(report.pingPongs).toBe(1);
    expectSameReport(report, analyseLog(await readEventLog(CSV, mapping)));
    db.close();
  });
});
