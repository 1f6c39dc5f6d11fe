// Every example runs as a user runs it (a real process over the built package) and prints the
// figures its README quotes. Logs: F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016,
// doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460; J.C.A.M. Buijs, Receipt phase of an
// environmental permit application process (WABO), 4TU.ResearchData, 2014,
// doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6; W. Steeman, BPI Challenge 2013
// (incidents), 4TU.ResearchData, 2013, doi:10.4121/uuid:500573e6-accc-4b0c-9576-aa5468b10cee.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { analyse, applyRedesign, compareReports, parseRedesign, parseService } from "../src/index.js";
import redesignJson from "../examples/health-centre/redesign.json";
import serviceJson from "../examples/health-centre/service.json";
import { testWithLog } from "./logs-helpers.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 26 });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
const readme = (name: string) => readFileSync(`${repo}examples/${name}/README.md`, "utf8");
const out = (file: string) => `${repo}examples/out/${file}`;
const fixed = (x: number, digits = 1) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The figure is printed by the example and quoted in its README. */
function quoted(name: string, stdout: string, figure: string) {
  expect(stdout, `the example prints ${figure}`).toContain(figure);
  expect(readme(name).replace(/\s+/g, " "), `examples/${name}/README.md quotes ${figure}`).toContain(figure);
}

describe("the examples", () => {
  test("health-centre: analyse and compare write JSON that is exactly the library's result", () => {
    const { status, out: stdout, err } = run(["examples/health-centre/run.mjs"]);
    expect(status, err).toBe(0);
    const service = parseService(serviceJson);
    const report = analyse(service);
    expect(JSON.parse(readFileSync(out("health-centre.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(report)));
    const comparison = JSON.parse(readFileSync(out("health-centre-redesign.json"), "utf8"));
    const { delta } = compareReports(report, analyse(applyRedesign(service, parseRedesign(redesignJson))));
    expect(comparison.delta.minutes).toBeCloseTo(delta.minutes, 9);
    for (const file of ["health-centre.html", "health-centre-redesign.html"]) expect(existsSync(out(file))).toBe(true);
    // the README's headline figures are the model's
    const text = readme("health-centre").replace(/\s+/g, " ");
    expect(text).toContain(`${fixed(report.expected.minutes / 1440)} days`);
    expect(text).toContain(`${fixed(report.expected.handoffs, 2)} hand-offs`);
    expect(text).toContain(`${fixed(-delta.minutes / 1440)} days`);
    expect(stdout).toContain("$ hukka analyse examples/health-centre/service.json --html examples/out/health-centre.html");
  });

  test("api: the TypeScript example runs with tsx over the built package", () => {
    const { status, out: stdout, err } = run([tsx, "examples/api/waste-report.ts"]);
    expect(status, err).toBe(0);
    const report = analyse(parseService(serviceJson));
    expect(stdout).toContain(`${fixed(report.expected.minutes / 1440)} days in all, of which ${Math.round(report.expected.valueMinutes)} minutes add value`);
    quoted("api", stdout, `${fixed(report.expected.minutes / 1440)} days`);
    quoted("api", stdout, `${Math.round(report.expected.valueMinutes)} minutes add value`);
    expect(stdout).toContain("unknown_department");
    expect(readFileSync(out("api-blueprint.svg"), "utf8")).toMatch(/^<svg[^>]*data-hukka="blueprint"/);
  });

  test("a missing log is one error naming where to download it, never a stack trace", () => {
    const { status, err } = run(["examples/sepsis/run.mjs", "no/such/sepsis.csv"]);
    expect(status).toBe(1);
    expect(err).toContain("error: log not found: no/such/sepsis.csv");
    expect(err).toContain("doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460");
    expect(err).toContain("npm run example:sepsis -- PATH");
    expect(err).not.toContain("    at ");
  });

  testWithLog("sepsis: where patients wander, as its README says", "sepsis/sepsis.csv", async () => {
    const { status, out: stdout, err } = run(["examples/sepsis/run.mjs"]);
    expect(status, err).toBe(0);
    quoted("sepsis", stdout, "1,050 patients, 15,214 events, 25 groups");
    quoted("sepsis", stdout, "880 patients (83.8 %)");
    expect(stdout).toContain("87.4 % of patients ping-pong between two groups (1,847 times)");
    expect(existsSync(out("sepsis.html"))).toBe(true);
  }, 120_000);

  testWithLog("receipt: hand-offs and ping-pong between groups, as its README says", "receipt/receipt.csv", async () => {
    const { status, out: stdout, err } = run(["examples/receipt/run.mjs"]);
    expect(status, err).toBe(0);
    expect(stdout).toContain("1,434 applications, 8,577 events, 9 groups");
    quoted("receipt", stdout, "2.69 hand-offs");
    expect(stdout).toContain("7.2 % go back to the group they came from (165 ping-pongs)");
    expect(existsSync(out("receipt.html"))).toBe(true);
  }, 120_000);

  testWithLog("incidents: ping-pong between support teams and how long it keeps incidents open", "bpic2013/07_bpic2013_incidents.xes.gz", async () => {
    const { status, out: stdout, err } = run(["examples/incidents/run.mjs"]);
    expect(status, err).toBe(0);
    expect(stdout).toContain("7,554 incidents, 649 support teams");
    expect(stdout).toContain("1,177 incidents (15.6 %) went back to a team they had just left: 2,394 ping-pongs");
    expect(stdout).toMatch(/with ping-pong: +median 12\.6 days mean 28\.5 days/);
    expect(readme("incidents")).toContain("| with ping-pong | 1,177 | 12.6 days | 28.5 days |");
  }, 180_000);
});
