// `hukka demo`: the one-command start, in process with a fake terminal and once as a real process
// in a fresh directory, as `npm run demo` runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { analyse, applyRedesign, compareReports, parseRedesign, parseService } from "../src/index.js";
import redesignJson from "../examples/health-centre/redesign.json";
import serviceJson from "../examples/health-centre/service.json";

const hukka = runHukka;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-demo-"));
});

describe("hukka demo", () => {
  test("writes the report of the built-in example into --out DIR and prints its summary", async () => {
    const out = join(dir, "in-process");
    const run = await hukka(["demo", "--out", out]);
    expect([run.status, run.err]).toEqual([0, ""]);

    // report.json is exactly what analyse() gives for the example model
    const report = analyse(parseService(serviceJson));
    expect(JSON.parse(readFileSync(join(out, "report.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(report)));

    // the HTML is the self-contained interactive report of that model
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="hukka-data"');
    expect(html).toContain(serviceJson.name);
    expect(html).not.toMatch(/<script[^>]+src=/); // nothing loaded from elsewhere: it works offline
    expect(readFileSync(join(out, "redesign.html"), "utf8")).toContain(redesignJson.name);

    // the terminal shows the headline figures and where the files are
    expect(run.out).toContain(serviceJson.name);
    expect(run.out).toContain("flow efficiency");
    expect(run.out).toContain(`wrote ${join(out, "report.html")}`);
    expect(run.out).toContain(`wrote ${join(out, "report.json")}`);
  });

  test("prints what the example's redesign saves, as compareReports computes it", async () => {
    const service = parseService(serviceJson);
    const { delta } = compareReports(analyse(service), analyse(applyRedesign(service, parseRedesign(redesignJson))));
    const run = await hukka(["demo", "--out", join(dir, "saving")]);
    const days = (-delta.minutes / 1440).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(delta.minutes).toBeLessThan(0);
    expect(run.out).toContain(`Redesign "${redesignJson.name}": ${days} days`);
  });

  test("is wrong usage with a file argument or an unknown option (exit 2)", async () => {
    for (const args of [["demo", "model.json"], ["demo", "--outdir", "x"]]) {
      const run = await hukka(args);
      expect(run.status).toBe(2);
      expect(run.err).toMatch(/^error: .*\nusage: hukka demo \[--out DIR\]\n$/);
    }
  });

  test("names the folder it cannot write and the fix (exit 1, no stack trace)", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const run = await hukka(["demo", "--out", join(file, "sub")]);
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/^error: cannot create the folder .*a-file\/sub: .*\(choose another with --out DIR\)\n$/);
    expect(run.err).not.toContain("    at ");
  });

  test("as a real process in a fresh directory writes hukka-demo/ there by default", () => {
    const cwd = mkdtempSync(join(tmpdir(), "hukka-demo-cwd-"));
    const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
    const run = spawnSync(process.execPath, [cli, "demo"], { cwd, encoding: "utf8" });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("Open hukka-demo/report.html in a browser");
    for (const name of ["report.html", "report.json", "redesign.html"]) expect(existsSync(join(cwd, "hukka-demo", name))).toBe(true);
  });
});
