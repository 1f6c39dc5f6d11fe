// What a page embeds, and how a large model is written: bounded by what the page draws (the
// groups and the listed journeys), not by the model's size, with every figure unchanged; and a
// model whose JSON exceeds what one string may hold is written in chunks.
import { constants } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, mineService, readEventLog, type Service, type WasteReport } from "../src/index.js";
import { foldGroups, reportHtml } from "../src/viz/index.js";
import { embeddedReport } from "../src/viz/report/embedded-report.js";
import { jsonChunks } from "../src/cli/json-chunks.js";
import { jsonText } from "../src/cli/json-text.js";
import { resolvedProbabilities } from "../src/model/resolved-probabilities.js";
import { openLog, testWithLog } from "./logs-helpers.js";

const SEPSIS = { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] };

/** The flow on each link between boxes of the folded service: visits(from) × p, by "from → to". */
function boxFlows(service: Service, report: Pick<WasteReport, "expected">): Map<string, { flow: number; waitFlow: number }> {
  const folded = foldGroups(service, report);
  const p = resolvedProbabilities(folded.service);
  const flows = new Map<string, { flow: number; waitFlow: number }>();
  folded.service.transitions.forEach((t, k) => {
    const flow = (folded.report.expected.visits[t.from] ?? 0) * p[k]!;
    flows.set(`${t.from} → ${t.to}`, { flow, waitFlow: flow * (t.wait ?? 0) });
  });
  return flows;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("embeddedReport(service, report): what reportHtml embeds", () => {
  testWithLog("the mined Sepsis model: a third of the JSON, the same boxes, visits, flows and waits once folded, the same figures", "sepsis/sepsis.csv", async () => {
    const service = mineService(await readEventLog(openLog("sepsis/sepsis.csv"), SEPSIS));
    const report = analyse(service);
    const before = JSON.stringify({ service, report });
    const embedded = embeddedReport(service, report);
    expect(JSON.stringify(embedded).length).toBeLessThan(before.length / 3);
    // nothing of the input changed
    expect(JSON.stringify({ service, report })).toBe(before);

    // folded into boxes, as the page draws it, it is the whole model folded
    const whole = foldGroups(service, report);
    const part = foldGroups(embedded.service, embedded.report);
    expect(part.service.touchpoints.map((t) => t.id)).toEqual(whole.service.touchpoints.map((t) => t.id));
    for (const t of whole.service.touchpoints) expect(close(part.report.expected.visits[t.id]!, whole.report.expected.visits[t.id]!), t.id).toBe(true);
    const [a, b] = [boxFlows(embedded.service, embedded.report), boxFlows(service, report)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [key, f] of b) {
      expect(close(a.get(key)!.flow, f.flow), key).toBe(true);
      expect(close(a.get(key)!.waitFlow, f.waitFlow), key).toBe(true);
    }

    // every figure of the report is the whole model's
    const { expected: e1, hotspots: _1, ...rest1 } = embedded.report;
    const { expected: e2, hotspots: _2, ...rest2 } = report;
    expect(rest1).toEqual(rest2);
    expect({ ...e1, visits: null }).toEqual({ ...e2, visits: null });
    // every touchpoint of a listed journey is there as it is, with the transitions between them
    const byId = new Map(embedded.service.touchpoints.map((t) => [t.id, t]));
    const original = new Map(service.touchpoints.map((t) => [t.id, t]));
    const links = new Map(embedded.service.transitions.map((t) => [`${t.from} → ${t.to}`, t]));
    const originalLinks = new Map(service.transitions.map((t) => [`${t.from} → ${t.to}`, t]));
    for (const journey of [...report.journeys, ...report.wanderPaths]) {
      journey.path.forEach((id, i) => {
        expect(byId.get(id)).toEqual(original.get(id));
        if (i > 0) expect(links.get(`${journey.path[i - 1]} → ${id}`)!.wait ?? 0).toBe(originalLinks.get(`${journey.path[i - 1]} → ${id}`)!.wait ?? 0);
      });
    }
  });

  testWithLog("reportHtml embeds the bounded data: the mined Sepsis page is a third of what it was", "sepsis/sepsis.csv", async () => {
    const service = mineService(await readEventLog(openLog("sepsis/sepsis.csv"), SEPSIS));
    const report = analyse(service);
    const html = reportHtml(service, report, { script: "/* bundle */" });
    const data = /<script type="application\/json" id="hukka-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(data.length).toBeLessThan(JSON.stringify({ service, report }).length / 3);
    expect(JSON.parse(data)).toEqual(JSON.parse(JSON.stringify(embeddedReport(service, report))));
  });

  it("a service without groups is embedded as it is", async () => {
    const { parseService } = await import("../src/index.js");
    const { deskLab } = await import("./model-fixtures.js");
    const service = parseService(deskLab());
    const report = analyse(service);
    expect(embeddedReport(service, report)).toEqual({ service, report });
  });
});

describe("jsonChunks(value): JSON too long for one string", () => {
  it("joined, is exactly jsonText(value), for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join("")).toBe(jsonText(value));
      }),
      { numRuns: 300 },
    );
    const service = { id: "s", name: "a\u009b2J\u2028", touchpoints: [{ id: "t", steps: [], entry: true }], transitions: [], skipped: undefined, empty: {} };
    expect([...jsonChunks(service)].join("")).toBe(jsonText(service));
  });

  it("writes a model of 550 million characters, more than one string can hold, in chunks of about 64k", () => {
    // longer than any string V8 can make (JSON.stringify would throw "Invalid string length");
    // the chunks' total length says so without paying for the failed attempt
    const transition = { from: "a".repeat(1000), to: "b".repeat(1000), probability: 0.5 };
    const model = { id: "big", transitions: Array.from({ length: 266_000 }, () => transition) };
    let length = 0;
    let longest = 0;
    for (const chunk of jsonChunks(model)) {
      length += chunk.length;
      longest = Math.max(longest, chunk.length);
    }
    expect(length).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    expect(longest).toBeLessThan(70_000);
  }, 120_000);
});
