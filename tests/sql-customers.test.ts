// The SQL route with the customer as the partition key (unit "customer"): DuckDB and a real
// PostgreSQL give, from the aggregate, the report and mining counts that analyseLog and
// countMining give on journeyLog in process — on a small log and on the helpdesk log (I. Verenich,
// Helpdesk, Mendeley Data, 2016, doi:10.17632/39bp3vv62t.1) written as CSV by the test, with and
// without a 30-day journey gap.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { analyseLog, countMining, journeyLog, readEventLog, type EventLog } from "../src/index.js";
import { duckdbLogAggregate, duckdbMiningCounts, logAggregateSql, logReportFromAggregate, miningCountsFromAggregate, miningCountsSql, type LogAggregateRow, type MiningAggregateRow } from "../src/sql/index.js";
import { dataPath, testWithLog } from "./logs-helpers.js";
import { NO_POSTGRES, postgresForFile } from "./postgres-helpers.js";
import { expectSameCounts, expectSameReport } from "./sql-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-sql-customers-"));
// customer X: cases 1 and 2 (2 days apart); customer Y: cases 3 and 4 (4 inside 3); case 2's
// second event names no customer; case 5 names X and Y; a tie at 05-04 08:00 across X's cases
const SMALL = `case,activity,time,dept,customer
1,a,2024-05-01T08:00:00Z,desk,X
3,a,2024-05-01T10:00:00Z,desk,Y
1,b,2024-05-02T08:00:00Z,lab,X
2,c,2024-05-04T08:00:00Z,lab,X
5,e,2024-05-04T08:00:00Z,desk,Y
5,f,2024-05-04T09:00:00Z,lab,X
2,d,2024-05-04T09:00:00Z,desk,
4,a,2024-05-10T10:00:00Z,lab,Y
3,b,2024-05-20T10:00:00Z,desk,Y
`;
const MAPPING = { case: "case", activity: "activity", timestamp: "time", department: "dept", customer: "customer" };
const GAPS = [null, 1440, 30 * 1440];

/** The in-process journeys, the reference the SQL must equal. */
const journeysOf = (log: EventLog, journeyGap: number | null) => journeyLog(log, { journeyGap })!;
/** analyseLog on the journeys, less the customers block the SQL aggregate does not compute. */
const reportOf = (log: EventLog) => {
  const { customers: _, ...report } = analyseLog(log);
  return report;
};

/** An event log as CSV rows in its own order (grouped by case, each case in time order). */
function asCsv(log: EventLog): string {
  const rows = ["case,activity,time,dept,customer"];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (let c = 0; c < log.cases.length; c++) {
    for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
      const d = log.departments[log.department[i]!] ?? "";
      const k = log.customer![i]!;
      rows.push([log.cases[c]!, log.activities[log.activity[i]!]!, new Date(log.time[i]!).toISOString(), d, log.customers![k] ?? ""].map(q).join(","));
    }
  }
  return rows.join("\n") + "\n";
}

describe("the DuckDB engine with the customer as the partition key", () => {
  it("gives journeyLog's report and counts on a small log (ties, a case of two customers, gaps)", async () => {
    const path = join(dir, "small.csv");
    writeFileSync(path, SMALL);
    const log = await readEventLog(SMALL, MAPPING);
    for (const journeyGap of GAPS) {
      const report = logReportFromAggregate(await duckdbLogAggregate(path, MAPPING, { unit: "customer", journeyGap }));
      expectSameReport(report, reportOf(journeysOf(log, journeyGap)));
      expect(report.handoffs).toBe(analyseLog(log, { journeyGap }).customers!.handoffs);
      expectSameCounts(await duckdbMiningCounts(path, MAPPING, { unit: "customer", journeyGap, history: 2 }), countMining(journeysOf(log, journeyGap), { history: 2 }));
    }
  }, 60_000);

  testWithLog("gives journeyLog's report and counts on helpdesk, with and without a 30-day gap", "helpdesk/helpdesk.xes.gz", async () => {
    const xes = await readEventLog(readFileSync(dataPath("helpdesk/helpdesk.xes.gz")), { department: "org:resource", customer: "customer" });
    const csv = asCsv(xes);
    const path = join(dir, "helpdesk.csv");
    writeFileSync(path, csv);
    const log = await readEventLog(csv, MAPPING);
    for (const journeyGap of [null, 30 * 1440]) {
      const expected = reportOf(journeysOf(log, journeyGap));
      expectSameReport(logReportFromAggregate(await duckdbLogAggregate(path, MAPPING, { unit: "customer", journeyGap })), expected);
      expect(expected.handoffs).toBe(analyseLog(xes, { journeyGap }).customers!.handoffs);
      expectSameCounts(await duckdbMiningCounts(path, MAPPING, { unit: "customer", journeyGap }), countMining(journeysOf(log, journeyGap)));
    }
  }, 120_000);

  it("refuses unit customer without a customer column", async () => {
    expect(() => logAggregateSql({ source: "events", case: "c", activity: "a", timestamp: "t" }, { unit: "customer" })).toThrow(/unit "customer" needs the customer column \(mapping.customer\)/);
  });
});

const client = await postgresForFile();
const db = client!; // read only by tests that skip without a server

/** Loads a CSV as text columns plus hukka_row, its place in the file. */
async function load(table: string, text: string): Promise<void> {
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  await db.query(`DROP TABLE IF EXISTS ${table}`);
  await db.query(`CREATE TABLE ${table} (hukka_row BIGINT, ${header!.map((c) => `"${c}" TEXT`).join(", ")})`);
  const arrays = [rows.map((_, i) => String(i + 1)), ...header!.map((_, c) => rows.map((r) => r[c] ?? null))];
  await db.query(`INSERT INTO ${table} SELECT * FROM unnest(${arrays.map((_, k) => `$${k + 1}::${k === 0 ? "bigint" : "text"}[]`).join(", ")})`, arrays);
}

// SMALL with a start time on every second event: 15 minutes before it ended
const SMALL_STARTS = SMALL.trimEnd()
  .split("\n")
  .map((line, i) => (i === 0 ? `${line},start` : `${line},${i % 2 === 0 ? "" : new Date(Date.parse(line.split(",")[2]!) - 15 * 60_000).toISOString()}`))
  .join("\n") + "\n";

describe("the PostgreSQL dialect with the customer as the partition key", () => {
  beforeEach((context) => {
    if (client === null) context.skip(NO_POSTGRES);
  });

  it("gives journeyLog's service times from a start column, as the DuckDB engine does", async () => {
    await load("hukka_customer_starts", SMALL_STARTS);
    const log = await readEventLog(SMALL_STARTS, { ...MAPPING, startTimestamp: "start" });
    const source = `(SELECT *, CAST(time AS TIMESTAMPTZ) AS hukka_time, CAST(NULLIF(start, '') AS TIMESTAMPTZ) AS hukka_start FROM hukka_customer_starts) AS log`;
    const mapping = { ...MAPPING, source, timestamp: "hukka_time", start: "hukka_start", order: "hukka_row" };
    const path = join(dir, "small-starts.csv");
    writeFileSync(path, SMALL_STARTS);
    for (const journeyGap of GAPS) {
      const expected = countMining(journeysOf(log, journeyGap), { history: 1 });
      expect(expected.states.some((s) => s.serviceMinutes > 0)).toBe(true);
      const counts = (await db.query<MiningAggregateRow>(miningCountsSql(mapping, { dialect: "postgres", unit: "customer", journeyGap, history: 1 }))).rows;
      expectSameCounts(miningCountsFromAggregate(counts, { history: 1 }), expected);
      expectSameCounts(await duckdbMiningCounts(path, { ...MAPPING, startTimestamp: "start" }, { unit: "customer", journeyGap, history: 1 }), expected);
    }
  });


  it("gives journeyLog's report and counts on the small log", async () => {
    await load("hukka_customers", SMALL);
    const log = await readEventLog(SMALL, MAPPING);
    const mapping = { ...MAPPING, source: "(SELECT *, CAST(time AS TIMESTAMPTZ) AS hukka_time FROM hukka_customers) AS log", timestamp: "hukka_time", order: "hukka_row" };
    for (const journeyGap of GAPS) {
      const rows = (await db.query<LogAggregateRow>(logAggregateSql(mapping, { dialect: "postgres", unit: "customer", journeyGap }))).rows;
      expectSameReport(logReportFromAggregate(rows), reportOf(journeysOf(log, journeyGap)));
      const counts = (await db.query<MiningAggregateRow>(miningCountsSql(mapping, { dialect: "postgres", unit: "customer", journeyGap, history: 2 }))).rows;
      expectSameCounts(miningCountsFromAggregate(counts, { history: 2 }), countMining(journeysOf(log, journeyGap), { history: 2 }));
    }
  });
});

describe("hukka sql --customer --unit customer", () => {
  it("prints the SQL partitioned by customer journey, which DuckDB runs to journeyLog's report", async () => {
    const { runHukka } = await import("./cli-helpers.js");
    const path = join(dir, "cli.csv");
    writeFileSync(path, SMALL);
    const source = `(SELECT *, CAST(time AS TIMESTAMPTZ) AS hukka_time, ROW_NUMBER() OVER () AS hukka_row FROM read_csv('${path}', all_varchar = true)) AS log`;
    const args = ["sql", "--dialect", "duckdb", "--table", source, "--case", "case", "--activity", "activity", "--timestamp", "hukka_time", "--department", "dept", "--order", "hukka_row", "--customer", "customer", "--unit", "customer", "--journey-gap", "1d"];
    const { status, out } = await runHukka(args);
    expect(status).toBe(0);
    expect(out).toContain("journey_numbers AS");
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    await c.run("SET TimeZone = 'UTC'");
    const rows = (await c.runAndReadAll(out)).getRowObjectsJS() as unknown as LogAggregateRow[];
    c.closeSync();
    instance.closeSync();
    expectSameReport(logReportFromAggregate(rows), reportOf(journeysOf(await readEventLog(SMALL, MAPPING), 1440)));
    const noCustomer = await runHukka(args.filter((a, i) => a !== "--customer" && args[i - 1] !== "--customer"));
    expect([noCustomer.status, noCustomer.err]).toEqual([2, expect.stringContaining("--unit customer partitions by customer journey: name the customer column with --customer C")]);
  }, 60_000);
});
