// The docs site as a reader meets it: `npm run docs:build`, served on loopback, crawled in Chromium.
// Every internal link resolves (anchors included), no page logs an error, and the gallery's live
// diagrams are drawn by the real `hukka/viz` and answer a click on a journey.
import { spawnSync } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

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
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the docs site", () => {
  test("every page reachable from the home page loads without errors, and no internal link is broken", async () => {
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

    const pages = new Map<string, Set<string>>(); // page path → the ids of its elements
    const links: { from: string; to: string; hash: string }[] = [];
    const queue = ["/index.html"];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      current = path;
      const response = await page.goto(origin + path, { waitUntil: "load" });
      if (!response || response.status() !== 200) {
        errors.push(`${path}: HTTP ${response?.status()}`);
        pages.set(path, new Set());
        continue;
      }
      const { ids, hrefs } = await page.evaluate(() => ({
        ids: Array.from(document.querySelectorAll("[id]"), (e) => e.id),
        hrefs: Array.from(document.querySelectorAll("a[href]"), (a) => (a as HTMLAnchorElement).href),
      }));
      pages.set(path, new Set(ids));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== origin) continue;
        const to = url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
        links.push({ from: path, to, hash: decodeURIComponent(url.hash.slice(1)) });
        if (to.endsWith(".html")) queue.push(to);
      }
    }
    await page.close();

    const broken: string[] = [];
    for (const { from, to, hash } of links) {
      if (pages.has(to)) {
        if (hash && !pages.get(to)!.has(hash)) broken.push(`${from} → ${to}#${hash} (no such anchor)`);
      } else {
        const status = (await fetch(origin + to)).status;
        if (status !== 200) broken.push(`${from} → ${to} (HTTP ${status})`);
      }
    }
    expect([...pages.keys()].length).toBeGreaterThan(20);
    for (const must of ["/guide/concepts.html", "/examples/index.html", "/api/index.html", "/decisions.html"]) {
      expect(pages.has(must), `${must} is linked from the site`).toBe(true);
    }
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
  });
});
