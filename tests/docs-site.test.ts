// The docs site as a reader meets it: `npm run docs:build`, served on loopback, crawled in Chromium.
// Every internal link resolves (anchors included), no page logs an error, the live diagrams are
// drawn by the real `hukka/viz` on the guide and example pages (the gallery's answer a click on a
// journey), and "analyse your own log" reads a real log in the page without any request leaving it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser-helpers.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import healthCentre from "../examples/health-centre/service.json";
import { dataPath, testWithLog } from "./logs-helpers.js";
import { hasLog } from "./real-log-sources.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const site = join(repo, "docs/.vitepress/dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

let server: Server;
let browser: Browser;
let origin: string;
/** The pages the link crawl found, for the browser pass. */
let siteMap: string[] = [];
/** Pages whose server-rendered HTML cites the design file, which is not part of the repository. */
let citesDesign: string[] = [];
/** What the one browser pass over the site found: errors by page, and the pages that drew a live diagram. */
const visited = { errors: [] as string[], live: [] as string[], missingLog: [] as string[], pages: 0 };

/** The real-data example pages and the log each draws at build time (its note replaces the figures when the log is missing). */
const REAL_DATA_PAGES: [string, string][] = [
  ["/examples/sepsis.html", "sepsis/sepsis.csv"],
  ["/examples/receipt.html", "receipt/receipt.csv"],
  ["/examples/incidents.html", "bpic2013/07_bpic2013_incidents.xes.gz"],
];

/** A static server for the built site, like any host: `/x/` → `/x/index.html`, unknown → 404. */
function serve(dir: string): Promise<Server> {
  const s = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/html" }).end(await readFile(join(dir, "404.html")).catch(() => ""));
    }
  });
  // fetch keeps connections alive: a server closing an idle one (5 s by default) while the next
  // request is sent resets it on a busy machine
  s.keepAliveTimeout = 120_000;
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

/** The ids of a page's elements and the targets of its links, read in one streaming pass (no DOM is built). */
function idsAndLinks(html: string): { ids: Set<string>; hrefs: string[] } {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id !== undefined) ids.add(attributes.id);
      if (name === "a" && attributes.href !== undefined) hrefs.push(attributes.href);
    },
  });
  parser.end(html);
  return { ids, hrefs };
}

/** Opens a page, collecting console errors, uncaught exceptions and failed same-origin requests. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("response", (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

beforeAll(async () => {
  // HUKKA_DOCS_BUILT=1 reuses a site just built by `npm run docs:build`.
  if (process.env.HUKKA_DOCS_BUILT !== "1") {
    const build = spawnSync("npm", ["run", "docs:build", "--silent"], { cwd: repo, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run docs:build failed:\n${build.stdout}\n${build.stderr}`);
  }
  server = await serve(site);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the docs site", () => {
  test("no internal link is broken: every page and anchor linked from the home page exists", async () => {
    // Read as a crawler reads it: the server-rendered HTML of each page holds its links and anchors.
    const pages = new Map<string, Set<string>>(); // page path → the ids of its elements
    const links: { from: string; to: string; hash: string }[] = [];
    const broken: string[] = [];
    const queue = ["/index.html"];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      const response = await fetch(origin + path);
      if (response.status !== 200) {
        pages.set(path, new Set());
        broken.push(`${path} (HTTP ${response.status})`);
        continue;
      }
      const html = await response.text();
      if (/\bDESIGN\b/.test(html)) citesDesign.push(path);
      const { ids, hrefs } = idsAndLinks(html);
      pages.set(path, ids);
      for (const href of hrefs) {
        const url = new URL(href, origin + path);
        if (url.origin !== origin) continue;
        const to = url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
        links.push({ from: path, to, hash: decodeURIComponent(url.hash.slice(1)) });
        if (to.endsWith(".html")) queue.push(to);
      }
    }
    for (const { from, to, hash } of links) {
      if (pages.has(to)) {
        if (hash && !pages.get(to)!.has(hash)) broken.push(`${from} → ${to}#${hash} (no such anchor)`);
      } else if (!to.endsWith(".html")) {
        const status = (await fetch(origin + to)).status;
        if (status !== 200) broken.push(`${from} → ${to} (HTTP ${status})`);
      }
    }
    siteMap = [...pages.keys()];
    expect(siteMap.length).toBeGreaterThan(20);
    for (const must of ["/guide/concepts.html", "/examples/index.html", "/api/index.html", "/decisions.html"]) {
      expect(pages.has(must), `${must} is linked from the site`).toBe(true);
    }
    expect(broken).toEqual([]);
  }, 180_000);

  test("every guide, example and decisions page (and a sample of the API reference) loads in Chromium without errors", async () => {
    // One pass over the site in one page: each page loads without an error, and the guide and
    // example pages are also waited on until their live diagrams have drawn (read by the next describe).
    const paths = siteMap.filter((p) => !p.startsWith("/api/") || /^\/api\/(hukka\/(viz\/)?)?index\.html$|functions\/analyse\.html$/.test(p));
    expect(paths.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    let current = "";
    page.on("console", (m) => {
      if (m.type() === "error") visited.errors.push(`${current}: console: ${m.text()}`);
    });
    page.on("pageerror", (e) => visited.errors.push(`${current}: exception: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) visited.errors.push(`${current}: HTTP ${r.status()} ${r.url().replace(origin, "")}`);
    });
    for (const path of paths) {
      current = path;
      await page.goto(origin + path, { waitUntil: "load" });
      if (/^\/(guide|examples)\//.test(path)) {
        await drawn(page);
        if ((await page.locator("[data-hukka-live] svg[data-hukka]").count()) > 0) visited.live.push(path);
        if ((await page.locator("[data-hukka-missing-log]").count()) > 0) visited.missingLog.push(path);
      }
      visited.pages++;
    }
    await page.close();
    expect(visited.errors).toEqual([]);
  }, 240_000);

  test("the gallery draws the health-centre example live: blueprint, journeys, wander line, breakdown", async () => {
    const { page, errors } = await open(`${origin}/examples/index.html`);
    const live = page.locator(".hukka-live");
    await live.locator('svg[data-hukka="blueprint"]').waitFor();
    // every touchpoint of the example is a node of the blueprint, found by its id
    for (const t of healthCentre.touchpoints) {
      await expect(live.locator(`svg[data-hukka="blueprint"] [data-touchpoint="${t.id}"]`).count()).resolves.toBe(1);
    }
    expect(await live.locator("[data-journey]").count()).toBeGreaterThan(1);
    expect(await live.locator('svg[data-hukka="wander-line"]').count()).toBe(1);
    expect(await live.locator('svg[data-hukka="waste-breakdown"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("clicking a journey in the gallery highlights it and its path in the blueprint", async () => {
    const { page, errors } = await open(`${origin}/examples/index.html`);
    const live = page.locator(".hukka-live");
    const item = live.locator('[data-journey="1"]');
    await item.waitFor();
    const path = await page.evaluate(async () => {
      // the journey's path, from the same analysis the page ran: its touchpoint names in order
      const text = document.querySelector('[data-journey="1"] .hukka-journey-path')?.textContent ?? "";
      return text.split(" → ");
    });
    await item.locator("button").click();
    expect(await item.getAttribute("data-highlighted")).toBe("");
    const highlighted = live.locator('svg[data-hukka="blueprint"] [data-touchpoint][data-highlighted]');
    expect(await highlighted.count()).toBe(new Set(path).size);
    expect(await live.locator('svg[data-hukka="blueprint"] [data-from][data-highlighted]').count()).toBeGreaterThan(0);
    // only one journey is highlighted at a time
    await live.locator('[data-journey="0"] button').click();
    expect(await live.locator("[data-journey][data-highlighted]").count()).toBe(1);
    expect(await item.getAttribute("data-highlighted")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test("hovering a touchpoint in the gallery shows its tooltip; Ctrl + wheel zooms the blueprint", async () => {
    const { page, errors } = await open(`${origin}/examples/index.html`);
    const live = page.locator(".hukka-live");
    const node = live.locator('svg[data-hukka="blueprint"] [data-touchpoint="call"]');
    await node.waitFor();
    await node.hover();
    const tooltip = live.locator('[data-hukka="tooltip"]');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    expect(await tooltip.textContent()).toContain(healthCentre.touchpoints.find((t) => t.id === "call")!.name);

    const viewport = live.locator('svg[data-hukka="blueprint"] .hukka-viewport');
    const before = await viewport.getAttribute("transform");
    const box = (await live.locator('svg[data-hukka="blueprint"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    // the wheel alone scrolls the page; with Ctrl it zooms
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await page.waitForTimeout(300);
    expect(await viewport.getAttribute("transform")).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the gallery switches to the redesigned service and back", async () => {
    const { page, errors } = await open(`${origin}/examples/index.html`);
    const live = page.locator(".hukka-live");
    await live.locator('svg[data-hukka="blueprint"]').waitFor();
    // the redesign merges the phone service into the health centre: its lane disappears
    const phoneLane = live.locator('svg[data-hukka="blueprint"] [data-department="contact-centre"]');
    expect(await phoneLane.count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "After the redesign" }).click();
    await live.locator('.hukka-live-report[data-variant="redesign"] svg[data-hukka="blueprint"]').waitFor();
    expect(await phoneLane.count()).toBe(0);
    expect(await live.locator('svg[data-hukka="blueprint"]').count()).toBe(1);
    await page.getByRole("button", { name: "The service today" }).click();
    await live.locator('.hukka-live-report[data-variant="today"] svg[data-hukka="blueprint"]').waitFor();
    expect(await phoneLane.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Waits until every live figure of the page has drawn (the own-log page's waits for a file). */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("[data-hukka-live]")].every(
        (e) => e.closest("[data-hukka-own-log]") !== null || e.querySelector("svg[data-hukka]") !== null,
      ),
    null,
    { timeout: 30_000 },
  );
}

/** The text of each `[data-line]` of a live figure's caption, by key. */
async function captionLines(page: Page, figure: number): Promise<Record<string, string>> {
  const lines = page.locator("figure[data-hukka-live]").nth(figure).locator("[data-line]");
  const out: Record<string, string> = {};
  for (let i = 0; i < (await lines.count()); i++) out[(await lines.nth(i).getAttribute("data-line"))!] = (await lines.nth(i).textContent())!;
  return out;
}

/** The log figures shown on a page, label → text. */
async function logFigures(page: Page): Promise<Map<string, string>> {
  const figures = page.locator("[data-figure]");
  const out = new Map<string, string>();
  for (let i = 0; i < (await figures.count()); i++) {
    out.set((await figures.nth(i).getAttribute("data-figure"))!, (await figures.nth(i).locator("dd").textContent())!.trim());
  }
  return out;
}

describe("the docs site's live diagrams", () => {
  test("no page and no README line cites the design file (the docs stand alone)", () => {
    expect(siteMap.length).toBeGreaterThan(20);
    expect(citesDesign).toEqual([]);
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").split("\n");
    expect(readme.filter((line) => /\bDESIGN\b/.test(line))).toEqual([]);
  });

  test("live diagrams are drawn on at least 8 pages, each without a console error", () => {
    // the browser pass above waited on every guide and example page until its diagrams drew
    expect(visited.pages).toBeGreaterThan(10);
    expect(visited.errors).toEqual([]);
    // a real-data page whose log was missing at build time says so instead (outside CI only: on CI the build fails)
    const missing = REAL_DATA_PAGES.filter(([, log]) => !hasLog(log)).map(([path]) => path);
    expect(visited.missingLog).toEqual(missing);
    for (const must of [
      "/guide/getting-started.html",
      "/guide/concepts.html",
      "/guide/modelling.html",
      "/guide/event-logs.html",
      "/guide/redesign.html",
      "/examples/index.html",
      "/examples/health-centre.html",
      ...REAL_DATA_PAGES.map(([path]) => path).filter((path) => !missing.includes(path)),
    ]) {
      expect(visited.live, `${must} draws a live diagram`).toContain(must);
    }
    expect(visited.live.length).toBeGreaterThanOrEqual(8 - missing.length);
  });

  test("the concepts page draws a hand-off, a ping-pong, a revisit and the excess over the ideal route, with their counts", async () => {
    const { page, errors } = await open(`${origin}/guide/concepts.html`);
    await drawn(page);
    // each figure is a blueprint and a wander line of one journey
    for (let i = 0; i < 4; i++) {
      const figure = page.locator("figure[data-hukka-live]").nth(i);
      expect(await figure.locator('svg[data-hukka="blueprint"]').count()).toBe(1);
      expect(await figure.locator('svg[data-hukka="wander-line"]').count()).toBe(1);
    }
    // desk → back office
    expect((await captionLines(page, 0)).counts).toMatch(/^1 hand-off · 0 ping-pongs · 0 revisits · /);
    // desk → back office → desk → desk: D = desk, back office, desk
    expect((await captionLines(page, 1)).counts).toMatch(/^2 hand-offs · 1 ping-pong · 1 revisit · /);
    // desk → back office → field → desk: back after a detour, no ping-pong
    expect((await captionLines(page, 2)).counts).toMatch(/^3 hand-offs · 0 ping-pongs · 1 revisit · /);
    // ideal: 15 + 30 + 20 = 65 minutes; the detour: 15 + 2880 + 20 + 1440 + 20 = 4375, excess 4310 min ≈ 3 days,
    // taken by 20 % of customers: 862 min ≈ 14 h of the average customer's time
    const ideal = await captionLines(page, 3);
    expect(ideal.ideal).toBe("Ideal route: Apply at the desk → Decision → Permit granted — 1.1 h, 0 hand-offs");
    expect(ideal.path).toBe("Journey: Apply at the desk → Back-office check → Decision → Permit granted");
    expect(ideal.excess).toMatch(/^Excess: 3 days for each customer on this path; with probability 20%, 14 h of the average customer's time/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the event-logs guide reads, measures and mines its small log in the page", async () => {
    const { page, errors } = await open(`${origin}/guide/event-logs.html`);
    await drawn(page);
    const figures = await logFigures(page);
    // counted by hand in the guide's text: 4 cases; 1 + 3 + 0 + 3 hand-offs; 2 + 1 ping-pongs
    expect(figures.get("cases")).toBe("4");
    expect(figures.get("events")).toBe("14");
    expect(figures.get("hand-offs")).toBe("7");
    expect(figures.get("ping-pongs")).toBe("3");
    expect(await page.locator('[data-hukka-live] svg[data-hukka="blueprint"] [data-department="field"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the redesign guide draws the model before and after: the merged contact centre's lane is gone", async () => {
    const { page, errors } = await open(`${origin}/guide/redesign.html`);
    await drawn(page);
    const before = page.locator('[data-side="before"] svg[data-hukka="blueprint"]');
    const after = page.locator('[data-side="after"] svg[data-hukka="blueprint"]');
    expect(await before.locator('[data-department="contact-centre"]').count()).toBeGreaterThan(0);
    expect(await after.locator("[data-department]").count()).toBeGreaterThan(0);
    expect(await after.locator('[data-department="contact-centre"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // the logs' sizes as their publishers give them, and receipt's hand-offs as the CLI counts them
  const expectedFigures: Record<string, Record<string, string>> = {
    "/examples/sepsis.html": { cases: "1,050", events: "15,214" },
    "/examples/receipt.html": { cases: "1,434", events: "8,577", "hand-offs": "3,853" },
    "/examples/incidents.html": { cases: "7,554", events: "65,533" },
  };
  for (const [path, log] of REAL_DATA_PAGES) {
    testWithLog(`${path} shows its log's own figures and draws the service mined from it`, log, async () => {
      const { page, errors } = await open(origin + path);
      await drawn(page);
      const figures = await logFigures(page);
      for (const [label, value] of Object.entries(expectedFigures[path]!)) expect(figures.get(label), `${path} ${label}`).toBe(value);
      expect(await page.locator('[data-hukka-live] svg[data-hukka="blueprint"] [data-touchpoint]').count()).toBeGreaterThan(3);
      expect(await page.locator("[data-hukka-live] [data-journey]").count()).toBeGreaterThan(0);
      expect(await page.textContent("main")).toContain("doi:10.4121/uuid:");
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** Chooses receipt.csv's case, activity, timestamp, department and missing marker on the own-log page. */
async function chooseReceiptColumns(page: Page): Promise<void> {
    await page.locator('select[name="case"]').selectOption("case:concept:name");
    await page.locator('select[name="activity"]').selectOption("concept:name");
    await page.locator('select[name="timestamp"]').selectOption("time:timestamp");
    await page.locator('select[name="department"]').selectOption("org:group");
    await page.locator('input[name="missing"]').fill("EMPTY");
}

describe("analyse your own log, in the page", () => {
  /** Opens the page, recording every request the page makes. */
  async function ownLogPage() {
    const opened = await open(`${origin}/guide/your-own-log.html`);
    const requests: string[] = [];
    opened.page.on("request", (r) => requests.push(r.url()));
    return { ...opened, requests };
  }

  testWithLog("receipt.csv with its columns chosen: 3,853 hand-offs and the report drawn, with no request beyond the site, offline", "receipt/receipt.csv", async () => {
    const { page, errors, requests } = await ownLogPage();
    // once the page has loaded it needs no network at all: the file is read in the page
    await page.locator("[data-hukka-own-log][data-ready]").waitFor();
    await page.context().setOffline(true);
    await page.locator("[data-hukka-file]").setInputFiles(dataPath("receipt/receipt.csv"));
    // the choices are the file's own columns
    const header = readFileSync(dataPath("receipt/receipt.csv"), "utf8").split(/\r?\n/, 1)[0]!.split(",");
    const options = await page.locator('select[name="case"] option').allTextContents();
    expect(options).toEqual(header);
    await chooseReceiptColumns(page);
    await page.locator("[data-hukka-analyse]").click();
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor({ timeout: 60_000 });
    const figures = await logFigures(page);
    expect(figures.get("cases")).toBe("1,434");
    expect(figures.get("hand-offs")).toBe("3,853");
    expect(await page.locator("[data-hukka-progress]").getAttribute("value")).toBe("1");
    expect(await page.locator('[data-hukka-live] svg[data-hukka="waste-breakdown"]').count()).toBeGreaterThan(0);
    expect(await page.locator("[data-hukka-live] [data-journey]").count()).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    // offline, the site's own prefetch of the pages it links to fails: that is the site, not the analysis
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.close();
  }, 120_000);

  testWithLog("receipt.csv with a Dutch office calendar: every wait on both clocks, the headline too; a bad calendar file lists its problems", "receipt/receipt.csv", async () => {
    const { page, errors, requests } = await ownLogPage();
    await page.locator("[data-hukka-own-log][data-ready]").waitFor();
    await page.locator("[data-hukka-file]").setInputFiles(dataPath("receipt/receipt.csv"));
    await chooseReceiptColumns(page);
    await page.locator('select[name="calendar"]').selectOption("nl-office");
    await page.locator("[data-hukka-analyse]").click();
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor({ timeout: 60_000 });
    const figures = await logFigures(page);
    // the figures of the guide's worked example (Working time), which `hukka mine --calendar` prints
    expect(figures.get("mean case time, on both clocks")).toBe("5.4 days, of which 3.8 working days of 8 h");
    expect(figures.get("working day")).toBe("8 h (Europe/Amsterdam)");
    expect(await page.locator(".hukka-headline").first().textContent()).toMatch(/spends 5\.4 days, of which 3\.8 working days of 8 h, and/);
    // an invalid calendar file of one's own
    await page.locator('select[name="calendar"]').selectOption("file");
    await page.locator('input[name="calendar-file"]').setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{ "timezone": "Helsinki", "week": { "mon": ["8-16"] } }') });
    await page.locator("[data-hukka-analyse]").click();
    await page.locator("[data-hukka-error]").waitFor();
    const error = await page.locator("[data-hukka-error]").textContent();
    expect(error).toContain('timezone: unknown time zone "Helsinki"');
    expect(error).toContain('week.mon[0]: invalid range "8-16"');
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  testWithLog("the same log as gzip-compressed XES, attributes offered from the file, gives the same hand-offs", "receipt/08_receipt.xes.gz", async () => {
    const { page, errors, requests } = await ownLogPage();
    await page.locator("[data-hukka-file]").setInputFiles(dataPath("receipt/08_receipt.xes.gz"));
    const attributes = await page.locator('select[name="department"] option').allTextContents();
    expect(attributes).toContain("org:group");
    expect(attributes).toContain("time:timestamp");
    await page.locator('select[name="department"]').selectOption("org:group");
    await page.locator('input[name="missing"]').fill("EMPTY");
    await page.locator("[data-hukka-analyse]").click();
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor({ timeout: 60_000 });
    expect((await logFigures(page)).get("hand-offs")).toBe("3,853");
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("a model JSON file is analysed and drawn; a bad one lists its problems", async () => {
    const { page, errors, requests } = await ownLogPage();
    await page.locator("[data-hukka-file]").setInputFiles(fileURLToPath(new URL("../examples/health-centre/service.json", import.meta.url)));
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor();
    for (const t of healthCentre.touchpoints) {
      expect(await page.locator(`[data-hukka-live] svg[data-hukka="blueprint"] [data-touchpoint="${t.id}"]`).count()).toBe(1);
    }
    const broken = { ...healthCentre, touchpoints: healthCentre.touchpoints.map((t, i) => (i === 1 ? { ...t, department: "radiology" } : t)) };
    await page.locator("[data-hukka-file]").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.locator("[data-hukka-error]").waitFor();
    expect(await page.locator("[data-hukka-error]").textContent()).toContain('touchpoints[1].department: unknown department "radiology"');
    expect(await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the API pages", () => {
  test("the model's types and the reports list their fields with their meaning", async () => {
    const text = async (path: string) => {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      return parseHTML(await response.text()).document.querySelector("main")!.textContent!;
    };
    const service = await text("/api/hukka/interfaces/Service.html");
    for (const field of ["departments", "touchpoints", "transitions", "volume"]) expect(service).toContain(field);
    expect(service).toContain("The id of the department that owns this touchpoint.");
    expect(service).toContain("Customers per year, for yearly totals.");
    const report = await text("/api/hukka/interfaces/WasteReport.html");
    expect(report).toContain("the share of customers whose journey is listed");
    expect(await text("/api/hukka/interfaces/ExpectedValues.html")).toContain("Probability of ending in a `resolved` outcome".replace(/`/g, ""));
    expect(await text("/api/hukka/interfaces/LogReport.html")).toContain("Cases with at least one ping-pong.");
    // analyse's service parameter: its id is the service's id, not a sentence about zod schemas
    const analyse = await text("/api/hukka/functions/analyse.html");
    expect(analyse).not.toContain("zod schemas");
  });
});
