// Customers across cases through the DuckDB engine: `hukka mine --engine duckdb --customer` gives
// the default engine's report, customers block, mined model and fidelity — on a small log
// computed by hand and on the helpdesk log (written as CSV), with and without --unit customer
// and a journey gap.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MISSING_DEPARTMENT, NO_CUSTOMER, readEventLog } from "../src/index.js";
import { runHukka } from "./cli-helpers.js";
import { expectNoDifferences } from "./compare-helpers.js";
import { dataPath, testWithLog } from "./logs-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-duckdb-customers-"));

/**
 * `hukka mine` through both engines: the JSON of each, the text of each (unless `text` is false:
 * the text is printed from the same report, model and fidelity as the JSON), and the models written.
 */
async function bothEngines(file: string, args: string[], { text: withText = true } = {}) {
  const run = async (engine: string[], tag: string) => {
    const model = join(dir, `model-${tag}.json`);
    const json = await runHukka(["mine", file, ...args, "--json", "--model", model, ...engine]);
    const text = withText ? await runHukka(["mine", file, ...args, ...engine]) : { status: 0, out: null };
    expect([json.status, text.status], `${tag}: ${json.err}`).toEqual([0, 0]);
    return { report: JSON.parse(json.out), text: text.out, model: JSON.parse(readFileSync(model, "utf8")) };
  };
  return { inProcess: await run([], "default"), viaDuckDB: await run(["--engine", "duckdb"], "duckdb") };
}

// Customer X: cases A, C (shared with Y) and B; Y: C, then D 50 days later; E has no customer.
const SMALL = `case,activity,time,dept,customer
A,call,2024-01-01T08:00:00Z,desk,X
A,test,2024-01-01T09:00:00Z,lab,
A,talk,2024-01-01T10:00:00Z,desk,X
B,call,2024-01-02T08:00:00Z,desk,X
B,pay,2024-01-02T09:00:00Z,till,
C,call,2024-01-01T09:30:00Z,desk,Y
C,test,2024-01-01T11:00:00Z,lab,X
D,call,2024-02-20T08:00:00Z,lab,Y
E,call,2024-01-01T08:00:00Z,desk,
`;
const SMALL_ARGS = ["--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--customer", "customer", "--journey-gap", "30d"];

describe("hukka mine --engine duckdb --customer", () => {
  it("gives the customers block computed by hand, and the default engine's output, for either unit", async () => {
    const file = join(dir, "small.csv");
    writeFileSync(file, SMALL);
    // By hand: journeys X [A, C, B] (C starts before A ends: concurrent), Y [C], Y [D] (cut: 50 days > 30).
    // X's events by time: desk lab desk desk lab desk till — 5 hand-offs, 3 ping-pongs, 3 revisits; Y [C]: 1 hand-off.
    // Returns within 7 days: B (starts a day after A and C ended); D is 50 days after C.
    // Journey minutes: X 08:00 Jan 1 to 09:00 Jan 2 = 1500, Y [C] 90, Y [D] 0.
    const byHand = {
      customers: 2, cases: 4, journeys: 3, casesPerJourney: { mean: 5 / 3, median: 1, max: 3 }, concurrentJourneys: 1,
      handoffs: 6, pingPongs: 3, revisits: 3, journeyMinutes: { count: 3, meanMinutes: 530, medianMinutes: 90 },
      returns: 1, returnShare: 0.25, casesWithSeveralCustomers: 1, eventsWithSeveralCustomers: 0, casesWithoutCustomer: 1,
      returnWindowMinutes: 7 * 24 * 60, journeyGapMinutes: 30 * 24 * 60,
    };
    for (const unit of ["case", "customer"]) {
      const { inProcess, viaDuckDB } = await bothEngines(file, [...SMALL_ARGS, "--unit", unit]);
      expectNoDifferences(viaDuckDB.report.customers, byHand, { tolerance: 1e-12, path: "customers" });
      expectNoDifferences(viaDuckDB.report, inProcess.report, { tolerance: 1e-9 });
      expect(viaDuckDB.text).toBe(inProcess.text);
      expect(viaDuckDB.model).toEqual(inProcess.model);
      // the journeys mined: the model's cases are the 3 journeys, not the 5 cases
      if (unit === "customer") expect([viaDuckDB.report.cases, viaDuckDB.text]).toEqual([5, expect.stringContaining("customer journeys: 3 of 2 customers")]);
    }
  }, 120_000);

  it("with start timestamps, gives the default engine's service times for the journeys mined", async () => {
    // each event started 20 minutes before it ended, but the first of a case and every third one
    const lines = SMALL.trimEnd().split("\n");
    const withStarts = [`${lines[0]},start`, ...lines.slice(1).map((line, i) => `${line},${i % 3 === 0 ? "" : new Date(Date.parse(line.split(",")[2]!) - 20 * 60_000).toISOString()}`)].join("\n") + "\n";
    const file = join(dir, "small-starts.csv");
    writeFileSync(file, withStarts);
    const { inProcess, viaDuckDB } = await bothEngines(file, [...SMALL_ARGS, "--unit", "customer", "--start-timestamp", "start"]);
    const service = (model: { touchpoints: { steps: { minutes: number }[] }[] }) => model.touchpoints.flatMap((t) => t.steps.map((s) => s.minutes));
    expect(service(inProcess.model).filter((m) => m > 0).length).toBeGreaterThan(0);
    expect(viaDuckDB.model).toEqual(inProcess.model);
    expectNoDifferences(viaDuckDB.report, inProcess.report, { tolerance: 1e-9 });
  }, 60_000);

  it("without --customer, --unit customer is wrong usage, as with the default engine", async () => {
    const file = join(dir, "small-usage.csv");
    writeFileSync(file, SMALL);
    const args = ["mine", file, ...SMALL_ARGS.slice(0, 8), "--unit", "customer"];
    const [a, b] = [await runHukka([...args, "--engine", "duckdb"]), await runHukka(args)];
    expect([a.status, b.status]).toEqual([2, 2]);
    expect(a.err).toContain("--unit customer mines customer journeys: name the customer with --customer C");
  });

  testWithLog(
    "gives the default engine's report, customers block, model and fidelity on the helpdesk log (1e-9), cases or journeys, with and without a gap",
    "helpdesk/helpdesk.xes.gz",
    async () => {
      // the helpdesk log as CSV: one row per event, as the default engine reads the XES
      const log = await readEventLog(readFileSync(dataPath("helpdesk/helpdesk.xes.gz")), { department: "org:resource", customer: "customer" });
      const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      const rows = ["case,activity,time,resource,customer"];
      for (let c = 0; c < log.cases.length; c++) {
        for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
          const d = log.department[i]!;
          const k = log.customer![i]!;
          rows.push([log.cases[c]!, log.activities[log.activity[i]!]!, new Date(log.time[i]!).toISOString(), d === MISSING_DEPARTMENT ? "" : log.departments[d]!, k === NO_CUSTOMER ? "" : log.customers![k]!].map(q).join(","));
        }
      }
      const file = join(dir, "helpdesk.csv");
      writeFileSync(file, rows.join("\n") + "\n");
      const base = ["--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "resource", "--customer", "customer"];
      const extras = [[], ["--unit", "customer"], ["--unit", "customer", "--journey-gap", "30d", "--return-window", "3d"]];
      for (const extra of extras) {
        // the text of the last, which has every option: the others' JSON equal, their text is printed from it alike
        const { inProcess, viaDuckDB } = await bothEngines(file, [...base, ...extra], { text: extra === extras.at(-1) });
        expect(inProcess.report.customers.journeys, extra.join(" ")).toBeGreaterThan(300);
        expectNoDifferences(viaDuckDB.report, inProcess.report, { tolerance: 1e-9 });
        expect(viaDuckDB.text).toBe(inProcess.text);
        expectNoDifferences(viaDuckDB.model, inProcess.model, { tolerance: 1e-9, path: "model" });
      }
    },
    300_000,
  );
});
