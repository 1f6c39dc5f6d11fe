// What the docs-site tests share: the built site (built once per run, see tests/docs-sequencer.ts),
// a static server for it, one Chromium, and the readers of what a page shows.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "htmlparser2";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, openPage } from "./browser-helpers.js";
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

/** The real-data example pages and the log each draws at build time (its note replaces the figures when the log is missing). */
export const REAL_DATA_PAGES: [string, string][] = [
  ["/examples/sepsis.html", "sepsis/sepsis.csv"],
  ["/examples/receipt.html", "receipt/receipt.csv"],
  ["/examples/incidents.html", "bpic2013/07_bpic2013_incidents.xes.gz"],
];

/**
 * The pages tests/docs-site-live.test.ts opens, waits on until they have drawn, and holds to no
 * console error, exception or failed request. The crawl of tests/docs-site-pages.test.ts leaves
 * them to it: a second load of each cost 0.7–1.2 s of Chromium's CPU. A real-data page whose log
 * is missing is crawled after all (its note replaces the figures, and the live test skips).
 */
export const LIVE_TESTED_PAGES: string[] = ["/examples/index.html", "/guide/concepts.html", "/guide/event-logs.html", "/guide/redesign.html", ...REAL_DATA_PAGES.map(([path]) => path)];

/** Whether the crawl leaves `path` to tests/docs-site-live.test.ts (see `LIVE_TESTED_PAGES`). */
export const leftToLiveTests = (path: string): boolean =>
  LIVE_TESTED_PAGES.includes(path) && !REAL_DATA_PAGES.some(([page, log]) => page === path && !hasLog(log));

/**
 * Resolves when the site is built: by the run's background build (HUKKA_DOCS_BUILD_STATUS, started
 * by the sequencer), or — in a run without it — by building here. Rejects with the build's output
 * when it failed.
 */
async function builtSite(): Promise<void> {
  const status = process.env.HUKKA_DOCS_BUILD_STATUS;
  if (!status) {
    if (process.env.HUKKA_DOCS_BUILT === "1") return;
    const build = spawnSync("npm", ["run", "docs:build", "--silent"], { cwd: repo, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run docs:build failed:\n${build.stdout}\n${build.stderr}`);
    return;
  }
  while (!existsSync(status)) await new Promise((resolve) => setTimeout(resolve, 250));
  // the file is written in one call; read it again if it was caught half-written
  let outcome: { code: number | null; log: string | null; error?: string } | undefined;
  while (outcome === undefined) {
    try {
      outcome = JSON.parse(readFileSync(status, "utf8"));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (outcome!.code !== 0) {
    throw new Error(`npm run docs:build failed (exit ${outcome!.code}${outcome!.error ? `, ${outcome!.error}` : ""}):\n${outcome!.log ? readFileSync(outcome!.log, "utf8").slice(-8000) : ""}`);
  }
}

/** A static server for the built site, like any host: `/x/` → `/x/index.html`, unknown → 404, `/assets/` cached for good. */
function serve(dir: string): Promise<Server> {
  const s = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      // VitePress's hashed assets cached for good, as its deploy guide asks of a host: Chromium then
      // compiles the site's scripts once (V8's code cache), not on every page of the crawl
      const cache = path.startsWith("/assets/") ? { "cache-control": "public, max-age=31536000, immutable" } : {};
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...cache }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/html" }).end(await readFile(join(dir, "404.html")).catch(() => ""));
    }
  });
  // fetch keeps connections alive: a server closing an idle one (5 s by default) while the next
  // request is sent resets it on a busy machine
  s.keepAliveTimeout = 120_000;
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

/** The built site, served on loopback, and a Chromium to read it with. */
export interface DocsSite {
  origin: string;
  browser: Browser;
  /** Opens a page, collecting console errors, uncaught exceptions and failed same-origin requests. */
  open(path: string): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Waits for the built site, serves it and takes the worker's Chromium before the file's tests
 * (and stops serving after them). The returned object is filled in before the first test runs.
 */
export function useDocsSite(options: { browser?: boolean } = {}): DocsSite {
  let server: Server | undefined;
  const docs = {} as DocsSite;
  beforeAll(async () => {
    await builtSite();
    server = await serve(site);
    docs.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (options.browser !== false) docs.browser = await launchChromium();
    docs.open = async (path) => {
      const page = await openPage(docs.browser);
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
      page.on("response", (r) => {
        if (r.url().startsWith(docs.origin) && r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
      });
      await page.goto(docs.origin + path, { waitUntil: "load" });
      return { page, errors };
    };
  }, 900_000);
  afterAll(() => {
    server?.close();
  });
  return docs;
}

/** The ids of a page's elements and the targets of its links, read in one streaming pass (no DOM is built). */
export function idsAndLinks(html: string): { ids: Set<string>; hrefs: string[] } {
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

/** A page of the site as the crawl read it: its element ids and its same-site links. */
export interface CrawledPage {
  status: number;
  ids: Set<string>;
  links: { to: string; hash: string }[];
  citesDesign: boolean;
}

/** Every page reachable from the home page by same-site links, read as a crawler reads it (the server-rendered HTML). */
export async function crawlSite(origin: string): Promise<Map<string, CrawledPage>> {
  const pages = new Map<string, CrawledPage>();
  const queue = ["/index.html"];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await fetch(origin + path);
    if (response.status !== 200) {
      await response.arrayBuffer();
      pages.set(path, { status: response.status, ids: new Set(), links: [], citesDesign: false });
      continue;
    }
    const html = await response.text();
    const { ids, hrefs } = idsAndLinks(html);
    const links: CrawledPage["links"] = [];
    for (const href of hrefs) {
      const url = new URL(href, origin + path);
      if (url.origin !== origin) continue;
      const to = url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
      links.push({ to, hash: decodeURIComponent(url.hash.slice(1)) });
      if (to.endsWith(".html")) queue.push(to);
    }
    pages.set(path, { status: 200, ids, links, citesDesign: /\bDESIGN\b/.test(html) });
  }
  return pages;
}

/** Waits until every live figure of the page has drawn (the own-log page's waits for a file). */
export async function drawn(page: Page): Promise<void> {
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
export async function captionLines(page: Page, figure: number): Promise<Record<string, string>> {
  const lines = page.locator("figure[data-hukka-live]").nth(figure).locator("[data-line]");
  const out: Record<string, string> = {};
  for (let i = 0; i < (await lines.count()); i++) out[(await lines.nth(i).getAttribute("data-line"))!] = (await lines.nth(i).textContent())!;
  return out;
}

/** The log figures shown on a page, label → text. */
export async function logFigures(page: Page): Promise<Map<string, string>> {
  const figures = page.locator("[data-figure]");
  const out = new Map<string, string>();
  for (let i = 0; i < (await figures.count()); i++) {
    out.set((await figures.nth(i).getAttribute("data-figure"))!, (await figures.nth(i).locator("dd").textContent())!.trim());
  }
  return out;
}
