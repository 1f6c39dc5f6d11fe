import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { parseHTML } from "linkedom";
import { runHukka } from "./cli-helpers.js";
import { referral } from "./redesign-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "hukka-compare-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const hukka = (...args: string[]) => runHukka(args);

const model = file("referral.json", referral());
// Arithmetic in redesign-compare.test.ts: minutes 830/7 → 662/7 (−24), waste 710/7 → 80,
// hand-offs 18/7 → 6/7, ping-pongs 6/7 → 0; 7000 customers a year.
const redesign = file("digital.json", {
  name: "Digital results",
  changes: [
    { op: "set-transition", from: "call", to: "call", probability: 0 },
    { op: "remove-step", touchpoint: "result", step: "Return visit" },
    { op: "merge-departments", departments: ["desk", "lab"], into: "desk" },
  ],
});

describe("hukka compare", () => {
  it("--json prints { redesign, before, after, delta } with after − before", async () => {
    const { status, out, err } = await hukka("compare", model, "--redesign", redesign, "--json");
    expect(err).toBe("");
    expect(status).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(["redesign", "before", "after", "delta"]);
    expect(result.redesign).toBe("Digital results");
    expect(result.before.expected.minutes).toBeCloseTo(830 / 7, 10);
    expect(result.after.expected.minutes).toBeCloseTo(662 / 7, 10);
    expect(result.delta.minutes).toBeCloseTo(-24, 10);
    expect(result.delta.handoffs).toBeCloseTo(-12 / 7, 10);
    // 7000 × −24 / 60
    expect(result.delta.yearly.hours).toBeCloseTo(-2800, 6);
    for (const key of Object.keys(result.before.expected)) expect(result.delta).toHaveProperty(key);
  });

  it("prints a table of before, after and the saving", async () => {
    const { status, out } = await hukka("compare", model, "--redesign", redesign);
    expect(status).toBe(0);
    const row = (label: string) => out.split("\n").find((l) => l.startsWith(`${label} `))?.trim().split(/\s{2,}/);
    expect(out.split("\n")[0]).toBe("Digital results: Referral");
    expect(row("per customer")).toEqual(["per customer", "before", "after", "saving"]);
    expect(row("minutes")).toEqual(["minutes", "118.6", "94.6", "24.0"]);
    // waste 101.4 → 80.0; hand-offs 2.57 → 0.86; ping-pongs 0.86 → 0
    expect(row("waste minutes")).toEqual(["waste minutes", "101.4", "80.0", "21.4"]);
    expect(row("hand-offs")).toEqual(["hand-offs", "2.57", "0.86", "1.71"]);
    expect(row("ping-pongs")).toEqual(["ping-pongs", "0.86", "0.00", "0.86"]);
    // cost: (2·10/7 + 30·6/7 + 20·6/7) = 320/7 = 45.71 before; 2 + 300/7 = 314/7 = 44.86 after
    expect(row("cost (EUR)")).toEqual(["cost (EUR)", "45.71", "44.86", "0.86"]);
    // flow efficiency: (5·10/7 + 5·6/7 + 5·6/7)/(830/7) = 110/830 = 13.3 %; (5 + 60/7)/(662/7) = 95/662 = 14.4 %
    expect(row("flow efficiency")).toEqual(["flow efficiency", "13.3 %", "14.4 %", "+1.1 pp"]);
    // failure demand: the call-backs, 0.3 × 10/7 = 3/7 of 29/7 visits = 10.34 %, none after
    expect(row("failure demand")).toEqual(["failure demand", "10.34 %", "0.00 %", "+10.34 pp"]);
    expect(out.split("\n")).toContain("per year (7,000 customers)");
    expect(row("hours")).toEqual(["hours", "13,833", "11,033", "2,800"]);
    // 830/7 = 118.6 min (1.98 h: "2 h") → 662/7 = 94.6 min (1.6 h): 24 min saved; hand-offs 18/7 → 6/7, 1.7 saved
    expect(out).toContain(
      "Digital results saves the average customer 24 min, 1.7 hand-offs, 0.86 ping-pongs and 0.86 revisits: 2 h → 1.6 h per customer; cost per customer falls, 45.71 EUR → 44.86 EUR.",
    );
    // the redesign merges desk and lab with the waits kept: the words say so under the headline
    expect(out).toContain('A merge alone moves no waiting: every move keeps its wait, so the merge saves no time (waits: "keep").');
    expect(row("time")).toEqual(["time", "2 h", "1.6 h", "24 min"]);
    // where the waste dropped, in human units: 12.9 min of movement → 0
    expect(out).toContain("waste movement: 13 min → 0 min (−13 min)");
  });

  it("names the change that breaks the model and exits 1", async () => {
    const broken = file("broken.json", {
      changes: [
        { op: "remove-step", touchpoint: "result", step: "Return visit" },
        { op: "set-transition", from: "result", to: "done", probability: 0 },
      ],
    });
    const { status, out, err } = await hukka("compare", model, "--redesign", broken);
    expect(status).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/^error: .*broken\.json: the redesign cannot be applied\n/);
    expect(err).toContain('error: changes[1] (set-transition result → done): touchpoints[2]: touchpoint "result"');
    expect(err).toContain("[missing_outcome]");
  });

  it("lists every problem of a badly formed redesign file", async () => {
    const bad = file("bad.json", { changes: [{ op: "remove-stp" }, { op: "set-step", touchpoint: "call" }] });
    const { status, err } = await hukka("compare", model, "--redesign", bad);
    expect(status).toBe(1);
    expect(err).toContain('error: changes[0].op: unknown operation "remove-stp"');
    expect(err).toContain('error: changes[1].step: missing "step"');
  });

  it("prints the conversion warning on stderr, the JSON alone on stdout", async () => {
    const volumes = referral();
    volumes.transitions = volumes.transitions.map(({ probability, ...t }) => (t.from === "call" ? { ...t, volume: probability! * 10 } : { ...t, probability }));
    const path = file("volumes.json", volumes);
    const { status, out, err } = await hukka("compare", path, "--redesign", redesign, "--json");
    expect(status).toBe(0);
    expect(JSON.parse(out).delta.minutes).toBeCloseTo(-24, 10);
    expect(err).toMatch(/^warning: changes\[0\]: the transitions out of "call" gave volumes; converted to probabilities/);
  });

  it("without --redesign is wrong usage (exit 2); a redesign without a name is named after its file", async () => {
    expect((await hukka("compare", model)).status).toBe(2);
    const unnamed = file("no-queue.json", { changes: [{ op: "remove-step", touchpoint: "call", step: "Queue" }] });
    const { out } = await hukka("compare", model, "--redesign", unnamed, "--json");
    expect(JSON.parse(out).redesign).toBe("no-queue");
  });
});

describe("hukka compare --html", () => {
  it("writes both blueprints side by side with the changes marked", async () => {
    const out = join(dir, "comparison.html");
    const { status, out: stdout } = await hukka("compare", model, "--redesign", redesign, "--html", out);
    expect(status).toBe(0);
    expect(stdout).toContain(`wrote ${out}`);
    const { readFileSync } = await import("node:fs");
    const { document } = parseHTML(readFileSync(out, "utf8"));
    const [beforeSide, afterSide] = Array.from(document.querySelectorAll("figure"));
    expect(document.querySelectorAll('svg[data-hukka="blueprint"]')).toHaveLength(2);
    const marked = (side: Element | undefined, selector: string) =>
      Array.from(side!.querySelectorAll(selector)).find((el) => el.hasAttribute("data-changed"))?.getAttribute("data-changed");
    const link = '.hukka-link[data-from="call"][data-to="call"]';
    // call → call was removed: marked on the before side, gone after
    expect(marked(beforeSide, link)).toBe("removed");
    expect(afterSide!.querySelector(link)).toBeNull();
    // the lab was merged into the desk: its lane is marked removed on the before side
    expect(marked(beforeSide, '.hukka-lane[data-department="lab"]')).toBe("removed");
    expect(marked(afterSide, '.hukka-node[data-touchpoint="test"]')).toBe("changed");
  });
});

describe("hukka compare, as a process", () => {
  it("compares the health-centre example with its redesign: exit 0, JSON on stdout, the warning on stderr", async () => {
    const { existsSync } = await import("node:fs");
    const { spawnSync } = await import("node:child_process");
    if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first");
    const run = spawnSync(
      process.execPath,
      ["dist/cli.js", "compare", "examples/health-centre/service.json", "--redesign", "examples/health-centre/redesign.json", "--json"],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.redesign).toBe("Call-back, one team, digital results, a referral that cannot get lost");
    // every figure of the delta is after − before
    for (const key of ["minutes", "wasteMinutes", "handoffs", "pingPongs", "cost"]) {
      expect(result.delta[key]).toBe(result.after.expected[key] - result.before.expected[key]);
    }
    // the redesign removes failure demand and waste; merging the phone service into the health centre removes hand-offs
    expect(result.delta.wasteMinutes).toBeLessThan(0);
    expect(result.delta.handoffs).toBeLessThan(0);
    expect(result.delta.failureDemandShare).toBeLessThan(0);
    expect(run.stderr).toMatch(/^warning: changes\[9\] \(set-transition referral-handling → referral-call\): .*never reached/);
  });
});
