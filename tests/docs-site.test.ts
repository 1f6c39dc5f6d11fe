// The docs site as a reader meets it: `npm run docs:build`, served on loopback, crawled in Chromium.
// Every internal link resolves (anchors included), no page logs an error, and the gallery's live
// diagrams are drawn by the real `hukka/viz` and answer a click on a journey.
import { spawnSync } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import healthCentre from "../examples/health-centre/service.json";

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
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
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
  await page.goto(url, { waitUntil: "networkidle" });
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
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
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
      const { document } = parseHTML(await response.text());
      pages.set(path, new Set(Array.from(document.querySelectorAll("[id]"), (e) => e.id)));
      for (const a of document.querySelectorAll("a[href]")) {
        const url = new URL(a.getAttribute("href")!, origin + path);
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
  });

  test("every guide, example and decisions page (and a sample of the API reference) loads in Chromium without errors", async () => {
    const paths = siteMap.filter((p) => !p.startsWith("/api/") || /^\/api\/(hukka\/(viz\/)?)?index\.html$|functions\/analyse\.html$/.test(p));
    expect(paths.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    const errors: string[] = [];
    let current = "";
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${current}: console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${current}: exception: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${current}: HTTP ${r.status()} ${r.url().replace(origin, "")}`);
    });
    for (const path of paths) {
      current = path;
      await page.goto(origin + path, { waitUntil: "load" });
    }
    await page.close();
    expect(errors).toEqual([]);
  }, 180_000);

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
