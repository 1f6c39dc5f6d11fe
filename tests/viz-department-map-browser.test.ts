// Reports mined from real logs (`hukka mine … --html`) as an analyst opens them in headless
// Chromium: the department map draws, its sliders change what is drawn, no two of its labels
// overlap on screen at the default setting, and the observed journeys can be picked and drawn.
// Screenshots at 1440 and 390 px go to tests/out for a person to look at.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchForReports, openReport, screenshotPage } from "./browser-helpers.js";
import { analyse, parseService } from "../src/index.js";
import { reportHtml } from "../src/viz/index.js";
import { runHukka } from "./cli-helpers.js";
import { hostileLogData, hostileService } from "./fixtures/hostile-labels.js";
import { dataPath } from "./logs-helpers.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(repo, "dist/viz.global.js");
const shots = join(repo, "tests/out");
const dir = mkdtempSync(join(tmpdir(), "hukka-map-"));
let browser: Browser;

const INCIDENTS = "bpic2013/07_bpic2013_incidents.xes.gz";
const SEPSIS = "sepsis/sepsis.csv";
const MINE: Record<string, string[]> = {
  [INCIDENTS]: ["--activity", "concept:name", "--activity", "lifecycle:transition", "--department", "org:group"],
  [SEPSIS]: ["--case", "Case ID", "--activity", "Activity", "--timestamp", "Complete Timestamp", "--department", "org:group", "--missing", "?", "--delimiter", ";"],
};
const present = (log: string) => existsSync(dataPath(log));
const map = 'svg[data-hukka="department-map"]';

async function mined(log: string, name: string): Promise<string> {
  const html = join(dir, `${name}.html`);
  const { status, err } = await runHukka(["mine", dataPath(log), ...MINE[log]!, "--html", html]);
  expect(status).toBe(0);
  expect(err).not.toMatch(/^error:/m); // a fidelity warning may be there: the mined revisits are approximate
  return html;
}

const open = (file: string) => openReport(browser, file);
const screenshot = (page: Page, name: string) => screenshotPage(page, join(shots, name));

/** Moves a slider the way a user's drag does: its value changes and an input event fires. */
async function slide(page: Page, control: "departments" | "links", value: number) {
  await page.$eval(
    `input[data-control="${control}"]`,
    (input, v) => {
      (input as HTMLInputElement).value = String(v);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    value,
  );
}

/** Screen boxes of every circle and label of the map, with the node each belongs to. */
const drawnBoxes = (page: Page) =>
  page.$$eval(`${map} g.hukka-map-node`, (gs) =>
    gs.flatMap((g, node) =>
      [...g.querySelectorAll("circle, text")].map((e) => {
        const b = e.getBoundingClientRect();
        return { node, x: b.x, y: b.y, width: b.width, height: b.height };
      }),
    ),
  );

beforeAll(async () => {
  browser = await launchForReports();
}, 180_000);


describe.skipIf(!present(INCIDENTS) && process.env.CI !== "true")("hukka mine BPI 2013 incidents --html in Chromium", () => {
  // One page for the four tests, which run in the order written, each leaving the page as the
  // next expects it (a journey lit, the sliders back at 20 departments): the 4.6 MB report is
  // drawn once instead of four times.
  let report: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    report = await open(await mined(INCIDENTS, "incidents"));
  }, 120_000);
  afterAll(() => report?.page.close());

  test("draws the department map first: 20 teams and 'other', no two labels or circles overlapping", async () => {
    const { page, errors, requests } = report;
    expect(errors).toEqual([]);
    // the report is one self-contained file: nothing else is fetched
    expect(requests).toEqual([]);
    // the first diagram: only the fidelity table (a log's figures beside the model's) comes before it
    const first = await page.$eval(".hukka-report > section:not(.hukka-fidelity)", (s) => s.className);
    expect(first).toBe("hukka-department-map-panel");
    expect(await page.$$eval(`${map} [data-department]`, (gs) => gs.length)).toBe(21);
    expect(await page.$$eval(`${map} [data-other]`, (gs) => gs.map((g) => g.getAttribute("data-department")))).toEqual([""]);
    const boxes = await drawnBoxes(page);
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.node !== b.node && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        .map((b) => [a.node, b.node]),
    );
    expect(overlaps).toEqual([]);
    await screenshot(page, "report-incidents-1440.png");
  }, 60_000);

  test("draws a group of history-refined touchpoints as one box, and a journey lights the group boxes it passes", async () => {
    const { page, errors } = report;
    const { groups, refined, path } = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById("hukka-data")!.textContent!);
      const touchpoints: { id: string; group?: string }[] = data.service.touchpoints;
      const boxOf = new Map(touchpoints.map((t) => [t.id, t.group ?? t.id]));
      return {
        groups: new Set(touchpoints.map((t) => t.group ?? t.id)).size,
        refined: touchpoints.length,
        path: (data.report.journeys[0].path as string[]).map((id) => boxOf.get(id)!),
      };
    });
    expect(refined).toBeGreaterThan(groups); // the miner refined touchpoints by history
    // one box per group, and past 40 boxes the least visited fold into "other" boxes
    const drawn = await page.$$eval('svg[data-hukka="blueprint"] g.hukka-node', (gs) => gs.map((g) => g.getAttribute("data-touchpoint")!));
    expect(drawn.length).toBe(40);
    expect(groups).toBeGreaterThan(40);
    await page.click('[data-journey="0"] button');
    const lit = await page.$$eval('svg[data-hukka="blueprint"] g.hukka-node[data-highlighted]', (gs) => gs.map((g) => g.getAttribute("data-touchpoint")!));
    // every group box the journey passes is lit; what else is lit is the "other" box a folded group is drawn in
    const onPath = new Set(path);
    expect(lit.filter((id) => onPath.has(id)).sort()).toEqual(drawn.filter((id) => onPath.has(id)).sort());
    for (const id of lit.filter((id) => !onPath.has(id))) expect(id).toMatch(/^other in /);
    expect(lit.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 90_000);

  test("the sliders change the number of departments and links drawn", async () => {
    const { page, errors } = report;
    const count = (selector: string) => page.$$eval(`${map} ${selector}`, (xs) => xs.length);
    await slide(page, "departments", 40);
    expect(await count("[data-department]")).toBe(41);
    expect(await page.textContent(".hukka-map-caption")).toContain("40 departments of 649 (609 more in \"other\")");
    await slide(page, "links", 5);
    expect(await count("path[data-from][data-to]")).toBe(5);
    await slide(page, "departments", 3);
    expect(await count("[data-department]")).toBe(4);
    // back to the first view's 20 departments, for the next test
    await slide(page, "departments", 20);
    expect(await count("[data-department]")).toBe(21);
    expect(errors).toEqual([]);
  }, 60_000);

  test("lists the observed journeys and draws the one picked on its own clock", async () => {
    const { page } = report;
    const section = '[data-hukka="observed-journeys"]';
    expect(await page.$$eval(`${section} [data-variant]`, (xs) => xs.map((x) => x.getAttribute("data-count")))).toEqual(
      ["1749", "524", "352", "300", "203", "161", "124", "101", "66", "56"],
    );
    await page.click(`${section} [data-variant="1"] button`);
    expect(await page.getAttribute(`${section} [data-variant="1"]`, "data-highlighted")).toBe("");
    // variant 2: Accepted+In Progress → Accepted+In Progress → Completed+Resolved → Completed+Closed
    expect(await page.$$eval(`${section} svg[data-hukka="observed-journey"] [data-event]`, (xs) => xs.length)).toBe(4);
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, "report-incidents-390.png");
    // at 390 px the map and the observed journeys' lists fit the page's width
    const right = await page.$$eval(`.hukka-department-map-panel, ${section} .hukka-list`, (xs) => Math.max(...xs.map((x) => x.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(390);
  }, 60_000);
});

describe.skipIf(!present(SEPSIS) && process.env.CI !== "true")("hukka mine Sepsis --html in Chromium", () => {
  test("draws the map of its 25 departments and the observed journeys, at 1440 and 390 px", async () => {
    const { page, errors } = await open(await mined(SEPSIS, "sepsis"));
    expect(errors).toEqual([]);
    expect(await page.textContent(".hukka-map-caption")).toContain("20 departments of 25 (5 more in \"other\")");
    await page.click('[data-hukka="observed-journeys"] [data-wanderer="1"] button');
    expect(await page.getAttribute('[data-hukka="observed-journeys"] [data-wanderer="1"]', "data-highlighted")).toBe("");
    await screenshot(page, "report-sepsis-1440.png");
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, "report-sepsis-390.png");
    await page.close();
  }, 120_000);
});

describe("a report with hostile labels in the log's departments, activities and cases, in Chromium", () => {
  test("runs nothing the labels carry and shows them as text in the map and the observed journeys", async () => {
    const service = parseService(hostileService());
    const log = hostileLogData();
    const file = join(dir, "hostile-log.html");
    writeFileSync(file, reportHtml(service, analyse(service), { script: readFileSync(bundle, "utf8"), log }));
    const { page, errors, dialogs } = await open(file);
    await slide(page, "departments", 39);
    await page.click('[data-hukka="observed-journeys"] [data-variant="2"] button');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    const injected = await page.evaluate(() => document.querySelectorAll("img, iframe, object, embed, a, foreignObject, math, link, base").length);
    expect(injected).toBe(0);
    const ids = await page.$$eval(`${map} [data-department]`, (gs) => gs.map((g) => g.getAttribute("data-department")));
    expect(ids).toEqual(log.departments.departments.map((d) => d.id));
    const titles = await page.$$eval('svg[data-hukka="observed-journey"] [data-event] > title', (ts) => ts.map((t) => t.textContent!.split(" · ")[0]));
    expect(titles).toEqual(log.observed.variants[2]!.events.map((e) => e.activity));
    await screenshot(page, "report-hostile-log.png");
    await page.close();
  }, 60_000);
});
