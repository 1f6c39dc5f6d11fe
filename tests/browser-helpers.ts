// Debian's Chromium for the browser tests, driven by playwright-core (browser downloads are not
// used): which one, and its flags, as scripts/chromium.mjs says for every script that drives it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumExecutable } from "../scripts/chromium.mjs";

const SHARED = Symbol.for("hukka.tests.chromium");

/**
 * Headless Chromium (`chromiumExecutable`), one per test worker: launched by the first file that
 * asks and shared by the files the worker runs after it (vitest keeps a worker's modules and
 * globals from file to file, `isolate: false`). A launch costs one to two seconds of CPU; each
 * file opens its own pages and closes them. The browser is not closed by the files: Playwright
 * ends it when the worker exits (and a closed one is launched anew).
 */
export function launchChromium(): Promise<Browser> {
  const holder = globalThis as { [SHARED]?: Promise<Browser> };
  const shared = holder[SHARED];
  if (shared) return shared.then((browser) => (browser.isConnected() ? browser : ((holder[SHARED] = undefined), launchChromium())));
  const launched = chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  holder[SHARED] = launched;
  launched.catch(() => (holder[SHARED] = undefined));
  return launched;
}

const repo = fileURLToPath(new URL("..", import.meta.url));

const PAGES = Symbol.for("hukka.tests.pages");

/**
 * A page of `browser` at `viewport`, for one test: a page that an earlier test closed is used
 * again instead of a new one. A new page starts a renderer process, about 0.8–1.3 s of CPU across
 * Chromium's processes on two cores; a navigation in a page already open costs about 0.2 s, and
 * opening the Sepsis report 0.8–1.6 s in a page used again against 3.5 s in a new one. The page
 * comes on about:blank, online, with no listeners and no routes; its `close()` hands it back
 * (the browser, and so every page, ends when the worker exits).
 */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const holder = browser as unknown as { [PAGES]?: Page[] };
  const pool = (holder[PAGES] ??= []);
  let page = pool.pop();
  while (page?.isClosed()) page = pool.pop();
  if (page === undefined) {
    const opened = await browser.newPage({ viewport });
    opened.close = async () => {
      opened.removeAllListeners();
      await opened.unrouteAll({ behavior: "ignoreErrors" });
      await opened.context().setOffline(false);
      await opened.goto("about:blank");
      pool.push(opened);
    };
    return opened;
  }
  await page.setViewportSize(viewport);
  return page;
}

/**
 * Chromium for the report tests: the browser bundle the reports inline is built first when
 * `dist/` lacks it (a file run on its own, before any build), and `tests/out/` made for screenshots.
 */
export function launchForReports(): Promise<Browser> {
  if (!existsSync(`${repo}dist/viz.global.js`)) execFileSync("npx", ["tsup"], { cwd: repo, stdio: "ignore" });
  mkdirSync(`${repo}tests/out`, { recursive: true });
  return launchChromium();
}

/**
 * Opens a report file in a new page, offline as a reader opens a saved report: any request that
 * is not the file itself is refused and recorded, console errors and warnings, exceptions and
 * dialogs are collected; resolves once the report says it is ready.
 */
export async function openReport(browser: Browser, file: string, viewport = { width: 1440, height: 900 }) {
  const page = await openPage(browser, viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = pathToFileURL(file).href;
  await page.route("**/*", (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("html[data-hukka-ready]", { timeout: 30_000 });
  return { page, errors, requests, dialogs };
}

/**
 * Screenshots are for a person to look at (`tests/out/`), not something a test asserts: they are
 * taken only with `HUKKA_SCREENSHOTS=1` (`HUKKA_SCREENSHOTS=1 npm test`), which keeps the PNG
 * encoding of tall pages out of every other run.
 */
export const SCREENSHOTS = process.env.HUKKA_SCREENSHOTS === "1";

/** What is on screen (a page's viewport, or one element) as a PNG at `path`, with `HUKKA_SCREENSHOTS=1`. */
export async function screenshot(target: Page | Locator, path: string): Promise<void> {
  if (SCREENSHOTS) await target.screenshot({ path });
}

/** The whole page as a PNG at `path`, with `HUKKA_SCREENSHOTS=1`: the viewport grown to the document's height (Chromium's fullPage can stall here). */
export async function screenshotPage(page: Page, path: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(height, 6000) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
}
