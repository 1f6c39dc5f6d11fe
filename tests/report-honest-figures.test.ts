// What the data cannot tell is not a figure (DESIGN §5 v3), a model from few cases says so, a
// detour is held against the fastest route to the same outcome group (§4 v3), and the customer
// has the model's own noun (§9 v3) — on small logs whose figures are counted by hand.
import { describe, expect, test } from "vitest";
import {
  analyse,
  headline,
  mineService,
  parseClassification,
  parseService,
  readEventLog,
  safeParseService,
  serviceJsonSchema,
} from "../src/index.js";
import { foldBlueprint, layoutWasteBreakdown } from "../src/viz/index.js";
import { formatReport } from "../src/cli/format-report.js";
import { runHukka } from "./cli-helpers.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import healthCentre from "../examples/health-centre/service.json";

const MAPPING = { case: "case", activity: "activity", timestamp: "time", department: "dept" };
const readCsv = (text: string) => readEventLog(new TextEncoder().encode(text), MAPPING);
const DAY = 1440;

// Two cases, both ending with "decide" at the desk:
//   A  call(desk) day 0 → test(lab) day 10 → decide(desk) day 30      (a detour through the lab)
//   B  call(desk) day 0 → decide(desk) day 5
// Mined with history 2, A's decide (after desk → lab) and B's (first run) are two touchpoints of
// the group "decide", ending in two outcomes of the group "end: decide": one outcome, refined.
const DETOUR = `case,activity,time,dept
A,call,2024-01-01T00:00:00Z,desk
A,test,2024-01-11T00:00:00Z,lab
A,decide,2024-01-31T00:00:00Z,desk
B,call,2024-01-01T00:00:00Z,desk
B,decide,2024-01-06T00:00:00Z,desk
`;

describe("report.unknown: the figures a mined model's log cannot tell", () => {
  test("a log without start times or classification: value minutes, flow efficiency, failure demand and resolved are unknown, with reasons", async () => {
    const service = mineService(await readCsv(DETOUR));
    expect(service.mined).toEqual({ cases: 2, startTimes: false, classified: [] });
    const report = analyse(service);
    expect(report.unknown.map((u) => u.field)).toEqual(["valueMinutes", "flowEfficiency", "failureDemandShare", "resolved", "abandoned"]);
    for (const u of report.unknown) expect(u.reason.length).toBeGreaterThan(20);
    // the defaults themselves are still there for a program to read
    expect([report.expected.flowEfficiency, report.expected.failureDemandShare, report.expected.resolved]).toEqual([0, 0, 1]);
  });

  test("a classification naming minutes, failure demand and an outcome makes those figures known", async () => {
    const classification = parseClassification({
      activities: [
        { activity: "call", type: "value", minutes: 5 },
        { activity: "test", type: "waste", waste: "errors", failure: true },
        { activity: "decide", type: "value", outcome: "resolved" },
      ],
    });
    const service = mineService(await readCsv(DETOUR), { classification });
    expect(service.mined).toEqual({ cases: 2, startTimes: false, classified: ["type", "minutes", "failure", "outcome"] });
    expect(analyse(service).unknown).toEqual([]);
  });

  test("a designed model states its figures: nothing is unknown, and v1 files without noun or mined stay valid", () => {
    const { noun: _noun, ...v1 } = healthCentre;
    expect(safeParseService(v1).success).toBe(true);
    expect(analyse(parseService(v1)).unknown).toEqual([]);
    expect(safeParseService({ ...v1, mined: { cases: -1, startTimes: "no", classified: ["guess"] } }).success).toBe(false);
    const schema = serviceJsonSchema();
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["noun", "mined"]));
    expect(schema.required).toEqual(["id", "departments", "touchpoints", "transitions"]);
  });

  test("the CLI summary prints an unknown figure as — with its reason, never 0 % or 100 %", async () => {
    const service = mineService(await readCsv(DETOUR));
    const text = formatReport(service, analyse(service));
    expect(text).toMatch(/^ {2}flow efficiency {3}—$/m);
    expect(text).toMatch(/^ {2}failure demand {4}—$/m);
    expect(text).toMatch(/^ {2}resolved {10}—$/m);
    expect(text).toContain("  — flow efficiency: the log has no start times");
    expect(text).not.toMatch(/100\.0 %|flow efficiency {3}0\.0 %/);
  });
});

describe("few_cases and the ideal route to the same outcome group", () => {
  test("a model mined from two cases carries few_cases; one from 30 does not", async () => {
    const two = analyse(mineService(await readCsv(DETOUR)));
    expect(two.warnings.filter((w) => w.code === "few_cases")).toEqual([
      expect.objectContaining({ code: "few_cases", path: ["mined", "cases"], message: expect.stringContaining("mined from 2 cases") }),
    ]);
    const rows = Array.from({ length: 30 }, (_, k) => `c${k},call,2024-01-01T00:00:00Z,desk\nc${k},decide,2024-01-02T00:00:00Z,lab`);
    const thirty = analyse(mineService(await readCsv(`case,activity,time,dept\n${rows.join("\n")}\n`)));
    expect(thirty.warnings.map((w) => w.code)).not.toContain("few_cases");
  });

  test("a detour ending in the same outcome group as a faster case is held against the faster case's time", async () => {
    const service = mineService(await readCsv(DETOUR));
    const decide = service.touchpoints.filter((t) => t.name === "decide" || t.id === "decide");
    const ends = service.touchpoints.filter((t) => t.outcome !== undefined);
    // two refined decide touchpoints, two outcomes sharing one group
    expect(decide.map((t) => t.group)).toEqual(["decide", "decide"]);
    expect(new Set(ends.map((t) => t.group))).toEqual(new Set(["end: decide"]));
    const report = analyse(service);
    const detour = report.journeys.find((j) => j.departments.join(">") === "desk>lab>desk")!;
    const straight = report.journeys.find((j) => j.departments.join(">") === "desk")!;
    // by hand: A takes 30 days, B 5 days; A is held against B's 5 days, not against itself
    expect(straight.minutes).toBeCloseTo(5 * DAY, 9);
    expect(detour.minutes).toBeCloseTo(30 * DAY, 9);
    expect(detour.idealMinutes).toBeCloseTo(5 * DAY, 9);
    expect(detour.idealHandoffs).toBe(0);
    expect(detour.excessMinutes).toBeCloseTo(25 * DAY, 9);
    // so it wanders (more hand-offs than its ideal), and loses its probability × 25 days
    const wander = report.wanderPaths.find((w) => w.path.join() === detour.path.join())!;
    expect(wander.lostMinutes).toBeCloseTo(detour.probability * 25 * DAY, 6);
  });
});

describe("the customer's noun", () => {
  test("the model's noun heads every headline; the demo's model says patient", async () => {
    const service = parseService(healthCentre);
    expect(service.noun).toBe("patient");
    expect(headline(service, analyse(service))).toMatch(/^A patient spends /);
    expect(formatReport(service, analyse(service))).toContain("Per patient, expected:");
    // a mined model takes it from the option
    const mined = mineService(await readCsv(DETOUR), { noun: "applicant" });
    expect(mined.noun).toBe("applicant");
    expect(headline(mined, analyse(mined))).toMatch(/^An applicant spends /);
  });

  test("hukka mine --noun writes it into the model; an empty noun is wrong usage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hukka-noun-"));
    const log = join(dir, "detour.csv");
    writeFileSync(log, DETOUR);
    const args = ["mine", log, "--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept"];
    const model = join(dir, "m.json");
    expect((await runHukka([...args, "--noun", "patient", "--model", model])).status).toBe(0);
    expect(JSON.parse(readFileSync(model, "utf8"))).toMatchObject({ noun: "patient", mined: { cases: 2, startTimes: false, classified: [] } });
    const analysed = await runHukka(["analyse", model]);
    expect(analysed.out).toMatch(/^A patient spends /m);
    expect(analysed.out).toMatch(/^ {2}flow efficiency {3}—$/m);
    expect((await runHukka(["analyse", model, "--noun", "client"])).out).toMatch(/^A client spends /m);
    expect((await runHukka([...args, "--noun", ""])).status).toBe(2);
  });
});

describe("lists and blueprints cut to what can be read", () => {
  // 15 departments in a row, each visited once, each with a wait before it of k minutes
  const departments = Array.from({ length: 15 }, (_, k) => ({ id: `d${k}` }));
  const wide = parseService({
    id: "wide",
    departments,
    touchpoints: [
      ...departments.map((d, k) => ({ id: `t${k}`, department: d.id, ...(k === 0 && { entry: 1 }), steps: [] })),
      { id: "done", department: "d14", outcome: "resolved", steps: [] },
    ],
    transitions: departments.map((_, k) => ({ from: `t${k}`, to: k === 14 ? "done" : `t${k + 1}`, probability: 1, wait: k + 1 })),
  });
  const report = analyse(wide);

  test("waste by department: the top 12, then one other bar holding the rest", () => {
    const [, byDepartment] = layoutWasteBreakdown(wide, report).groups;
    // the wait before t(k+1) is k + 1 minutes, in d(k+1); d14 also holds the 15 before "done": d14 … d3 lead, d2 and d1 are other
    expect(byDepartment.bars.map((b) => b.key)).toEqual([...Array.from({ length: 12 }, (_, k) => `d${14 - k}`), ""]);
    expect(byDepartment.bars.at(-1)).toMatchObject({ name: "other (2 departments)", minutes: 2 + 1 });
    expect(byDepartment.bars.reduce((s, b) => s + b.minutes, 0)).toBe(report.expected.wasteMinutes);
  });

  test("foldBlueprint keeps the most visited lanes and boxes, folds the rest into other, and every visit stays counted", () => {
    const folded = foldBlueprint(wide, report, { lanes: 4, boxes: 6 });
    expect(folded.lanes).toEqual({ shown: 4, total: 15, folded: 12 });
    // d14 holds t14 and "done" (2 visits); the others one each, ties in model order: d0, d1
    expect(folded.service.departments.map((d) => d.id)).toEqual(["d0", "d1", "d14", "other"]);
    expect(folded.service.touchpoints.length).toBeLessThanOrEqual(6);
    const sum = (visits: Record<string, number>) => Object.values(visits).reduce((s, v) => s + v, 0);
    expect(sum(folded.report.expected.visits)).toBeCloseTo(sum(report.expected.visits), 12);
    // every original touchpoint is drawn in exactly one box that exists
    const boxes = new Set(folded.service.touchpoints.map((t) => t.id));
    for (const t of wide.touchpoints) expect(boxes.has(folded.boxOf.get(t.id)!)).toBe(true);
    // nothing to fold: the model as it is
    expect(foldBlueprint(wide, report, { lanes: 20, boxes: 40 }).service.touchpoints.map((t) => t.id)).toEqual(wide.touchpoints.map((t) => t.id));
  });
});
