// `hukka mine` in process with a fake terminal, plus one run of the built command.
// Logs: F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016,
// doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460; J.C.A.M. Buijs, Receipt phase of an
// environmental permit application process (WABO), 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, test } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { parseService, type LogReport } from "../src/index.js";
import { CSV, dataPath, testWithLog } from "./logs-helpers.js";

const hukka = runHukka;

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-mine-"));
});

// desk → lab → desk (0, 10, 11 min) and desk → desk (0, 5 min): 2 hand-offs, 1 ping-pong
const SMALL = "id\tstep\tat\tteam\nA\tcall\t01.02.2024 08:00\tdesk\nA\ttest\t01.02.2024 08:10\tlab\nA\ttalk\t01.02.2024 08:11\tdesk\nB\tcall\t01.02.2024 09:00\tdesk\nB\tcall\t01.02.2024 09:05\tdesk\n";
const SMALL_ARGS = ["--case", "id", "--activity", "step", "--timestamp", "at", "--department", "team", "--delimiter", "\\t", "--timestamp-format", "DD.MM.YYYY HH:mm"];

describe("hukka mine LOG", () => {
  test("prints a readable summary of a small log", async () => {
    const { status, out, err } = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS]);
    expect([status, err]).toEqual([0, ""]);
    expect(out).toContain("small.tsv: 2 cases, 5 events, 3 activities, 2 departments");
    // cases of 11 and 5 min: mean and median 8; 2 hand-offs / 2 cases; A ping-pongs; waits 10, 1 | 5
    expect(out).toContain(
      "A case takes 8 min and 1 hand-off on average (median 8 min); 50 % of cases are sent back to a department they had just left; " +
        "a change of department means a median wait of 5.5 min, against 5 min within one.",
    );
    expect(out).toContain("hand-offs: 2 (1.00 per case), in 50.0% of cases");
    expect(out).toContain("ping-pong: 1 in 50.0% of cases; revisits: 1 in 50.0% of cases");
    expect(out).toContain("when the department changes: median 5.5 min, mean 5.5 min (2)");
    expect(out).toMatch(/ 1 {2}desk → lab\n/);
    expect(out).toContain("top variants (of 2):");
  });

  test("--json prints the log report alone on stdout; --model writes a valid service, --classify classifies it", async () => {
    const model = join(dir, "small-model.json");
    const classify = file("classes.json", JSON.stringify({ activities: [{ activity: "test", type: "waste", waste: "errors", failure: true }, { activity: "absent", type: "value" }] }));
    const { status, out, err } = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--json", "--model", model, "--classify", classify]);
    expect(status).toBe(0);
    expect(err).toBe('warning: classified activity "absent" does not occur in the log\n');
    const report = JSON.parse(out) as LogReport;
    expect([report.cases, report.events, report.handoffs, report.pingPongs]).toEqual([2, 5, 2, 1]);
    const service = parseService(JSON.parse(readFileSync(model, "utf8")));
    expect(service.id).toBe("small");
    expect(service.touchpoints.find((t) => t.id === "test")!.steps).toEqual([{ name: "test", type: "waste", waste: "errors", minutes: 0 }]);
  });

  test("reads gzip by content, skips bad rows with --skip-bad-rows and says how many", async () => {
    const bad = SMALL.replace("01.02.2024 08:10", "soon");
    const path = file("bad.tsv.data", gzipSync(bad));
    const failed = await hukka(["mine", path, ...SMALL_ARGS]);
    expect(failed.status).toBe(1);
    expect(failed.err).toMatch(/^error: .*bad\.tsv\.data: line 3: cannot read the timestamp "soon" in column "at"/);
    const skipped = await hukka(["mine", path, ...SMALL_ARGS, "--skip-bad-rows"]);
    expect(skipped.status).toBe(0);
    expect(skipped.out).toContain("skipped 1 bad row, first:\n  line 3:");
  });

  test("shows progress on stderr only when it is a terminal", async () => {
    const big = "c,a,t\n" + Array.from({ length: 60_000 }, (_, i) => `c${i % 500},a${i % 7},2024-01-01T00:00:${String(i % 60).padStart(2, "0")}Z`).join("\n");
    const path = file("big.csv", big);
    const args = ["mine", path, "--case", "c", "--activity", "a", "--timestamp", "t"];
    // no progress, only the warning that a log without --department cannot show wandering
    expect((await hukka(args, false)).err).toMatch(/^warning: no --department: [^\n]*\n$/);
    const tty = await hukka(args, true);
    expect(tty.status).toBe(0);
    expect(tty.err).toMatch(/^\rreading big\.csv: \d+\.\d% \([\d,]+ events\)/);
  });

  test("errors are error: lines; bad input exits 1, wrong usage 2", async () => {
    expect(await hukka(["mine"])).toMatchObject({ status: 2, err: expect.stringMatching(/^error: mine takes one log file\nusage: hukka mine LOG/) });
    expect(await hukka(["mine", "a.csv", "--colour"])).toMatchObject({ status: 2 });
    expect(await hukka(["mine", join(dir, "nope.csv")])).toMatchObject({ status: 1, err: `error: log not found: ${join(dir, "nope.csv")}\n` });
    const noMapping = await hukka(["mine", file("small.csv", "id,step,at\n1,x,2024-01-01\n")]);
    expect(noMapping.status).toBe(2);
    expect(noMapping.err).toContain('columns: "id", "step", "at"');
    const wrongColumn = await hukka(["mine", file("small.csv", "id,step,at\n1,x,2024-01-01\n"), "--case", "Case", "--activity", "step", "--timestamp", "at"]);
    expect(wrongColumn).toMatchObject({ status: 1, err: expect.stringContaining('no column "Case" for the case (columns: "id", "step", "at"') });
    expect(await hukka(["mine", file("e.csv", ""), "--case", "c"])).toMatchObject({ status: 1, err: expect.stringContaining("the log is empty") });
    expect(await hukka(["mine", file("e.csv", "c\n"), "--encoding", "ebcdic"])).toMatchObject({ status: 2, err: expect.stringContaining("unknown encoding") });
    const classify = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--classify", file("bad-classes.json", '{"activities":[{"activity":"x","type":"waste"}]}')]);
    expect(classify).toMatchObject({ status: 1, err: expect.stringContaining("activities[0].waste: a waste activity needs a waste category") });
    const billion = file("lol.xes", '<?xml version="1.0"?><!DOCTYPE log [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><log>&b;</log>');
    expect(await hukka(["mine", billion])).toMatchObject({ status: 1, err: expect.stringContaining("refuses DOCTYPEs") });
    for (const result of [noMapping, wrongColumn, classify]) {
      expect(result.err.split("\n").filter(Boolean).every((l) => l.startsWith("error: ") || l.startsWith("usage: "))).toBe(true);
    }
  });

  testWithLog("reads XES with the default mapping", "receipt/08_receipt.xes.gz", async () => {
    const { status, out } = await hukka(["mine", dataPath("receipt/08_receipt.xes.gz"), "--department", "org:group", "--missing", "EMPTY", "--json"]);
    expect(status).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ cases: 1434, events: 8577, handoffs: 3853, pingPongs: 165 });
  });

  testWithLog("reads Sepsis with the flags of the README", "sepsis/sepsis.csv", async () => {
    const args = ["mine", dataPath("sepsis/sepsis.csv"), "--case", "Case ID", "--activity", "Activity", "--timestamp", "Complete Timestamp", "--department", "org:group", "--missing", "?"];
    const { status, out } = await hukka(args);
    expect(status).toBe(0);
    expect(out).toContain("sepsis.csv: 1,050 cases, 15,214 events, 16 activities, 25 departments");
    expect(out).toContain("ping-pong: 1,847 in 87.4% of cases");
  });
});

describe("hukka mine: the mined model beside its log", () => {
  // SMALL: A desk → lab → desk (8:00, 8:10, 8:11), B desk → desk (9:00, 9:05):
  // per case 1 hand-off, 0.5 ping-pongs, 0.5 revisits, 8 minutes
  test("prints the log's figures per case beside the mined model's, and why flow efficiency is 0", async () => {
    const { status, out, err } = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS]);
    expect([status, err]).toEqual([0, ""]);
    expect(out).toContain("mined model (history 2, missing departments inherited): 3 touchpoints, 5 transitions");
    expect(out).toMatch(/hand-offs +1\.00 +1\.00 +0\.0 %\n/);
    expect(out).toMatch(/ping-pongs +0\.50 +0\.50 +0\.0 %\n/);
    expect(out).toMatch(/time +8\.0 min +8\.0 min +0\.0 %\n/);
    expect(out).toContain("note: flow efficiency is 0: the log has no start times");
  });

  test("--json adds fidelity; --missing-department unknown makes the model's hand-offs depart from the log's, with a warning", async () => {
    const args = ["--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--json"];
    const inherited = JSON.parse((await hukka(["mine", file("small.csv", CSV), ...args])).out).fidelity;
    // the small log of logs-helpers: per case 2 hand-offs, 1/3 ping-pongs, 1 revisit, 166/3 minutes
    expect(inherited.log).toEqual({ handoffs: 2, pingPongs: 1 / 3, revisits: 1, minutes: 166 / 3 });
    expect(inherited.model).toEqual({ handoffs: expect.closeTo(2, 12), pingPongs: expect.closeTo(1 / 3, 12), revisits: expect.closeTo(1, 12), minutes: expect.closeTo(166 / 3, 12) });
    expect(inherited.warnings.map((w: { code: string }) => w.code)).toEqual(["no_service_time"]);
    const { status, out, err } = await hukka(["mine", file("small.csv", CSV), ...args, "--missing-department", "unknown"]);
    expect(status).toBe(0);
    const { fidelity } = JSON.parse(out);
    // case A is desk lab unknown desk in the model: 7/3 hand-offs per customer against the log's 2
    expect(fidelity.model.handoffs).toBeCloseTo(7 / 3, 12);
    expect(fidelity.difference.handoffs).toBeCloseTo(1 / 6, 12);
    expect(err).toMatch(/^warning: the mined model's hand-offs per customer \(2\.33\) differ from the log's per case \(2\.00\): \+16\.7 %/m);
  });

  test("--redesign prints the change predicted by the mined model beside the one replayed on the cases", async () => {
    const redesign = file("merge.json", JSON.stringify({ name: "One team", changes: [{ op: "merge-departments", departments: ["desk", "lab"], into: "desk" }] }));
    const text = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--redesign", redesign]);
    expect(text.status).toBe(0);
    expect(text.out).toContain('redesign "One team", per case:');
    // the sentences are wrapped to the terminal's width
    const words = text.out.replace(/\s+/g, " ");
    expect(words).toContain("One team, replayed on the cases, saves the average case 1 hand-off, 0.5 ping-pongs and 0.5 revisits; time stays 8 min per case.");
    expect(words).toContain('A merge alone moves no waiting: every move keeps its wait, so the merge saves no time (waits: "keep").');
    expect(text.out).toMatch(/change predicted by the mined model +−1\.0000 +−0\.5000 +−0\.5000 +0 min\n/);
    expect(text.out).toMatch(/change replayed on the cases +−1\.0000 +−0\.5000 +−0\.5000 +0 min\n/);
    const json = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--redesign", redesign, "--json"]);
    expect(JSON.parse(json.out).redesign).toEqual({
      name: "One team",
      waits: "keep",
      predicted: { handoffs: expect.closeTo(-1, 12), pingPongs: expect.closeTo(-0.5, 12), revisits: expect.closeTo(-0.5, 12), minutes: 0 },
      replayed: { handoffs: -1, pingPongs: -0.5, revisits: -0.5, minutes: 0 },
      remined: { handoffs: expect.closeTo(-1, 12), pingPongs: expect.closeTo(-0.5, 12), revisits: expect.closeTo(-0.5, 12), minutes: expect.closeTo(0, 9) },
      before: {
        model: { handoffs: expect.closeTo(1, 12), pingPongs: expect.closeTo(0.5, 12), revisits: expect.closeTo(0.5, 12), minutes: expect.closeTo(8, 9) },
        log: { handoffs: 1, pingPongs: 0.5, revisits: 0.5, minutes: 8 },
      },
      warnings: [],
    });
    const refused = file("steps.json", JSON.stringify({ changes: [{ op: "set-step", touchpoint: "call", step: "call", minutes: 1 }] }));
    const bad = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--redesign", refused]);
    expect(bad.status).toBe(1);
    expect(bad.err).toContain("cannot be replayed on the cases of a log");
  });

  test('--redesign with waits "as-within": the minutes predicted and replayed, and the fallbacks warned on stderr', async () => {
    // A: call(desk) 8:00 → test(lab) 8:10 → talk(desk) 8:11; B: call(desk) 9:00 → call(desk) 9:05.
    // Merging desk + lab, test and talk stop being hand-offs; no move within a department went into
    // either, so both take the merged mean within-department wait, B's 5 minutes: A 11 → 10 minutes,
    // B stays 5; per case 8 → 7.5.
    const redesign = file(
      "within.json",
      JSON.stringify({ name: "One team", changes: [{ op: "merge-departments", departments: ["desk", "lab"], into: "desk", waits: "as-within" }] }),
    );
    const json = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--redesign", redesign, "--json"]);
    expect(json.status).toBe(0);
    const r = JSON.parse(json.out).redesign;
    expect(r.waits).toBe("as-within");
    expect(r.predicted.minutes).toBeCloseTo(-0.5, 9);
    expect(r.replayed.minutes).toBeCloseTo(-0.5, 9);
    expect(r.remined.minutes).toBeCloseTo(-0.5, 9);
    // named as the mined model names the touchpoints, on both sides
    for (const side of ["mined model", "cases"]) {
      expect(json.err).toContain(`warning: ${side}: changes[0]: waits "as-within": no move into "test" and "talk" came from within its own department`);
    }
    const text = await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--redesign", redesign]);
    expect(text.out.replace(/\s+/g, " ")).toContain(
      "One team, replayed on the cases, saves the average case 0.5 min, 1 hand-off, 0.5 ping-pongs and 0.5 revisits: 8 min → 7.5 min per case.",
    );
  });

  test("refuses a bad --history or --missing-department as wrong usage", async () => {
    expect(await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--history", "3"])).toMatchObject({ status: 2, err: expect.stringMatching(/^error: invalid --history "3": use 0, 1 or 2\nusage: /) });
    expect(await hukka(["mine", file("small.tsv", SMALL), ...SMALL_ARGS, "--missing-department", "drop"])).toMatchObject({ status: 2, err: expect.stringContaining('invalid --missing-department "drop": use inherit or unknown') });
  });

  test("--start-timestamp gives the mined touchpoints their service time", async () => {
    const csv = "case,activity,start,end,dept\nP,register,2024-01-01T08:00:00Z,2024-01-01T08:10:00Z,desk\nP,exam,2024-01-01T08:30:00Z,2024-01-01T09:00:00Z,clinic\n";
    const model = join(dir, "timed-model.json");
    const args = ["mine", file("timed.csv", csv), "--case", "case", "--activity", "activity", "--timestamp", "end", "--start-timestamp", "start", "--department", "dept", "--model", model];
    const { status, out } = await hukka(args);
    expect(status).toBe(0);
    expect(out).not.toContain("flow efficiency is 0");
    const service = parseService(JSON.parse(readFileSync(model, "utf8")));
    expect(service.touchpoints.filter((t) => !t.outcome).map((t) => t.steps[0]!.minutes)).toEqual([10, 30]);
  });

  test("without --department it warns and names the columns that look like one", async () => {
    const csv = "case,activity,time,org:resource,team name\nA,x,2024-01-01T08:00:00Z,r1,t1\n";
    const { status, err } = await hukka(["mine", file("nodept.csv", csv), "--case", "case", "--activity", "activity", "--timestamp", "time"]);
    expect(status).toBe(0);
    expect(err).toBe(
      'warning: no --department: without one nothing about wandering can be measured (hand-offs, ping-pongs and revisits are all 0); columns that look like one: "org:resource", "team name"\n',
    );
  });
});

describe("hukka mine as a process (needs `npm run build`)", () => {
  test("prints JSON on stdout and exits 1 with one error line on bad input", () => {
    if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first");
    const run = (...args: string[]) => spawnSync(process.execPath, ["dist/cli.js", "mine", ...args], { encoding: "utf8" });
    const ok = run(file("p.tsv", SMALL), ...SMALL_ARGS, "--json");
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ cases: 2, handoffs: 2 });
    const truncated = gzipSync(SMALL + SMALL.slice(SMALL.indexOf("\n") + 1).repeat(200));
    const bad = run(file("t.gz", truncated.subarray(0, truncated.length - 20)), ...SMALL_ARGS);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: .*the gzip data is truncated or damaged/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
