// The HTML report as an analyst meets it: one file opened from disk in headless Chromium with every
// network request refused. It draws every lane and touchpoint, answers hover, focus and clicks,
// runs nothing a label smuggles in, and keeps the labels of 300 touchpoints apart on screen.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { launchForReports, openReport, screenshot as shot, screenshotPage } from "./browser-helpers.js";
import { analyse, parseService, type Service } from "../src/index.js";
import { reportHtml } from "../src/viz/index.js";
import { blueprintService } from "../bench/blueprint-service.mjs";
import healthCentre from "../examples/health-centre/service.json";
import { hostileService } from "./fixtures/hostile-labels.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(repo, "dist/viz.global.js");
/** Screenshots for a person to look at; the folder is ignored by git. */
const shots = join(repo, "tests/out");
const dir = mkdtempSync(join(tmpdir(), "hukka-viz-"));
let browser: Browser;

function reportFile(name: string, service: Service): string {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, reportHtml(service, analyse(service), { script: readFileSync(bundle, "utf8") }));
  return file;
}

const open = (file: string) => openReport(browser, file, { width: 1400, height: 900 });
const screenshot = (page: Page, name: string) => screenshotPage(page, join(shots, name));

const blueprint = 'svg[data-hukka="blueprint"]';
const node = (id: string) => `${blueprint} g.hukka-node[data-touchpoint=${JSON.stringify(id)}]`;

beforeAll(async () => {
  browser = await launchForReports();
}, 180_000);


describe("reportHtml in Chromium (health-centre example)", () => {
  const service = parseService(healthCentre);
  const report = analyse(service);
  let page: Page;
  let errors: string[];
  let requests: string[];

  beforeAll(async () => {
    ({ page, errors, requests } = await open(reportFile("health-centre", service)));
  });

  test("loads offline without errors and draws every lane and touchpoint", async () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const drawn = await page.$$eval(`${blueprint} g.hukka-node`, (gs) =>
      gs.map((g) => [g.getAttribute("data-touchpoint"), g.getBoundingClientRect().width > 0]),
    );
    expect(drawn).toEqual(service.touchpoints.map((t) => [t.id, true]));
    const lanes = await page.$$eval(`${blueprint} g[data-lane]`, (gs) => gs.map((g) => g.getAttribute("data-department")));
    expect(lanes.sort()).toEqual(service.departments.map((d) => d.id).sort());
    expect(await page.$$eval(`${blueprint} path[data-from][data-to]`, (ps) => ps.length)).toBe(service.transitions.length);
    expect(await page.textContent("h1")).toBe(service.name);
  });

  test("hover shows a tooltip with the name, the department and the steps with minutes", async () => {
    await page.hover(node("call"));
    const tip = page.locator('[data-hukka="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain("Call the health centre");
    expect(text).toContain("Health-centre phone service");
    expect(text).toMatch(/Queue on the phone \(delay\)\s*25 min/);
    expect(text).toMatch(/Tell the symptoms to the nurse\s*6 min/);
    await page.mouse.move(2, 2);
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  test("keyboard focus shows the tooltip too", async () => {
    await page.focus("body");
    await page.keyboard.press("Tab");
    // Tab order: the blueprint's nodes come after nothing else focusable but the page itself.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-touchpoint"));
    expect(focused).toBe(service.touchpoints[0]!.id);
    const tip = page.locator('[data-hukka="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain(service.touchpoints[0]!.name);
  });

  test("clicking a journey highlights its path and draws its wander line", async () => {
    expect(report.wanderPaths.length).toBeGreaterThan(0);
    const journey = report.journeys[1]!;
    await page.click('[data-journey="1"]');
    const highlighted = await page.$$eval(`${blueprint} g.hukka-node[data-highlighted]`, (gs) => gs.map((g) => g.getAttribute("data-touchpoint")));
    expect(highlighted.sort()).toEqual([...new Set(journey.path)].sort());
    const links = await page.$$eval(`${blueprint} path[data-highlighted]`, (ps) => ps.map((p) => `${p.getAttribute("data-from")}>${p.getAttribute("data-to")}`));
    expect(links.sort()).toEqual([...new Set(journey.path.slice(1).map((to, i) => `${journey.path[i]}>${to}`))].sort());
    expect(await page.getAttribute('[data-journey="1"]', "data-highlighted")).toBe("");
    const visits = await page.$$eval('svg[data-hukka="wander-line"] [data-visit]', (gs) => gs.map((g) => g.getAttribute("data-touchpoint")));
    expect(visits).toEqual(journey.path);

    await page.click('[data-wander-path="0"]');
    expect(await page.$$eval('[data-journey][data-highlighted]', (x) => x.length)).toBe(0);
    const wander = report.wanderPaths[0]!;
    const marked = await page.$$eval('svg[data-hukka="wander-line"] .hukka-mark-ping-pong', (x) => x.length);
    expect(marked).toBe(wander.pingPongs);
    await screenshot(page, "report-health-centre.png");
  });

  test("zooms with Ctrl + wheel and pans by dragging", async () => {
    const transform = () => page.getAttribute(`${blueprint} .hukka-viewport`, "transform");
    const before = await transform();
    await page.locator(blueprint).scrollIntoViewIfNeeded();
    const box = (await page.locator(blueprint).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect.poll(transform).not.toBe(before);
    const zoomed = await transform();
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 40, { steps: 4 });
    await page.mouse.up();
    expect(await transform()).not.toBe(zoomed);
  });
});

describe("reportHtml in Chromium with hostile labels in every text field", () => {
  test("runs nothing the labels carry and shows them as text", async () => {
    const service = parseService(hostileService());
    const { page, errors, requests, dialogs } = await open(reportFile("hostile", service));
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // Only the page's own elements: three scripts, one style sheet, no image, frame or link.
    const counts = await page.evaluate(() => ({
      script: document.scripts.length,
      style: document.querySelectorAll("style").length,
      injected: document.querySelectorAll("img, iframe, object, embed, a, foreignObject, math, link, base, meta[http-equiv=refresh]").length,
      handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
    }));
    expect(counts).toEqual({ script: 3, style: 1, injected: 0, handlers: 0 });
    // The CSS in the labels did not apply: the blueprint is on screen.
    const box = await page.locator(blueprint).boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    // Ids reach the DOM exactly, and a tooltip shows a hostile name as its characters.
    const ids = await page.$$eval(`${blueprint} g.hukka-node`, (gs) => gs.map((g) => g.getAttribute("data-touchpoint")));
    expect(ids).toEqual(service.touchpoints.map((t) => t.id));
    await page.focus(node(service.touchpoints[2]!.id));
    expect(await page.textContent('[data-hukka="tooltip"] .hukka-tip-title')).toBe(service.touchpoints[2]!.name);
    await page.click('[data-journey="0"]');
    expect(dialogs).toEqual([]);
    await screenshot(page, "report-hostile.png");
  });
});

describe("reportHtml's Content-Security-Policy in Chromium", () => {
  test("allows only the report's own scripts, by hash: the report draws, an injected inline script does not run", async () => {
    const html = readFileSync(reportFile("csp", parseService(healthCentre)), "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const injected = join(dir, "csp-injected.html");
    writeFileSync(injected, html.replace("</body>", '<script>document.documentElement.setAttribute("data-pwned", "")</script>\n</body>'));
    const { page, errors } = await open(injected);
    expect(await page.locator(`${blueprint} g.hukka-node`).count()).toBe(healthCentre.touchpoints.length);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-pwned"))).toBe(false);
    expect(errors.join("\n")).toMatch(/Content Security Policy/);
    await page.close();
  });
});

describe("reportHtml in Chromium at 300 touchpoints", () => {
  test("no two drawn labels or nodes overlap on screen", async () => {
    const service = parseService(blueprintService(300));
    const { page, errors } = await open(reportFile("generated-300", service));
    expect(errors).toEqual([]);
    // the report folds past 40 boxes: its slider brings all 300 back
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[data-control="boxes"]')!;
      input.value = input.max;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    // Measure at zoom 1.
    const overlaps = await page.evaluate((sel) => {
      const svg = document.querySelector(sel)!;
      svg.querySelector(".hukka-viewport")!.removeAttribute("transform");
      const boxes: { x: number; y: number; r: number; b: number; what: string }[] = [];
      const outside: string[] = [];
      for (const g of svg.querySelectorAll("g.hukka-node")) {
        const frame = g.querySelector(".hukka-node-box")!.getBoundingClientRect();
        boxes.push({ x: frame.left, y: frame.top, r: frame.right, b: frame.bottom, what: `node ${g.getAttribute("data-touchpoint")}` });
        for (const t of g.querySelectorAll("text")) {
          const b = t.getBoundingClientRect();
          if (b.left < frame.left || b.right > frame.right || b.top < frame.top || b.bottom > frame.bottom)
            outside.push(`${t.textContent} sticks out of ${g.getAttribute("data-touchpoint")}`);
        }
      }
      for (const t of svg.querySelectorAll(".hukka-lane-label, .hukka-lane-kind, [data-line] text")) {
        const b = t.getBoundingClientRect();
        boxes.push({ x: b.left, y: b.top, r: b.right, b: b.bottom, what: `label ${t.textContent}` });
      }
      const pairs: string[] = [];
      boxes.sort((a, b) => a.x - b.x);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.r; j++) {
          const a = boxes[i]!;
          const c = boxes[j]!;
          if (a.y < c.b && c.y < a.b) pairs.push(`${a.what} × ${c.what}`);
        }
      return { nodes: svg.querySelectorAll("g.hukka-node").length, outside, pairs };
    }, blueprint);
    expect(overlaps).toEqual({ nodes: 300, outside: [], pairs: [] });
    await shot(page, join(shots, "report-300.png"));
  });
});
