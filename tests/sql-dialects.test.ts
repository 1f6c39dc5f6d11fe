import pkg from "node-sql-parser";
import { describe, expect, it } from "vitest";
import { logAggregateSql, logReportFromAggregate, miningCountsSql, sqlDialects, type LogAggregateRow, type SqlDialectName } from "../src/sql/index.js";
import { runHukka } from "./cli-helpers.js";

const { Parser } = pkg;
const MAPPING = {
  source: "analytics.contact_events",
  case: "case id",
  activity: ["status", "sub status"],
  timestamp: "occurred_at",
  department: "team",
  missing: ["EMPTY", "it's unknown"],
  order: "event_id",
};

describe("logAggregateSql", () => {
  // node-sql-parser's grammars: BigQuery's own; Hive's for Spark SQL (its functions are Hive's).
  // DuckDB's SQL (lambdas, struct_pack) is read by DuckDB's own parser below.
  const grammar: Record<Exclude<SqlDialectName, "duckdb">, string> = { postgres: "postgresql", spark: "hive", bigquery: "bigquery" };
  for (const dialect of Object.keys(grammar) as (keyof typeof grammar)[]) {
    it(`writes ${dialect} SQL that a ${grammar[dialect]} parser reads, one SELECT with the aggregate's columns`, () => {
      // the parser's PostgreSQL grammar lacks `AS MATERIALIZED (…)`; DuckDB and PostgreSQL run the real query in other tests
      const sql = logAggregateSql(MAPPING, { dialect }).replace(/ AS MATERIALIZED \(/g, " AS (");
      const ast = new Parser().astify(sql, { database: grammar[dialect] });
      const statements = Array.isArray(ast) ? ast : [ast];
      expect(statements.map((s) => s.type)).toEqual(["select"]);
      // a quoted alias comes as { value } from some grammars
      const columns = (statements[0] as { columns: { as: string | { value: string } }[] }).columns.map((c) => (typeof c.as === "string" ? c.as : c.as.value));
      expect(columns).toEqual(["part", "name", "next_name", "n", "micros", "median_micros", "rank", "position"]);
    });
  }

  it("writes duckdb SQL (report and mining counts) that DuckDB's parser reads, one statement each", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    for (const sql of [logAggregateSql(MAPPING), miningCountsSql(MAPPING)]) {
      const parsed = (await connection.runAndReadAll(`SELECT json_serialize_sql('${sql.replace(/'/g, "''")}') AS ast`)).getRowObjectsJS()[0]!;
      const ast = JSON.parse(String(parsed["ast"])) as { error: boolean; error_message?: string; statements: { node: { type: string } }[] };
      expect(ast.error_message).toBeUndefined();
      // the UNION ALL of the parts
      expect(ast.statements.map((s) => s.node.type)).toEqual(["SET_OPERATION_NODE"]);
    }
    connection.closeSync();
  });

  it("quotes column names the engine's way, and the missing markers as literals", () => {
    expect(logAggregateSql(MAPPING, { dialect: "postgres" })).toContain(`CAST("case id" AS TEXT) AS case_id`);
    expect(logAggregateSql(MAPPING, { dialect: "spark" })).toContain("CAST(`case id` AS STRING) AS case_id");
    expect(logAggregateSql(MAPPING, { dialect: "bigquery" })).toContain(String.raw`IN ('', 'EMPTY', 'it\'s unknown')`);
    expect(logAggregateSql(MAPPING, { dialect: "postgres" })).toContain("IN ('', 'EMPTY', 'it''s unknown')");
  });

  it("lists as many variants as asked", () => {
    expect(logAggregateSql(MAPPING, { topVariants: 3 })).toContain("WHERE v.variant_rank <= 3");
  });

  it("refuses an incomplete mapping or an unknown dialect, naming what is missing", () => {
    expect(() => logAggregateSql({ ...MAPPING, timestamp: "" })).toThrow("the mapping needs the timestamp column (mapping.timestamp)");
    expect(() => logAggregateSql({ ...MAPPING, activity: [] })).toThrow("the mapping needs the activity column");
    expect(() => logAggregateSql(MAPPING, { dialect: "oracle" as SqlDialectName })).toThrow('unknown dialect "oracle": use one of duckdb, postgres, spark, bigquery');
  });
});

/** A row of the aggregate, the columns not given left NULL. */
const row = (part: string, fields: Partial<LogAggregateRow>): LogAggregateRow => ({
  part,
  name: null,
  next_name: null,
  n: null,
  micros: null,
  median_micros: null,
  rank: null,
  position: null,
  ...fields,
});

const TOTALS: Record<string, number> = {
  cases: 2, events: 5, activities: 3, departments: 2, handoffs: 2, ping_pongs: 1, revisits: 1, repeats: 0,
  cases_with_handoff: 1, cases_with_ping_pong: 1, cases_with_revisit: 1, variants: 2,
};

describe("logReportFromAggregate", () => {
  // case 1: desk → lab → desk at minutes 0, 10, 12; case 2: desk → desk at 0, 4 (as a driver returns them: bigints and decimal strings)
  const rows: LogAggregateRow[] = [
    ...Object.entries(TOTALS).map(([name, n]) => row("total", { name, n: BigInt(n) })),
    row("handoff", { name: "lab", next_name: "desk", n: "1", rank: 1, position: 3 }),
    row("handoff", { name: "desk", next_name: "lab", n: "1", rank: 1, position: 2 }),
    row("follows", { name: "call", next_name: "pay", n: 1, micros: "240000000", rank: 2, position: 1 }),
    row("follows", { name: "test", next_name: "call", n: 1, micros: 120_000_000, rank: 1, position: 2 }),
    row("follows", { name: "call", next_name: "test", n: 1, micros: 600_000_000, rank: 1, position: 1 }),
    row("variant", { name: "pay", n: 1, rank: 2, position: 2 }),
    row("variant", { name: "call", n: 1, rank: 2, position: 1 }),
    row("variant", { name: "test", n: 1, rank: 1, position: 2 }),
    row("variant", { name: "call", n: 1, rank: 1, position: 1 }),
    row("variant", { name: "call", n: 1, rank: 1, position: 3 }),
    row("minutes", { name: "cases", n: 2, micros: 960_000_000, median_micros: 480_000_000 }),
    row("minutes", { name: "changes", n: 2, micros: 720_000_000, median_micros: 360_000_000 }),
    row("minutes", { name: "stays", n: 1, micros: 240_000_000, median_micros: 240_000_000 }),
  ];

  it("builds the LogReport: totals, pairs in order of first occurrence on equal counts, variants by rank, minutes", () => {
    const report = logReportFromAggregate(rows);
    expect(report).toMatchObject({ cases: 2, events: 5, handoffs: 2, pingPongs: 1, variantCount: 2, skippedRows: 0 });
    expect(report.handoffsByPair).toEqual([
      { from: "desk", to: "lab", count: 1 },
      { from: "lab", to: "desk", count: 1 },
    ]);
    expect(report.directlyFollows.map((f) => [f.from, f.to, f.meanMinutes])).toEqual([
      ["call", "test", 10],
      ["test", "call", 2],
      ["call", "pay", 4],
    ]);
    expect(report.variants).toEqual([
      { activities: ["call", "test", "call"], count: 1 },
      { activities: ["call", "pay"], count: 1 },
    ]);
    expect(report.caseMinutes).toEqual({ count: 2, meanMinutes: 8, medianMinutes: 8 });
    expect(report.waiting).toEqual({
      departmentChanges: { count: 2, meanMinutes: 6, medianMinutes: 6 },
      departmentStays: { count: 1, meanMinutes: 4, medianMinutes: 4 },
    });
  });

  it("gives no minutes (null) where nothing was measured, and never mutates its input", () => {
    const copy = structuredClone(rows.filter((r) => r.part !== "minutes"));
    const report = logReportFromAggregate(copy);
    expect(report.waiting.departmentStays).toEqual({ count: 0, meanMinutes: null, medianMinutes: null });
    expect(copy).toEqual(rows.filter((r) => r.part !== "minutes"));
  });

  it("names the row and the fix when the rows are not the aggregate", () => {
    expect(() => logReportFromAggregate(rows.slice(1))).toThrow("the aggregate lacks the totals cases: pass every row of the query");
    expect(() => logReportFromAggregate([...rows, row("edges", {})])).toThrow(`row ${rows.length} (edges): unknown part "edges"`);
    expect(() => logReportFromAggregate([...rows, row("follows", { name: "a", next_name: "b", n: "many" })])).toThrow('(follows): n must be a number, not "many"');
  });
});

describe("hukka sql", () => {
  const args = ["--table", "events", "--case", "case_id", "--activity", "activity", "--timestamp", "ts"];

  it("prints the SQL of the dialect, with the mapping of the options", async () => {
    const result = await runHukka(["sql", "--dialect", "bigquery", ...args, "--department", "team", "--missing", "EMPTY", "--order", "event_id", "--top-variants", "5"]);
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toBe(
      logAggregateSql({ source: "events", case: "case_id", activity: ["activity"], timestamp: "ts", department: "team", missing: ["EMPTY"], order: "event_id" }, { dialect: "bigquery", topVariants: 5 }),
    );
  });

  it("prints the SQL of the mining counts with --mining", async () => {
    const result = await runHukka(["sql", "--dialect", "postgres", ...args, "--mining", "--history", "1", "--missing-department", "unknown"]);
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toBe(miningCountsSql({ source: "events", case: "case_id", activity: ["activity"], timestamp: "ts" }, { dialect: "postgres", history: 1, missingDepartment: "unknown" }));
    expect(await runHukka(["sql", "--dialect", "postgres", ...args, "--mining", "--history", "3"])).toMatchObject({ status: 2, err: expect.stringContaining("invalid --history") });
  });

  it("refuses a missing or unknown dialect and missing columns (exit status 2)", async () => {
    expect(await runHukka(["sql", ...args])).toMatchObject({ status: 2, err: expect.stringContaining("--dialect duckdb|postgres|spark|bigquery is required") });
    expect(await runHukka(["sql", "--dialect", "snowflake", ...args])).toMatchObject({ status: 2, err: expect.stringContaining('unknown dialect "snowflake"') });
    expect(await runHukka(["sql", "--dialect", "spark", "--table", "events"])).toMatchObject({ status: 2, err: expect.stringContaining("--case C is required") });
    expect(await runHukka(["sql", "--dialect", "spark", ...args, "--top-variants", "-1"])).toMatchObject({ status: 2 });
  });
});
