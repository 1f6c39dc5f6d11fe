// The report of a real log as an analyst opens it, in headless Chromium at 1440 × 900 and
// 390 × 844: the mined Sepsis, receipt, BPI 2013 incidents and helpdesk reports lead with the
// log's sentence, show no 0 % / 100 % that rests on a default, draw a blueprint of at most 40
// boxes in 12 lanes whose labels stay 10 px high at Fit (its slider brings back what was folded),
// and the incidents page stays under 6,000 px. Each report is made once, one browser serves all.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { launchForReports, openReport, screenshot } from "./browser-helpers.js";
import { runHukka } from "./cli-helpers.js";
import { dataPath } from "./logs-helpers.js";
import { colours } from "../src/viz/index.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const shots = join(repo, "tests/out");
const dir = mkdtempSync(join(tmpdir(), "hukka-log-report-"));

const LOGS = {
  sepsis: ["sepsis/sepsis.csv", "--delimiter", ";", "--case", "Case ID", "--activity", "Activity", "--timestamp", "Complete Timestamp", "--department", "org:group", "--missing", "?", "--noun", "patient"],
  receipt: ["receipt/receipt.csv", "--case", "case:concept:name", "--activity", "concept:name", "--timestamp", "time:timestamp", "--department", "org:group", "--missing", "EMPTY"],
  incidents: ["bpic2013/07_bpic2013_incidents.xes.gz", "--activity", "concept:name", "--activity", "lifecycle:transition", "--department", "org:group"],
  helpdesk: ["helpdesk/helpdesk.xes.gz", "--department", "org:resource"],
} as const;
type Name = keyof typeof LOGS;
const NAMES = Object.keys(LOGS) as Name[];
const missing = NAMES.filter((n) => !existsSync(dataPath(LOGS[n][0])));
if (missing.length > 0 && process.env.CI === "true") throw new Error(`missing real logs ${missing.join(", ")} (see ../shared/data/README.md)`);

const file = (name: string) => join(dir, `${name}.html`);
let browser: Browser;

beforeAll(async () => {
  browser = await launchForReports();
  for (const name of NAMES.filter((n) => !missing.includes(n))) {
    const [log, ...args] = LOGS[name];
    const { status, err } = await runHukka(["mine", dataPath(log), ...args, "--html", file(name)]);
    expect([name, status, err.replace(/^warning: .*\[fidelity_gap\]\n/gm, "")]).toEqual([name, 0, ""]);
  }
  // a two-case log, and the demo
  const small = join(dir, "two.csv");
  writeFileSync(small, "case,activity,time,dept\nA,call,2024-01-01T00:00:00Z,desk\nA,test,2024-01-11T00:00:00Z,lab\nA,decide,2024-01-31T00:00:00Z,desk\nB,call,2024-01-01T00:00:00Z,desk\nB,decide,2024-01-06T00:00:00Z,desk\n");
  expect((await runHukka(["mine", small, "--case", "case", "--activity", "activity", "--timestamp", "time", "--department", "dept", "--html", file("two")])).status).toBe(0);
  expect((await runHukka(["demo", "--out", join(dir, "demo")])).status).toBe(0);
}, 300_000);


/** Everything a check needs from an open report, read in one pass. */
function readPage(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-hukka="blueprint"]')!;
    // a label's drawn height: its font size times the scale it is drawn at
    const labelPx = [...svg.querySelectorAll<SVGTextElement>(".hukka-node-label, .hukka-lane-label")].map(
      (t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a,
    );
    return {
      height: document.documentElement.scrollHeight,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      headline: document.querySelector('[data-hukka="headline"]')!.textContent!,
      modelHeadline: document.querySelector('[data-hukka="model-headline"]')?.textContent ?? null,
      figures: [...document.querySelectorAll("[data-figure]")].map((d) => ({
        field: d.getAttribute("data-figure"),
        value: d.querySelector("dd")!.textContent,
        why: d.querySelector(".hukka-why")?.textContent ?? null,
      })),
      fidelityRows: document.querySelectorAll('[data-hukka="fidelity"] tr[data-fidelity]').length,
      warnings: document.querySelector(".hukka-warnings")?.textContent ?? "",
      boxes: svg.querySelectorAll(".hukka-node").length,
      lanes: svg.querySelectorAll(".hukka-lane").length,
      minLabelPx: Math.min(...labelPx),
      paths: [...document.querySelectorAll(".hukka-list button")].map((b) => [b.getAttribute("title"), b.querySelector(".hukka-journey-path")?.textContent]),
    };
  });
}

describe.each(NAMES.filter((n) => !missing.includes(n)))("the mined %s report", (name) => {
  test("at 1440 × 900: the log's sentence first, no default shown as a figure, the fidelity table, a readable blueprint whose slider brings back what was folded", async () => {
    const { page, errors, requests } = await openReport(browser, file(name), { width: 1440, height: 900 });
    expect([errors, requests]).toEqual([[], []]);
    const r = await readPage(page);
    // the log's own sentence: mean and median case time, the share of cases sent back
    expect(r.headline).toMatch(/^A case takes .+ and [\d.]+ hand-offs? on average \(median .+\); [\d.]+ % of cases are sent back to a department they had just left/);
    expect(r.modelHeadline).toMatch(/^The model mined from its [\d,]+ cases, per (patient|customer): An? (patient|customer) spends /);
    if (name === "sepsis") expect(r.headline + r.modelHeadline).toContain("A patient spends");
    // no card rests on a default: what the log cannot tell is "—" with its reason
    for (const f of r.figures) expect(f.value).not.toMatch(/^(0|100)%$/);
    for (const field of ["flowEfficiency", "failureDemandShare", "resolved"]) {
      expect(r.figures.find((f) => f.field === field)).toMatchObject({ value: "—", why: expect.stringMatching(/\w{4}/) });
    }
    // fidelity is a table, not a warning
    expect(r.fidelityRows).toBe(4);
    expect(r.warnings).not.toMatch(/mined from an event log|no_service_time|mined_fidelity/);
    // the blueprint at Fit: at most 40 boxes in 12 lanes, every label at least 10 px high
    expect(r.boxes).toBeLessThanOrEqual(40);
    expect(r.boxes).toBeGreaterThan(12);
    expect(r.lanes).toBeLessThanOrEqual(12);
    expect(r.minLabelPx).toBeGreaterThanOrEqual(10 - 1e-6);
    // every journey's whole path is on its button (a tooltip on hover), not only the cut text
    expect(r.paths.length).toBeGreaterThan(0);
    for (const [title, path] of r.paths) expect(title?.endsWith(path!.replace(/^case [^:]+: /, "")) || title === path).toBe(true);
    if (name === "incidents") expect(r.height).toBeLessThan(6000);
    await screenshot(page, join(shots, `log-report-${name}-1440.png`));

    // the sliders bring back the folded boxes and lanes
    const caption = () => page.textContent('[data-hukka="blueprint-caption"]');
    expect(await caption()).toMatch(/folded into "other"/);
    await page.evaluate(() => {
      for (const input of document.querySelectorAll<HTMLInputElement>('[data-hukka="blueprint-panel"] input[type="range"]')) {
        input.value = input.max;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    const all = await page.evaluate(() => {
      const svg = document.querySelector('svg[data-hukka="blueprint"]')!;
      const max = (c: string) => Number(document.querySelector<HTMLInputElement>(`input[data-control="${c}"]`)!.max);
      return { boxes: svg.querySelectorAll(".hukka-node").length, lanes: svg.querySelectorAll(".hukka-lane").length, maxBoxes: max("boxes"), maxLanes: max("lanes") };
    });
    expect(all.boxes).toBeGreaterThan(r.boxes);
    expect(all.lanes).toBeGreaterThanOrEqual(r.lanes);
    expect(all.lanes).toBe(all.maxLanes);
    await page.close();
  }, 60_000);

  test("at 390 × 844: one column with no sideways page scroll, and a scroll cue where the wander line scrolls", async () => {
    const { page, errors } = await openReport(browser, file(name), { width: 390, height: 844 });
    expect(errors).toEqual([]);
    const r = await readPage(page);
    expect(r.sideways).toBe(0);
    const cue = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>(".hukka-wander-panel .hukka-scroll")!;
      const text = scroller.previousElementSibling as HTMLElement;
      return { scrolls: scroller.scrollWidth > scroller.clientWidth, marked: scroller.hasAttribute("data-scrolls"), cue: text.getAttribute("data-hukka"), shown: !text.hidden && text.offsetHeight > 0 };
    });
    expect(cue).toEqual({ scrolls: true, marked: true, cue: "scroll-cue", shown: true });
    await screenshot(page, join(shots, `log-report-${name}-390.png`));
    await page.close();
  }, 60_000);
});

describe("small logs, the demo, and one colour per meaning", () => {
  test("a two-case log's report says few_cases where it lists the model's journeys", async () => {
    const { page } = await openReport(browser, file("two"));
    const note = page.locator('.hukka-journeys [data-hukka="few-cases"]');
    expect(await note.textContent()).toMatch(/mined from 2 cases \(fewer than 30\).*never happened/);
    await page.close();
  });

  test("the demo's headline says patient", async () => {
    const { page } = await openReport(browser, join(dir, "demo", "report.html"));
    expect(await page.textContent('[data-hukka="headline"]')).toMatch(/^A patient spends /);
    expect(await page.textContent('[data-figure="minutes"] dt')).toBe("time per patient");
    expect(await page.textContent('[data-hukka="yearly-note"]')).toMatch(/patients' own time .* what the waste steps cost the organisation/);
    await page.close();
  });

  test.skipIf(missing.includes("sepsis"))("hand-off, ping-pong and waste keep one colour each in every diagram", async () => {
    const { page } = await openReport(browser, file("sepsis"));
    const used = await page.evaluate(() => {
      const paint = (selector: string, attr: "fill" | "stroke") => [...new Set([...document.querySelectorAll(selector)].map((e) => e.getAttribute(attr)))];
      return {
        handoffLinks: paint('svg[data-hukka="blueprint"] .hukka-link[data-handoff]', "stroke"),
        waits: paint('svg[data-hukka="blueprint"] .hukka-node-wait', "fill"),
        mapPingPong: paint('svg[data-hukka="department-map"] [data-ping-pong-pair], svg[data-hukka="department-map"] path[data-ping-pong]', "stroke"),
        pingPongMarks: paint(".hukka-mark-ping-pong", "fill"),
        wanderWaits: paint(".hukka-wait-bar", "fill"),
      };
    });
    expect(used.handoffLinks).toEqual([colours.handoff]);
    expect(used.waits).toEqual([colours.waste]);
    expect(used.pingPongMarks).toEqual([colours.pingPong]);
    expect(used.wanderWaits).toEqual([colours.waste]);
    expect(used.mapPingPong).toEqual([colours.pingPong]);
    expect(new Set([colours.handoff, colours.pingPong, colours.waste, colours.highlight]).size).toBe(4);
    await page.close();
  });
});
