// Every guide, example and decisions page of the docs site, and the API reference (one page per
// entry point), loads in Chromium without an error, and the live diagrams draw on the pages that have them.
// The pages tests/docs-site-live.test.ts opens and holds to the same are left to it
// (`LIVE_TESTED_PAGES`). The site is built once per run (tests/docs-sequencer.ts).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { crawlSite, drawn, leftToLiveTests, LIVE_TESTED_PAGES, REAL_DATA_PAGES, useDocsSite } from "./docs-site-helpers.js";
import { openPage } from "./browser-helpers.js";
import { hasLog } from "./real-log-sources.js";

const docs = useDocsSite();
/** What the one browser pass over the site found: errors by page, and the pages that drew a live diagram. */
const visited = { errors: [] as string[], live: [] as string[], missingLog: [] as string[], pages: 0 };

describe("the docs site in Chromium", () => {
  test("every guide, example, decisions and API reference page loads in Chromium without errors, the live tests' pages in their file", async () => {
    // One pass over the site in one page: each page loads without an error, and the guide and
    // example pages are also waited on until their live diagrams have drawn (read by the next test).
    const siteMap = [...(await crawlSite(docs.origin)).keys()];
    for (const path of ["/api/index.html", "/api/hukka.html", "/api/hukka/viz.html", "/api/hukka/sql.html"]) expect(siteMap).toContain(path);
    // the pages the live tests load and hold to no error are there, and are left to them
    for (const path of LIVE_TESTED_PAGES) expect(siteMap, `${path} is linked from the site`).toContain(path);
    const paths = siteMap.filter((p) => !leftToLiveTests(p));
    expect(paths.length).toBeGreaterThan(10);
    const page = await openPage(docs.browser);
    let current = "";
    page.on("console", (m) => {
      if (m.type() === "error") visited.errors.push(`${current}: console: ${m.text()}`);
    });
    page.on("pageerror", (e) => visited.errors.push(`${current}: exception: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) visited.errors.push(`${current}: HTTP ${r.status()} ${r.url().replace(docs.origin, "")}`);
    });
    for (const path of paths) {
      current = path;
      await page.goto(docs.origin + path, { waitUntil: "load" });
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

  test("live diagrams are drawn on at least 8 pages, each without a console error", () => {
    // the browser pass above waited on every guide and example page until its diagrams drew
    expect(visited.pages).toBeGreaterThan(10);
    expect(visited.errors).toEqual([]);
    // a real-data page whose log was missing at build time says so instead (outside CI only: on CI the build fails)
    const missing = REAL_DATA_PAGES.filter(([, log]) => !hasLog(log)).map(([path]) => path);
    expect(visited.missingLog).toEqual(missing);
    for (const must of ["/guide/getting-started.html", "/guide/modelling.html", "/examples/health-centre.html"]) {
      expect(visited.live, `${must} draws a live diagram`).toContain(must);
    }
    // the pages left to the live tests draw there: each of those tests waits on its page's diagrams
    const left = LIVE_TESTED_PAGES.filter(leftToLiveTests);
    const liveTests = readFileSync(new URL("./docs-site-live.test.ts", import.meta.url), "utf8");
    for (const path of left.filter((p) => !REAL_DATA_PAGES.some(([page]) => page === p))) expect(liveTests, `the live tests open ${path}`).toContain(`docs.open(\`${path}\`)`);
    expect(liveTests).toContain("for (const [path, log] of REAL_DATA_PAGES)");
    expect(visited.live.length + left.length).toBeGreaterThanOrEqual(8 - missing.length);
  });
});
