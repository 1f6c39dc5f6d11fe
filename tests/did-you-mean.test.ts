// A column or attribute the log does not have: an error listing what it has, the closest names
// first with "did you mean", for CSV and XES alike; an XES log without the --department attribute
// is no longer read as "0 departments, 0 hand-offs".
import { describe, expect, it } from "vitest";
import { closestNames } from "../src/logs/closest-names.js";
import { readEventLog } from "../src/index.js";
import { runHukka } from "./cli-helpers.js";
import { dataPath, failure, openLog, testWithLog } from "./logs-helpers.js";

/** An XES log of two traces whose events have concept:name, time:timestamp and org:resource. */
const XES = `<?xml version="1.0"?>
<log xes.version="1.0">
  <trace><string key="concept:name" value="c1"/>
    <event><string key="concept:name" value="call"/><date key="time:timestamp" value="2024-01-01T10:00:00Z"/><string key="org:resource" value="desk"/></event>
    <event><string key="concept:name" value="test"/><date key="time:timestamp" value="2024-01-01T10:10:00Z"/><string key="org:resource" value="lab"/></event>
  </trace>
  <trace><string key="concept:name" value="c2"/>
    <event><string key="concept:name" value="call"/><date key="time:timestamp" value="2024-01-02T09:00:00Z"/></event>
  </trace>
</log>`;

describe("closestNames (fastest-levenshtein)", () => {
  it("orders by edit distance, case ignored, and suggests near misses and names that contain the one typed", () => {
    expect(closestNames("Activty", ["Case ID", "Activity", "Resource"])).toEqual({ ordered: ["Activity", "Case ID", "Resource"], suggested: ["Activity"] });
    expect(closestNames("group", ["org:resource", "org:group"]).suggested).toEqual(["org:group"]);
    expect(closestNames("zzz", ["a", "b"]).suggested).toEqual([]);
  });
});

describe("a CSV column the log does not have", () => {
  it("a near miss among 34 columns is suggested first, never hidden among '… and 14 more'", async () => {
    const columns = Array.from({ length: 33 }, (_, i) => `attribute ${i}`).concat("Activity");
    const e = await failure(`${columns.join(",")}\n`, { case: "attribute 0", activity: "Activty", timestamp: "attribute 1" });
    expect(e.code).toBe("missing_column");
    expect(e.message).toMatch(/^no column "Activty" for the activity: did you mean "Activity"\? \(columns, closest first: "Activity", /);
  });
});

describe("an XES attribute the log does not have", () => {
  it("--department the log lacks: an error naming the attributes it has, closest first (not 0 departments)", async () => {
    const e = await failure(XES, { department: "org:resouce" });
    expect(e.code).toBe("unknown_attribute");
    expect(e.message).toBe(
      'no trace or event of the log has the attribute "org:resouce" named for the department: did you mean "org:resource"? (attributes, closest first: "org:resource", "concept:name", "time:timestamp"): name one of these',
    );
  });

  it("a timestamp typo suggests the attribute, and not skipping every row", async () => {
    for (const skipBadRows of [false, true]) {
      const e = await failure(XES, { timestamp: "time:timestmp" }, { skipBadRows });
      expect(e.code).toBe("unknown_attribute");
      expect(e.message).toContain('did you mean "time:timestamp"?');
      expect(e.message).not.toContain("skip");
    }
  });

  it("an attribute some events lack is still a row problem, found once the attribute turns up", async () => {
    const late = XES.replace('<date key="time:timestamp" value="2024-01-01T10:00:00Z"/>', "");
    const e = await failure(late, {});
    expect(e.code).toBe("missing_attribute");
    expect(e.message).toMatch(/^trace 1 \(case "c1"\), event 1 \(line 4\): no "time:timestamp" attribute/);
    const log = await readEventLog(late, {}, { skipBadRows: true });
    expect([log.events, log.skipped]).toEqual([2, 1]);
  });

  testWithLog("receipt's XES with --department org:grup: did you mean org:group (hukka mine, exit 1)", "receipt/08_receipt.xes.gz", async () => {
    const r = await runHukka(["mine", dataPath("receipt/08_receipt.xes.gz"), "--department", "org:grup"]);
    expect(r.status).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^error: .*08_receipt\.xes\.gz: no trace or event of the log has the attribute "org:grup" named for the department: did you mean "org:group"\?/);
    const log = await readEventLog(openLog("receipt/08_receipt.xes.gz"), { department: "org:group", missing: ["EMPTY"] });
    expect(log.departments.length).toBeGreaterThan(1);
  });
});
