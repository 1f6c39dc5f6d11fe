// The docs site as a crawler reads it (`npm run docs:build`, served on loopback): every internal
// link and anchor resolves, no page cites the design file, and the API reference explains the
// model's and the reports' fields. The site is built once per run (tests/docs-sequencer.ts).
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { crawlSite, useDocsSite, type CrawledPage } from "./docs-site-helpers.js";

const docs = useDocsSite({ browser: false });
/** The pages the crawl found, for the tests after it. */
let pages = new Map<string, CrawledPage>();

describe("the docs site", () => {
  test("no internal link is broken: every page and anchor linked from the home page exists", async () => {
    pages = await crawlSite(docs.origin);
    const broken: string[] = [];
    for (const [path, page] of pages) if (page.status !== 200) broken.push(`${path} (HTTP ${page.status})`);
    for (const [from, page] of pages) {
      for (const { to, hash } of page.links) {
        const target = pages.get(to);
        if (target) {
          if (hash && target.status === 200 && !target.ids.has(hash)) broken.push(`${from} → ${to}#${hash} (no such anchor)`);
        } else if (!to.endsWith(".html")) {
          const status = (await fetch(docs.origin + to)).status;
          if (status !== 200) broken.push(`${from} → ${to} (HTTP ${status})`);
        }
      }
    }
    expect(pages.size).toBeGreaterThan(20);
    for (const must of ["/guide/concepts.html", "/examples/index.html", "/api/index.html", "/decisions.html"]) {
      expect(pages.has(must), `${must} is linked from the site`).toBe(true);
    }
    expect(broken).toEqual([]);
  }, 180_000);

  test("no page and no README line cites the design file (the docs stand alone)", () => {
    expect(pages.size).toBeGreaterThan(20);
    expect([...pages].filter(([, page]) => page.citesDesign).map(([path]) => path)).toEqual([]);
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").split("\n");
    expect(readme.filter((line) => /\bDESIGN\b/.test(line))).toEqual([]);
  });
});

describe("the API pages", () => {
  test("the model's types and the reports list their fields with their meaning", async () => {
    const text = async (path: string) => {
      const response = await fetch(docs.origin + path);
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
