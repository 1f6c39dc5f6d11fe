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
  /** A member's name as its heading or a link to it shows it: without the heading's zero-width space, a call's `()`, an optional `?` or an owner's `Owner.`. */
  const memberName = (text: string) => text.replace(/\u200b/g, "").trim().replace(/(\(\)|\?)$/, "").split(".").pop();
  /** The `main` of an API page. */
  const fetchMain = async (path: string) => {
    const response = await fetch(docs.origin + path);
    expect(response.status, path).toBe(200);
    return parseHTML(await response.text()).document.querySelector("main")!;
  };
  /** Each API page's `main`, fetched once for both tests. */
  const mains = new Map<string, ReturnType<typeof fetchMain>>();
  const main = (path: string) => {
    if (!mains.has(path)) mains.set(path, fetchMain(path));
    return mains.get(path)!;
  };
  /** A member's section of an API page: its heading to the next member's. */
  const section = async (path: string, name: string) => {
    const heading = [...(await main(path)).querySelectorAll("h3")].find((h) => memberName(h.textContent!) === name);
    expect(heading, `${path} has a section for ${name}`).toBeDefined();
    let text = heading!.textContent!;
    for (let e = heading!.nextElementSibling; e && !/^H[23]$/.test(e.tagName); e = e.nextElementSibling) text += `\n${e.textContent}`;
    return text;
  };

  test("the model's types and the reports list their fields with their meaning", async () => {
    const service = await section("/api/hukka.html", "Service");
    for (const field of ["departments", "touchpoints", "transitions", "volume"]) expect(service).toContain(field);
    expect(service).toContain("The id of the department that owns this touchpoint.");
    expect(service).toContain("Customers per year, for yearly totals.");
    expect(await section("/api/hukka.html", "WasteReport")).toContain("the share of customers whose journey is listed");
    expect(await section("/api/hukka.html", "ExpectedValues")).toContain("Probability of ending in a `resolved` outcome".replace(/`/g, ""));
    expect(await section("/api/hukka.html", "LogReport")).toContain("Cases with at least one ping-pong.");
    // analyse's service parameter: its id is the service's id, not a sentence about zod schemas
    expect(await section("/api/hukka.html", "analyse")).not.toContain("zod schemas");
  });

  test("every link inside the reference lands on the member it names, also where two names differ only in case", async () => {
    // TypeDoc writes its own anchors (useHTMLAnchors): MarkovChain and markovChain() are two members of one page
    let links = 0;
    for (const path of ["/api/hukka.html", "/api/hukka/viz.html", "/api/hukka/sql.html"]) {
      for (const a of (await main(path)).querySelectorAll("a[href*='#']:not(.header-anchor)")) {
        const [file, hash] = a.getAttribute("href")!.split("#");
        const target = file === "" ? path : new URL(file!, docs.origin + path).pathname;
        if (!target.startsWith("/api/")) continue;
        const anchor = (await main(target)).querySelector(`[id="${decodeURIComponent(hash!)}"]`);
        // the anchor stands in a paragraph of its own, just before the member's heading
        const heading = anchor?.tagName === "A" ? (anchor.parentElement!.tagName === "P" ? anchor.parentElement! : anchor).nextElementSibling : anchor;
        expect(heading && /^H[1-6]$/.test(heading.tagName) && memberName(heading.textContent!), `${path}: ${a.getAttribute("href")}`).toBe(memberName(a.textContent!));
        links++;
      }
    }
    expect(links).toBeGreaterThan(300);
  });
});
