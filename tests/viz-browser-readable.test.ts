// The report read by a manager on a laptop and on a phone, in headless Chromium: the page never
// scrolls sideways at 390 px, the wheel scrolls the page (Ctrl + wheel zooms), Fit brings every
// lane into view, the waits are on the blueprint without hovering, every text a pointer brings up
// speaks in names, and the redesign page reads the same way.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchForReports, openPage, screenshot } from "./browser-helpers.js";
import {
  analyse,
  applyRedesign,
  compareReports,
  formatDuration,
  parseRedesign,
  parseService,
  type Service,
  type WasteReport,
} from "../src/index.js";
import { comparisonHtml, reportHtml } from "../src/viz/index.js";
import { blueprintService } from "../bench/blueprint-service.mjs";
import healthCentre from "../examples/health-centre/service.json";
import healthCentreRedesign from "../examples/health-centre/redesign.json";

const repo = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(repo, "dist/viz.global.js");
/** Screenshots for a person to look at; the folder is ignored by git. */
const shots = join(repo, "tests/out");
const dir = mkdtempSync(join(tmpdir(), "hukka-readable-"));
const blueprint = 'svg[data-hukka="blueprint"]';
let browser: Browser;

function reportFile(name: string, service: Service): string {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, reportHtml(service, analyse(service), { script: readFileSync(bundle, "utf8") }));
  return file;
}

function redesignFile(): string {
  const service = parseService(healthCentre);
  const redesign = parseRedesign(healthCentreRedesign);
  const after = applyRedesign(service, redesign);
  const file = join(dir, "redesign.html");
  writeFileSync(file, comparisonHtml(compareReports(analyse(service), analyse(after)), service, after, { redesign }));
  return file;
}

async function open(file: string, width: number, ready = true): Promise<{ page: Page; errors: string[] }> {
  const page = await openPage(browser, { width, height: 860 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  if (ready) await page.waitForSelector("html[data-hukka-ready]", { timeout: 10_000 });
  return { page, errors };
}

/** How far the page itself can scroll sideways: 0 when it fits the window. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  browser = await launchForReports();
}, 180_000);


describe("the report at 390 px (a phone)", () => {
  test.each([
    ["health-centre", () => parseService(healthCentre)],
    ["generated-120", () => parseService(blueprintService(120))],
  ] as const)("the %s report is one column with no sideways page scroll", async (name, make) => {
    const { page, errors } = await open(reportFile(`${name}-390`, make()), 390);
    expect(errors).toEqual([]);
    expect(await sideways(page)).toBe(0);
    // one column: the journey lists sit above the wander line, not beside it
    const lists = (await page.locator(".hukka-journeys").boundingBox())!;
    const wander = (await page.locator(".hukka-wander-panel").boundingBox())!;
    expect(wander.y).toBeGreaterThanOrEqual(lists.y + lists.height);
    expect(lists.x + lists.width).toBeLessThanOrEqual(390);
    // picking a wander path redraws the wander line; the page still fits
    await page.click('[data-wander-path="0"]');
    expect(await sideways(page)).toBe(0);
    await screenshot(page, join(shots, `report-${name}-390.png`));
    await page.close();
  });

  test("the redesign page is one column with no sideways page scroll", async () => {
    const { page, errors } = await open(redesignFile(), 390, false);
    expect(errors).toEqual([]);
    expect(await sideways(page)).toBe(0);
    await page.close();
  });
});

describe("zoom, pan and Fit on the blueprint", () => {
  test("a wheel without Ctrl scrolls the page and leaves the diagram's transform unchanged; Ctrl + wheel zooms", async () => {
    const { page } = await open(reportFile("wheel", parseService(healthCentre)), 1200);
    const transform = () => page.getAttribute(`${blueprint} .hukka-viewport`, "transform");
    const before = await transform();
    const box = (await page.locator(blueprint).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await transform()).toBe(before);

    const now = (await page.locator(blueprint).boundingBox())!;
    await page.mouse.move(now.x + now.width / 2, now.y + Math.min(now.height / 2, 200));
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect.poll(transform).not.toBe(before);
    await page.close();
  });

  test("Fit brings every lane and every touchpoint into view, however tall the blueprint", async () => {
    const service = parseService(blueprintService(300));
    const { page } = await open(reportFile("fit-300", service), 1200);
    const inView = () =>
      page.evaluate((sel) => {
        const svg = document.querySelector(sel)!;
        const canvas = svg.closest(".hukka-canvas")!.getBoundingClientRect();
        const outside = [...svg.querySelectorAll(".hukka-lane > rect, .hukka-node-box")].filter((el) => {
          const b = el.getBoundingClientRect();
          return b.left < canvas.left - 1 || b.right > canvas.right + 1 || b.top < canvas.top - 1 || b.bottom > canvas.bottom + 1;
        });
        return { lanes: svg.querySelectorAll(".hukka-lane").length, outside: outside.length };
      }, blueprint);
    // the report opens fitted
    expect(await inView()).toEqual({ lanes: 12, outside: 0 });
    // zoom in and pan away, then Fit
    const box = (await page.locator(blueprint).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -600);
    await page.keyboard.up("Control");
    expect((await inView()).outside).toBeGreaterThan(0);
    await page.click(".hukka-reset");
    expect(await inView()).toEqual({ lanes: 12, outside: 0 });
    await page.close();
  });
});

describe("what the blueprint says without hovering, and what hovering says", () => {
  const service = parseService(healthCentre);
  const report = analyse(service);
  let page: Page;

  beforeAll(async () => {
    ({ page } = await open(reportFile("names", service), 1440));
  });

  afterAll(() => page.close());

  test("the wait before a touchpoint and each lane's share of the waste are in the blueprint's text", async () => {
    // the expected wait before a visit, summed here from the model and the report: Σ flow × wait / visits
    for (const id of ["doctor-visit", "clinic-visit", "referral-handling"]) {
      const wait = expectedWaitBefore(service, report, id);
      expect(wait).toBeGreaterThan(1440);
      const text = await page.locator(`${blueprint} g.hukka-node[data-touchpoint="${id}"]`).textContent();
      expect(text).toContain(`waits ${formatDuration(wait)} before`);
    }
    for (const d of service.departments) {
      const share = Math.round((100 * report.expected.wasteByDepartment[d.id]!) / report.expected.wasteMinutes);
      const text = await page.locator(`${blueprint} g.hukka-lane[data-department="${d.id}"]`).textContent();
      expect(text).toContain(`${share}% of the waste`);
    }
    // the headline heads the page
    expect(await page.locator(".hukka-headline").textContent()).toMatch(/^A patient spends 30 days and 2\.5 hand-offs on average; /);
  });

  test("no tooltip or title shows an id that differs from its name", async () => {
    const texts: string[] = [];
    for (const t of service.touchpoints) {
      await page.focus(`${blueprint} g.hukka-node[data-touchpoint="${t.id}"]`);
      texts.push(await page.locator('[data-hukka="tooltip"]').innerText());
    }
    // every wander path's line too: its visits carry titles
    for (let i = 0; i < report.wanderPaths.length; i++) {
      await page.click(`[data-wander-path="${i}"]`);
      texts.push(...(await page.$$eval('svg[data-hukka="wander-line"] title', (ts) => ts.map((t) => t.textContent ?? ""))));
    }
    texts.push(...(await page.$$eval(`${blueprint} title`, (ts) => ts.map((t) => t.textContent ?? ""))));
    texts.push(...(await page.$$eval("[aria-label]", (es) => es.map((e) => e.getAttribute("aria-label") ?? ""))));
    expect(texts.length).toBeGreaterThan(service.touchpoints.length + service.transitions.length);
    // an id that is a word of some name (the department "clinic" in "Specialist clinic", the
    // touchpoint "imaging" in the step "Walk to the imaging unit") cannot be told apart
    const words = [...service.touchpoints, ...service.departments, ...service.touchpoints.flatMap((t) => t.steps)]
      .map((x) => x.name ?? "")
      .join(" ");
    const ids = [...service.touchpoints, ...service.departments].filter((x) => x.name && x.name !== x.id && !words.includes(x.id)).map((x) => x.id);
    expect(ids.length).toBeGreaterThan(10);
    const shown = ids.filter((id) => texts.some((text) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text)));
    expect(shown).toEqual([]);
  });

  test("the wander line keeps its lane names in view when it scrolls sideways", async () => {
    await page.setViewportSize({ width: 900, height: 860 });
    await page.click('[data-wander-path="1"]');
    const scroll = page.locator(".hukka-wander-panel .hukka-scroll");
    const scrollable = await scroll.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scrollable).toBeGreaterThan(0);
    await scroll.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const panel = (await scroll.boundingBox())!;
    const gutter = (await page.locator(".hukka-wander-gutter").boundingBox())!;
    expect(Math.abs(gutter.x - panel.x)).toBeLessThanOrEqual(2);
    const names = await page.locator(".hukka-wander-gutter").innerText();
    for (const d of service.departments) expect(names.replace(/\s+/g, " ")).toContain(d.name!.split(" ")[0]);
    await page.setViewportSize({ width: 1440, height: 860 });
  });
});

/** Σ over transitions into `id` of visits(from) × p × wait, divided by visits(id). */
function expectedWaitBefore(service: Service, report: WasteReport, id: string): number {
  let waited = 0;
  const byFrom = new Map<string, number>();
  for (const t of service.transitions) byFrom.set(t.from, (byFrom.get(t.from) ?? 0) + (t.probability ?? 0));
  for (const t of service.transitions) {
    if (t.to !== id || !t.wait) continue;
    waited += report.expected.visits[t.from]! * (t.probability! / byFrom.get(t.from)!) * t.wait;
  }
  return waited / report.expected.visits[id]!;
}
