// The customer mapping of CSV and XES logs, customer journeys and returns on a small log
// computed by hand, `unit: "customer"` mining on the municipal OCEL log, and `hukka mine` with
// customers and OCEL files.
//
//   customer X: case 1  a(desk) 05-01 08:00  b(lab) 05-02 08:00            ends 05-02 08:00
//               case 2  c(lab) 05-04 08:00  d(desk) 05-04 09:00          starts 2 days later: a return
//                       (its second event names no customer: it takes the case's)
//   customer Y: case 3  a(desk) 05-01 10:00  b(desk) 05-20 10:00
//               case 4  a(lab)  05-10 10:00  (while case 3 is open: concurrent, not a return)
//   X's journey: desk lab lab desk → D = desk lab desk: 2 hand-offs, 1 ping-pong, 1 revisit
//   Y's journey: desk(05-01) lab(05-10) desk(05-20) → 2 hand-offs, 1 ping-pong, 1 revisit
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { analyse, analyseLog, customerJourneys, departmentFlows, miningFidelity, miningUnitLog, mineService, observedJourneys, parseDuration, readEventLog, readOcel } from "../src/index.js";
import { renderReport } from "../src/viz/index.js";
import { runHukka } from "./cli-helpers.js";
import { dataPath, testWithLog } from "./logs-helpers.js";

const CSV = `case,activity,time,dept,customer
1,a,2024-05-01T08:00:00Z,desk,X
3,a,2024-05-01T10:00:00Z,desk,Y
1,b,2024-05-02T08:00:00Z,lab,X
2,c,2024-05-04T08:00:00Z,lab,X
2,d,2024-05-04T09:00:00Z,desk,
4,a,2024-05-10T10:00:00Z,lab,Y
3,b,2024-05-20T10:00:00Z,desk,Y
`;
const MAPPING = { case: "case", activity: "activity", timestamp: "time", department: "dept", customer: "customer" };
const fixture = (name: string) => readFileSync(new URL(`./fixtures/ocel/${name}`, import.meta.url));
const MUNICIPAL = { customer: "citizen", case: ["application", "complaint"], department: "office" };

describe("the customer mapping", () => {
  test("a CSV log: journeys, returns and wander across cases, by hand", async () => {
    const log = await readEventLog(CSV, MAPPING);
    expect(log.customers).toEqual(["X", "Y"]);
    const c = analyseLog(log).customers!;
    expect(c).toMatchObject({ customers: 2, journeys: 2, casesPerJourney: { mean: 2, median: 2, max: 2 }, concurrentJourneys: 1, handoffs: 4, pingPongs: 2, revisits: 2, returns: 1, returnShare: 0.25 });
    // a 1-day gap: case 2 starts 2 days after case 1 ended (new journey: desk lab, then lab desk, a
    // hand-off each); case 4 starts while case 3 is open (same journey: desk lab desk)
    expect(analyseLog(log, { journeyGap: 1440 }).customers).toMatchObject({ journeys: 3, handoffs: 4, pingPongs: 1 });
    // a return window shorter than the 2 days between case 1 and case 2
    expect(analyseLog(log, { returnWindow: 2879 }).customers!.returns).toBe(0);
    const j = customerJourneys(log)!;
    expect(Array.from(j.cases.subarray(j.caseStart[1], j.caseStart[2]), (k) => log.cases[k])).toEqual(["3", "4"]);
  });

  test("an XES log: the customer as a trace attribute, or as an event's", async () => {
    const xes = `<log><trace><string key="concept:name" value="1"/><string key="client" value="X"/>
      <event><string key="concept:name" value="a"/><date key="time:timestamp" value="2024-05-01T08:00:00Z"/><string key="org" value="desk"/></event></trace>
      <trace><string key="concept:name" value="2"/>
      <event><string key="concept:name" value="b"/><date key="time:timestamp" value="2024-05-03T08:00:00Z"/><string key="org" value="lab"/><string key="client" value="X"/></event></trace></log>`;
    const log = await readEventLog(xes, { department: "org", customer: "client" });
    expect(analyseLog(log).customers).toMatchObject({ customers: 1, journeys: 1, handoffs: 1, returns: 1 });
  });

  test("a log read without a customer mapping has no customers block", async () => {
    const log = await readEventLog(CSV, { ...MAPPING, customer: undefined });
    expect(analyseLog(log).customers).toBeUndefined();
    expect(() => mineService(log, { unit: "customer" })).toThrow(/unit "customer" needs a log read with a customer mapping/);
  });

  test("a CSV without the customer column says which columns it has", async () => {
    await expect(readEventLog(CSV, { ...MAPPING, customer: "client" })).rejects.toThrow(/no column "client" for the customer/);
  });

  test("durations read as the command line writes them", () => {
    expect([parseDuration("30d"), parseDuration("12h"), parseDuration("90m"), parseDuration("90"), parseDuration("1.5d"), parseDuration("a week"), parseDuration("-3d")]).toEqual([43_200, 720, 90, 90, 2160, null, null]);
  });
});

describe("mining with the customer journey as the unit", () => {
  test("the municipal log: the model reproduces the journeys' hand-offs, ping-pongs and minutes", async () => {
    const log = await readOcel(fixture("municipal.jsonocel"), MUNICIPAL);
    // by hand (tests/read-ocel.test.ts): journeys of 5, 4 and 1 hand-offs; 2, 1, 0 ping-pongs;
    // 27,720, 17,340 and 2,880 minutes
    const e = analyse(mineService(log, { unit: "customer" })).expected;
    expect(e.handoffs).toBeCloseTo(10 / 3, 9);
    expect(e.pingPongs).toBeCloseTo(1, 9);
    expect(e.minutes).toBeCloseTo(47_940 / 3, 6);
    // with a 5-day gap: 4 journeys, 9 hand-offs, 2 ping-pongs
    const gapped = analyse(mineService(log, { unit: "customer", journeyGap: 5 * 1440 })).expected;
    expect(gapped.handoffs).toBeCloseTo(9 / 4, 9);
    expect(gapped.pingPongs).toBeCloseTo(2 / 4, 9);
  });

  test("a fidelity held against the journeys says so: its unit, its warnings and its table say per customer journey", async () => {
    const log = await readEventLog(CSV, MAPPING);
    const journeys = miningUnitLog(log, { unit: "customer" });
    const service = mineService(journeys, { unit: "customer" });
    const expected = analyse(service).expected;
    // the model's hand-offs doubled: 100 % off, a fidelity_gap
    const off = { ...expected, handoffs: 2 * expected.handoffs };
    const byJourney = miningFidelity(journeys, analyseLog(journeys), off, { unit: "customer" });
    expect(byJourney.unit).toBe("customer");
    expect(byJourney.log.handoffs).toBeCloseTo(2, 12); // X's and Y's journeys: 2 hand-offs each
    const journeyWarnings = byJourney.warnings.map((w) => w.message);
    expect(journeyWarnings).toContainEqual(expect.stringContaining("hand-offs per customer (4.00) differ from the log's per customer journey (2.00): +100.0 %"));
    expect(journeyWarnings.filter((m) => m.includes("per case"))).toEqual([]);
    // the same model held against the cases: 2 hand-offs in 4 cases
    const byCase = miningFidelity(log, analyseLog(log), off);
    expect(byCase.unit).toBe("case");
    expect(byCase.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining("hand-offs per customer (4.00) differ from the log's per case (0.500): +700.0 %"));
    // the report's table reads the unit off the fidelity
    const heads = (fidelity: typeof byCase) => {
      const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
      const data = { departments: departmentFlows(journeys), observed: observedJourneys(journeys), fidelity };
      renderReport(document.body as unknown as Element, service, analyse(service), { interactive: false, log: data });
      return [...document.querySelectorAll('[data-hukka="fidelity"] th[scope="col"]')].map((th) => th.textContent);
    };
    expect(heads(byJourney)).toEqual(["", "log, per customer journey", "model, per customer", "difference"]);
    expect(heads(byCase)).toEqual(["", "log, per case", "model, per customer", "difference"]);
  });
});

describe("hukka mine with customers", () => {
  const dir = mkdtempSync(join(tmpdir(), "hukka-customers-"));
  const csv = join(dir, "contacts.csv");
  writeFileSync(csv, CSV);

  test("--customer, --journey-gap and --return-window give the customers block in --json", async () => {
    const { status, out } = await runHukka(["mine", csv, "--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--customer", "customer", "--journey-gap", "1d", "--return-window", "3d", "--json"]);
    expect(status).toBe(0);
    const report = JSON.parse(out);
    expect(report.customers).toMatchObject({ journeys: 3, returns: 1, journeyGapMinutes: 1440, returnWindowMinutes: 4320 });
  });

  test("the summary gives the customer figures; --unit customer holds the model against the journeys", async () => {
    const { status, out } = await runHukka(["mine", csv, "--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--customer", "customer", "--unit", "customer"]);
    expect(status).toBe(0);
    expect(out).toContain("2 customers came with 4 cases");
    expect(out).toContain("returns: 1 cases (25.0%) start within 7 days after another case of the same customer ended");
    expect(out).toMatch(/per customer journey\s+log\s+model/);
    expect(out).toMatch(/hand-offs\s+2\.00\s+2\.00/);
    const json = await runHukka(["mine", csv, "--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--customer", "customer", "--unit", "customer", "--json"]);
    expect(JSON.parse(json.out).fidelity.unit).toBe("customer");
  });

  test("bad durations and units are wrong usage", async () => {
    const base = ["mine", csv, "--case", "case", "--activity", "activity", "--timestamp", "time", "--customer", "customer"];
    const gap = await runHukka([...base, "--journey-gap", "a month"]);
    expect([gap.status, gap.err]).toEqual([2, expect.stringContaining('invalid --journey-gap "a month": use a duration such as 30d, 12h, 90m, or minutes')]);
    const unit = await runHukka([...base, "--unit", "patient"]);
    expect(unit.status).toBe(2);
    const noCustomer = await runHukka(["mine", csv, "--case", "case", "--activity", "activity", "--timestamp", "time", "--unit", "customer"]);
    expect([noCustomer.status, noCustomer.err]).toEqual([2, expect.stringContaining("--unit customer mines customer journeys: name the customer with --customer C")]);
  });

  test("an OCEL file is recognised by its content, gzip too, and read with --customer-type", async () => {
    const path = join(dir, "municipal.json.gz");
    writeFileSync(path, gzipSync(fixture("municipal.jsonocel")));
    const { status, out } = await runHukka(["mine", path, "--customer-type", "citizen", "--case-type", "application", "--case-type", "complaint", "--department", "office", "--json"]);
    expect(status).toBe(0);
    expect(JSON.parse(out).customers).toMatchObject({ customers: 3, journeys: 3, handoffs: 10, returns: 2, eventsWithSeveralCustomers: 1 });
    const xml = join(dir, "municipal.xml");
    writeFileSync(xml, fixture("municipal.xmlocel"));
    const missing = await runHukka(["mine", xml, "--department", "office"]);
    expect([missing.status, missing.err]).toEqual([2, expect.stringContaining("is an OCEL log: name the object type of its customers with --customer-type T")]);
    const bad = await runHukka(["mine", xml, "--customer-type", "citizens", "--department", "office"]);
    expect([bad.status, bad.err]).toEqual([1, expect.stringContaining('no object type "citizens" for the customer')]);
  });

  testWithLog("helpdesk: the customer summary", "helpdesk/helpdesk.xes.gz", async () => {
    const { status, out } = await runHukka(["mine", dataPath("helpdesk/helpdesk.xes.gz"), "--department", "org:resource", "--customer", "customer", "--journey-gap", "30d"]);
    expect(status).toBe(0);
    expect(out).toContain("397 customers came with 4,580 cases");
    expect(out).toContain("customer journeys: 1,194 of 397 customers, cut after 30 days away; cases per journey: mean 3.84, median 1, max 251");
  }, 60_000);
});
