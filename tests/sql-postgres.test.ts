// The PostgreSQL dialect on a real server: the receipt and Sepsis logs loaded as they are in
// their files (text columns and a row number in file order), aggregated by the published SQL,
// and compared with analyseLog on the same files read in process. The server is the
// throwaway one of scripts/test-postgres.sh (started by .ci/run); its URL comes from
// HUKKA_TEST_POSTGRES. On CI these tests fail, never skip, when the server is not reachable.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { analyseLog, countMining, readEventLog } from "../src/index.js";
import { logAggregateSql, logReportFromAggregate, miningCountsFromAggregate, miningCountsSql, sqlDialects, type LogAggregateRow, type MiningAggregateRow } from "../src/sql/index.js";
import { CSV, dataPath, mapping, openLog, testWithLog } from "./logs-helpers.js";
import { NO_POSTGRES, postgresForFile } from "./postgres-helpers.js";
import { CSV_LOGS, expectSameCounts, expectSameReport, OUT_OF_ORDER, STARTS, startMapping } from "./sql-helpers.js";

const client = await postgresForFile();
const db = client!; // read only by tests that skip without a server

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Loads a CSV text as a table of text columns, plus hukka_row: the row's place in the file. */
async function load(table: string, text: string): Promise<void> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  await db.query(`DROP TABLE IF EXISTS ${table}`);
  await db.query(`CREATE TABLE ${table} (hukka_row BIGINT, ${header!.map((c) => `${quote(c)} TEXT`).join(", ")})`);
  const columns = ["hukka_row", ...header!.map(quote)];
  for (let start = 0; start < rows.length; start += 5000) {
    const batch = rows.slice(start, start + 5000);
    const arrays = [batch.map((_, i) => String(start + i + 1)), ...header!.map((_, c) => batch.map((r) => r[c] ?? null))];
    await db.query(
      `INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${arrays.map((_, k) => `$${k + 1}::${k === 0 ? "bigint" : "text"}[]`).join(", ")})`,
      arrays,
    );
  }
}

/** The report of the published Postgres SQL on a loaded table, the timestamp text cast to timestamptz. */
async function reportOf(table: string, m: { case: string; activity: string | string[]; timestamp: string; department?: string; missing?: string[] }) {
  const source = `(SELECT *, CAST(${quote(m.timestamp)} AS TIMESTAMPTZ) AS hukka_time FROM ${table}) AS log`;
  const sql = logAggregateSql({ ...m, source, timestamp: "hukka_time", order: "hukka_row" }, { dialect: "postgres" });
  const result = await db.query<LogAggregateRow>(sql);
  return logReportFromAggregate(result.rows);
}

/** The mining counts of the published Postgres SQL on a loaded table. */
async function countsOf(table: string, m: { case: string; activity: string | string[]; timestamp: string; department?: string; missing?: string[] }, history: 0 | 1 | 2 = 2) {
  const source = `(SELECT *, CAST(${quote(m.timestamp)} AS TIMESTAMPTZ) AS hukka_time FROM ${table}) AS log`;
  const sql = miningCountsSql({ ...m, source, timestamp: "hukka_time", order: "hukka_row" }, { dialect: "postgres", history });
  return miningCountsFromAggregate((await db.query<MiningAggregateRow>(sql)).rows, { history });
}


describe("the PostgreSQL dialect on a real server", () => {
  beforeEach((context) => {
    if (client === null) context.skip(NO_POSTGRES);
  });

  it("the variant key follows the events' positions whatever order the rows arrive in", async () => {
    const key = sqlDialects.postgres.variantKey;
    if (!("grouped" in key)) throw new Error("the postgres variant key is a grouped aggregate");
    const { rows } = await db.query<{ c: string; k: string }>(
      `SELECT c, ${key.grouped("a", "p")} AS k FROM (VALUES ${OUT_OF_ORDER.VALUES}) AS t(c, a, p) GROUP BY c ORDER BY c`,
    );
    const byCase = new Map(rows.map((r) => [r.c, r.k]));
    expect(byCase.get("X")).toBe(OUT_OF_ORDER.X.join(","));
    expect(byCase.get("Y")).toBe(OUT_OF_ORDER.Y.join(","));
    expect(byCase.get("Z")).toBe(byCase.get("X"));
  });

  it("gives analyseLog's report and countMining's counts on the small hand-computed log (ties in file order)", async () => {
    await load("hukka_small", CSV);
    const log = await readEventLog(CSV, mapping);
    expectSameReport(await reportOf("hukka_small", mapping), analyseLog(log));
    for (const history of [0, 1, 2] as const) expectSameCounts(await countsOf("hukka_small", mapping, history), countMining(log, { history }));
  });

  it("gives countMining's service times from a start column (NULL where empty), as the DuckDB engine does", async () => {
    await load("hukka_starts", STARTS);
    const log = await readEventLog(STARTS, startMapping);
    const source = `(SELECT *, CAST("time" AS TIMESTAMPTZ) AS hukka_time, CAST(NULLIF("start", '') AS TIMESTAMPTZ) AS hukka_start FROM hukka_starts) AS log`;
    for (const history of [0, 1, 2] as const) {
      const sql = miningCountsSql({ source, case: "case", activity: "activity", timestamp: "hukka_time", start: "hukka_start", department: "dept", order: "hukka_row" }, { dialect: "postgres", history });
      const counts = miningCountsFromAggregate((await db.query<MiningAggregateRow>(sql)).rows, { history });
      expectSameCounts(counts, countMining(log, { history }));
      expect(counts.states.reduce((sum, s) => sum + s.serviceMinutes, 0)).toBe(10 + 6 + 30);
    }
  });

  for (const log of CSV_LOGS.filter((l) => l.name === "Sepsis" || l.name === "receipt")) {
    testWithLog(
      `gives the in-process report and mining counts exactly on ${log.name}`,
      log.file,
      async () => {
        const table = `hukka_${log.name.toLowerCase()}`;
        await load(table, readFileSync(dataPath(log.file), "utf8"));
        const expected = analyseLog(await readEventLog(openLog(log.file), log.mapping, log.options));
        expectSameReport(await reportOf(table, log.mapping), expected);
        expectSameCounts(await countsOf(table, log.mapping), countMining(await readEventLog(openLog(log.file), log.mapping, log.options)));
        expect(expected.cases).toBeGreaterThan(1000);
      },
      60_000,
    );
  }
});
