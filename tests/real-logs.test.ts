// The real logs of ../shared/data (see its README). The expected figures are those of an
// independent computation kept in the repository, tests/real-log-figures.py (Python 3 standard
// library only: csv, xml.etree over gzip, datetime; no code shared with hukka), which
// tests/real-logs-independent.test.ts runs against analyseLog on every log. Its rules: rows
// grouped by case, each case sorted by (timestamp, row number) so ties keep file order; activity
// = the non-empty activity fields joined with "+"; the department sequence drops empty values and
// the missing markers, then collapses consecutive repeats into D; hand-offs = |D| − 1,
// ping-pongs = #{i : D[i] = D[i+2]}, revisits = |D| − |set(D)|; waits are minutes between
// consecutive events whose department is known, split by whether the department changes.
//
// Logs: F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016,
// doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460. J.C.A.M. Buijs, Receipt phase of an
// environmental permit application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6. W. Steeman, BPI Challenge 2013,
// 4TU.ResearchData, 2013.
import { describe, expect } from "vitest";
import { analyse, analyseLog, MISSING_DEPARTMENT, mineService, parseService, readEventLog, safeParseService, type LogReport } from "../src/index.js";
import { openLog, testWithLog } from "./logs-helpers.js";

const counts = (r: LogReport) => ({
  cases: r.cases,
  events: r.events,
  handoffs: r.handoffs,
  pingPongs: r.pingPongs,
  revisits: r.revisits,
  casesWithHandoff: r.casesWithHandoff,
  casesWithPingPong: r.casesWithPingPong,
  casesWithRevisit: r.casesWithRevisit,
});

const SEPSIS = { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] };
const RECEIPT_CSV = { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] };
const RECEIPT_COUNTS = { cases: 1434, events: 8577, handoffs: 3853, pingPongs: 165, revisits: 537, casesWithHandoff: 1254, casesWithPingPong: 103, casesWithRevisit: 360 };
const BPI_CLOSED_COUNTS = { cases: 1487, events: 6660, handoffs: 655, pingPongs: 186, revisits: 233, casesWithHandoff: 280, casesWithPingPong: 107, casesWithRevisit: 118 };

describe("real event logs", () => {
  testWithLog("Sepsis (;-separated, slashed timestamps, ? departments, 4,447 tied pairs)", "sepsis/sepsis.csv", async () => {
    const log = await readEventLog(openLog("sepsis/sepsis.csv"), SEPSIS);
    const report = analyseLog(log);
    expect(counts(report)).toEqual({
      cases: 1050,
      events: 15214,
      handoffs: 6754,
      pingPongs: 1847,
      revisits: 2671,
      casesWithHandoff: 1050,
      casesWithPingPong: 918,
      casesWithRevisit: 1048,
    });
    expect([report.activities, report.departments, report.variantCount]).toEqual([16, 25, 846]);
    expect(report.waiting.departmentChanges.count).toBe(6754);
    expect(report.waiting.departmentChanges.medianMinutes).toBeCloseTo(30.3, 9);
    expect(report.waiting.departmentChanges.meanMinutes).toBeCloseTo(712.8505478235116, 6);
    expect(report.waiting.departmentStays.count).toBe(7116);
    expect(report.waiting.departmentStays.medianMinutes).toBe(0);
    let ties = 0;
    for (let c = 0; c < log.cases.length; c++) {
      for (let i = log.caseStart[c]! + 1; i < log.caseStart[c + 1]!; i++) if (log.time[i] === log.time[i - 1]) ties++;
    }
    expect(ties).toBe(4447);
  });

  testWithLog("receipt: CSV with offsets, EMPTY departments", "receipt/receipt.csv", async () => {
    const report = analyseLog(await readEventLog(openLog("receipt/receipt.csv"), RECEIPT_CSV));
    expect(counts(report)).toEqual(RECEIPT_COUNTS);
    expect([report.activities, report.departments, report.variantCount]).toEqual([27, 9, 116]);
    expect(report.waiting.departmentChanges.medianMinutes).toBeCloseTo(0.5671166666666667, 9);
    expect(report.waiting.departmentStays).toMatchObject({ count: 1440 });
  });

  testWithLog("receipt: XES.gz gives the same log as the CSV", "receipt/08_receipt.xes.gz", async () => {
    const xes = await readEventLog(openLog("receipt/08_receipt.xes.gz"), { department: "org:group", missing: ["EMPTY"] });
    const csv = await readEventLog(openLog("receipt/receipt.csv"), RECEIPT_CSV);
    expect(counts(analyseLog(xes))).toEqual(RECEIPT_COUNTS);
    expect(analyseLog(xes)).toEqual(analyseLog(csv));
    expect(Array.from(xes.time)).toEqual(Array.from(csv.time));
  });

  testWithLog("BPI 2013 closed problems: Latin-1 CSV, two activity columns", "bpic2013/vinst-closed-problems.csv", async () => {
    const log = await readEventLog(
      openLog("bpic2013/vinst-closed-problems.csv"),
      { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
      { encoding: "latin1" },
    );
    const report = analyseLog(log);
    expect(counts(report)).toEqual(BPI_CLOSED_COUNTS);
    expect([report.activities, report.departments, report.variantCount]).toEqual([7, 324, 327]);
    expect(log.activities).toContain("Accepted+In Progress");
    // Latin-1 names come through: the owner's first name is the only non-ASCII column
    const names = await readEventLog(
      openLog("bpic2013/vinst-closed-problems.csv"),
      { case: "Problem Number", activity: "Problem Status", timestamp: "Problem Change Date+Time", department: "Problem Involved Action Owner First Name" },
      { encoding: "latin1" },
    );
    expect(names.departments).toContain("Jüri");
  });

  testWithLog("BPI 2013 closed problems as XES.gz agree with the CSV", "bpic2013/06_bpic2013_closed.xes.gz", async () => {
    const log = await readEventLog(openLog("bpic2013/06_bpic2013_closed.xes.gz"), {
      activity: ["concept:name", "lifecycle:transition"],
      department: "organization involved",
    });
    expect(counts(analyseLog(log))).toEqual(BPI_CLOSED_COUNTS);
  });

  testWithLog("BPI 2013 open problems: Latin-1 CSV", "bpic2013/vinst-open-problems.csv", async () => {
    const log = await readEventLog(
      openLog("bpic2013/vinst-open-problems.csv"),
      { case: "Problem Number", activity: ["Problem Status", "Problem Sub Status"], timestamp: "Problem Change Date+Time", department: "Problem Involved Owner ST" },
      { encoding: "latin1" },
    );
    expect([log.events, log.cases.length, log.activities.length]).toEqual([2351, 819, 5]);
    // the mined model validates without a warning and takes the log's mean case time per customer
    const mined = safeParseService(mineService(log));
    expect(mined.success && mined.warnings).toEqual([]);
    const expected = analyse(parseService(mineService(log))).expected;
    const mean = analyseLog(log).caseMinutes.meanMinutes!;
    expect(Math.abs(expected.minutes - mean) / mean).toBeLessThan(1e-9);
    expect(expected.resolved + expected.abandoned).toBeCloseTo(1, 12);
  });

  testWithLog(
    "BPI 2013 incidents: 39 MB XES.gz streamed, ping-pong between support teams",
    "bpic2013/07_bpic2013_incidents.xes.gz",
    async () => {
      const log = await readEventLog(openLog("bpic2013/07_bpic2013_incidents.xes.gz"), {
        activity: ["concept:name", "lifecycle:transition"],
        department: "org:group",
      });
      expect(counts(analyseLog(log))).toEqual({
        cases: 7554,
        events: 65533,
        handoffs: 9454,
        pingPongs: 2394,
        revisits: 3286,
        casesWithHandoff: 3820,
        casesWithPingPong: 1177,
        casesWithRevisit: 1258,
      });
      expect(log.departments).toHaveLength(649);
    },
    60_000,
  );

  testWithLog("a service mined from Sepsis is valid and analysable", "sepsis/sepsis.csv", async () => {
    const log = await readEventLog(openLog("sepsis/sepsis.csv"), SEPSIS);
    const service = parseService(mineService(log, { id: "sepsis", history: 0 }));
    // one touchpoint per (activity, department) pair, a missing department inherited from the
    // case's previous known one (leading events: the first known one)
    const pairs = new Set<string>();
    for (let c = 0; c + 1 < log.caseStart.length; c++) {
      const events = Array.from({ length: log.caseStart[c + 1]! - log.caseStart[c]! }, (_, k) => log.caseStart[c]! + k);
      let known = events.map((i) => log.department[i]!).find((d) => d !== MISSING_DEPARTMENT) ?? -1;
      for (const i of events) {
        if (log.department[i] !== MISSING_DEPARTMENT) known = log.department[i]!;
        pairs.add(`${log.activity[i]}/${known}`);
      }
    }
    expect(service.touchpoints.filter((t) => t.outcome === undefined)).toHaveLength(pairs.size);
    const report = analyse(service);
    expect(report.expected.minutes).toBeCloseTo(analyseLog(log).caseMinutes.meanMinutes!, 3);
    expect(report.expected.resolved).toBeCloseTo(1, 9);
  });
});
