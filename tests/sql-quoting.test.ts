// Hostile values and column names in the published SQL, per dialect: each engine's lexer (written
// from its grammar in sql-lexers.ts) must read every missing marker back as the same text and every
// column name as the same name, and the rest of the statement must be what it is with harmless
// names (no injection). A fuzzer tries random hostile texts; node-sql-parser's grammars read the
// statements; DuckDB runs one with hostile names and markers and must give analyseLog's figures.
import fc from "fast-check";
import pkg from "node-sql-parser";
import { describe, expect, it } from "vitest";
import { analyseLog, readEventLog } from "../src/index.js";
import { logAggregateSql, logReportFromAggregate, miningCountsSql, sqlDialects, type LogAggregateRow, type SqlDialectName, type SqlLogMapping } from "../src/sql/index.js";
import { runHukka } from "./cli-helpers.js";
import { NO_POSTGRES, postgresForFile } from "./postgres-helpers.js";
import { expectSameReport } from "./sql-helpers.js";
import { skeleton, sqlTokens } from "./sql-lexers.js";

const { Parser } = pkg;
const DIALECTS = Object.keys(sqlDialects) as SqlDialectName[];
/** The PostgreSQL server the hostile names run on (tests/postgres-helpers.ts), null without one. */
const postgres = await postgresForFile();

/** Texts that end or bend a quoted text in one engine or another. */
const HOSTILE = ["\\", "'", "\\'", "''", "`", "``", "\\`", '"', "--", "#", "/*", "*/", "\n", "\r\n", "\t", "\u0000", "\u001b[2J", "\\u0027", "\\x27", "\\n", "é", "🙂", " OR TRUE --", ") OR TRUE OR (", "__proto__"];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""))
  .filter((text) => text !== "");

const mappingWith = (names: { case: string; activity: string; timestamp: string; department: string; order: string }, missing: string[]): SqlLogMapping => ({
  source: "events",
  case: names.case,
  activity: [names.activity, `${names.activity} 2`],
  timestamp: names.timestamp,
  department: names.department,
  missing,
  order: names.order,
});
const PLAIN = { case: "c", activity: "a", timestamp: "t", department: "d", order: "o" };

/** The literals and names a statement holds, and its skeleton, as the dialect's lexer reads it. */
function read(sql: string, dialect: SqlDialectName) {
  const tokens = sqlTokens(sql, dialect);
  return {
    skeleton: skeleton(tokens),
    strings: tokens.filter((t) => t.kind === "string").map((t) => t.value),
    identifiers: tokens.filter((t) => t.kind === "identifier").map((t) => t.value),
  };
}

/** Checks that the statement for hostile names and markers differs from the plain one in its literals and names only. */
function expectNoInjection(build: (mapping: SqlLogMapping, dialect: SqlDialectName) => string, dialect: SqlDialectName, names: typeof PLAIN, missing: string[]) {
  const plain = read(build(mappingWith(PLAIN, missing.map((_, i) => `m${i}`)), dialect), dialect);
  const hostile = read(build(mappingWith(names, missing), dialect), dialect);
  expect(hostile.skeleton).toEqual(plain.skeleton);
  // every marker comes back as itself, in order, after the empty value
  const markers = JSON.stringify(["", ...missing]);
  const found = hostile.strings.some((_, i) => JSON.stringify(hostile.strings.slice(i, i + 1 + missing.length)) === markers);
  expect(found, `the markers ${markers} among the literals ${JSON.stringify(hostile.strings)}`).toBe(true);
  for (const name of Object.values(names)) expect(hostile.identifiers).toContain(name);
  expect(hostile.identifiers).toContain(`${names.activity} 2`);
}

describe("the SQL of every dialect quotes values and names as the engine's lexer reads them", () => {
  it("spark and bigquery escape a quote and a backslash with a backslash: O'Brien stays O'Brien", () => {
    for (const dialect of ["spark", "bigquery"] as const) {
      expect(sqlDialects[dialect].literal("O'Brien")).toBe(String.raw`'O\'Brien'`);
      expect(sqlDialects[dialect].literal("C:\\temp")).toBe(String.raw`'C:\\temp'`);
      expect(sqlDialects[dialect].literal("a\nb\u0001")).toBe(String.raw`'a\nb\u0001'`);
      expect(read(logAggregateSql(mappingWith(PLAIN, ["O'Brien"]), { dialect }), dialect).strings).toContain("O'Brien");
    }
    expect(sqlDialects.postgres.literal("O'Brien \\")).toBe("'O''Brien \\'");
    expect(sqlDialects.duckdb.literal("O'Brien \\")).toBe("'O''Brien \\'");
  });

  it("quotes names: doubled \" (postgres, duckdb) and ` (spark), escaped ` and \\ (bigquery)", () => {
    expect(sqlDialects.postgres.identifier('a"b\\')).toBe('"a""b\\"');
    expect(sqlDialects.duckdb.identifier('a"b\\')).toBe('"a""b\\"');
    expect(sqlDialects.spark.identifier("a`b\\")).toBe("`a``b\\`");
    expect(sqlDialects.bigquery.identifier("a`b\\")).toBe("`a\\`b\\\\`");
  });

  it("two crafted --missing values no longer inject OR TRUE in spark or bigquery", () => {
    const missing = ["\\", ") OR TRUE OR department IN ("];
    for (const dialect of ["spark", "bigquery"] as const) expectNoInjection((m, d) => logAggregateSql(m, { dialect: d }), dialect, PLAIN, missing);
  });

  for (const dialect of DIALECTS) {
    it(`${dialect}: random hostile markers and column names change no token but their own (fuzzer)`, () => {
      const names = fc.record({ case: hostileText, activity: hostileText, timestamp: hostileText, department: hostileText, order: hostileText });
      fc.assert(
        fc.property(names, fc.array(hostileText, { minLength: 1, maxLength: 4 }), (n, missing) => {
          expectNoInjection((m, d) => logAggregateSql(m, { dialect: d }), dialect, n, missing);
          expectNoInjection((m, d) => miningCountsSql(m, { dialect: d }), dialect, n, missing);
        }),
        { numRuns: 300 },
      );
    });
  }

  // node-sql-parser's grammars read escaped quotes in strings (not escapes in quoted names); its
  // PostgreSQL grammar reads a backslash as an escape, which PostgreSQL does not (the real server
  // reads these statements in sql-postgres.test.ts)
  const grammar = { spark: "hive", bigquery: "bigquery" } as const;
  for (const [dialect, database] of Object.entries(grammar) as [keyof typeof grammar, string][]) {
    it(`${dialect}: a ${database} parser reads the statement with hostile markers as one SELECT`, () => {
      fc.assert(
        fc.property(fc.array(hostileText.filter((t) => !/[\u0000-\u001f]/.test(t)), { minLength: 1, maxLength: 3 }), (missing) => {
          const sql = logAggregateSql(mappingWith(PLAIN, missing), { dialect }).replace(/ AS MATERIALIZED \(/g, " AS (");
          const ast = new Parser().astify(sql, { database });
          expect((Array.isArray(ast) ? ast : [ast]).map((s) => s.type)).toEqual(["select"]);
        }),
        { numRuns: 40 },
      );
    });
  }

  /** Two cases with hostile column names and a hostile missing marker, and the report analyseLog makes of them. */
  const NAMES = { case: 'case "id"', activity: "what'\\", timestamp: "when`", department: "who --", order: "row /*" };
  const MISSING = ["it's \\ unknown", "?"];
  const ROWS = [
    ["1", "call", "2024-01-01 10:00:00", "desk", "1"],
    ["1", "test", "2024-01-01 10:10:00", "lab", "2"],
    ["1", "call", "2024-01-01 10:12:00", "it's \\ unknown", "3"],
    ["1", "pay", "2024-01-01 10:20:00", "desk", "4"],
    ["2", "call", "2024-01-02 09:00:00", "?", "5"],
    ["2", "pay", "2024-01-02 09:04:00", "lab", "6"],
  ];
  async function expectedReport() {
    const csv = ["case,activity,timestamp,department", ...ROWS.map((r) => [r[0], r[1], r[2], `"${r[3]!.replace(/"/g, '""')}"`].join(","))].join("\n");
    return analyseLog(await readEventLog(csv, { case: "case", activity: "activity", timestamp: "timestamp", department: "department", missing: MISSING }));
  }
  /** The statements that make the table of ROWS under the hostile names, in the dialect's quoting. */
  function tableStatements(dialect: "duckdb" | "postgres"): string[] {
    const q = sqlDialects[dialect];
    const columns = [NAMES.case, NAMES.activity, `${NAMES.activity} 2`, NAMES.timestamp, NAMES.department, NAMES.order];
    const types = ["TEXT", "TEXT", "TEXT", "TIMESTAMP", "TEXT", "BIGINT"];
    return [
      "DROP TABLE IF EXISTS events",
      `CREATE TABLE events (${columns.map((c, i) => `${q.identifier(c)} ${types[i]}`).join(", ")})`,
      ...ROWS.map((r) => `INSERT INTO events VALUES (${[r[0], r[1], "", r[2], r[3], r[4]].map((v, i) => `CAST(${q.literal(v!)} AS ${types[i]})`).join(", ")})`),
    ];
  }

  it("duckdb runs the statement on a table with hostile column names and markers, and gives analyseLog's figures", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    for (const statement of tableStatements("duckdb")) await connection.run(statement);
    const reader = await connection.runAndReadAll(logAggregateSql(mappingWith(NAMES, MISSING)));
    const report = logReportFromAggregate(reader.getRowObjectsJS() as unknown as LogAggregateRow[]);
    connection.closeSync();
    expectSameReport(report, await expectedReport());
    expect(report.departments).toBe(2);
  });

  it("postgres runs the statement on a table with hostile column names and markers, and gives analyseLog's figures", async (context) => {
    // no server: skipped with the note (on CI, postgresForFile's failing test instead)
    if (postgres === null) return context.skip(NO_POSTGRES);
    await postgres.query("CREATE SCHEMA IF NOT EXISTS hukka_quoting");
    await postgres.query("SET search_path TO hukka_quoting");
    for (const statement of tableStatements("postgres")) await postgres.query(statement);
    const result = await postgres.query(logAggregateSql(mappingWith(NAMES, MISSING), { dialect: "postgres" }));
    expectSameReport(logReportFromAggregate(result.rows as LogAggregateRow[]), await expectedReport());
  });

  it("hukka sql prints the escaped marker for spark", async () => {
    const result = await runHukka(["sql", "--dialect", "spark", "--table", "events", "--case", "c", "--activity", "a", "--timestamp", "t", "--department", "d", "--missing", "O'Brien"]);
    expect(result.status).toBe(0);
    expect(result.out).toContain(String.raw`IN ('', 'O\'Brien')`);
  });
});
