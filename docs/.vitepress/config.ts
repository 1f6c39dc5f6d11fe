import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type DefaultTheme } from "vitepress";

// The docs site (`npm run docs:build`, `npm run docs:dev`). The decisions pages and the API
// reference are written by others / generated, so their sidebar entries are read from disk.
const docs = fileURLToPath(new URL("..", import.meta.url));

/** Title of a markdown page: its first `# ` heading, else its file name. */
function titleOf(file: string): string {
  const heading = /^#\s+(.+)$/m.exec(readFileSync(file, "utf8"));
  return heading ? heading[1]!.replace(/`/g, "").trim() : file.replace(/^.*\//, "").replace(/\.md$/, "");
}

function decisionItems(): DefaultTheme.SidebarItem[] {
  const dir = `${docs}decisions`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "index.md")
    .sort()
    .map((f) => ({ text: titleOf(`${dir}/${f}`), link: `/decisions/${f.replace(/\.md$/, "")}` }));
}

/**
 * The generated API reference: one page per entry point, every member on it (as d3's and
 * remeda's references are), and one sidebar link per kind (functions, interfaces, …) to its
 * list on that page, with how many members it has. One page per member (318 of them) took 7–12 s
 * more of the docs build's CPU than these three pages with the same text
 * (docs/decisions/docs-and-examples.md); the outline, the browser's find and the site's local
 * search reach a member by its name.
 */
function apiItems(): DefaultTheme.SidebarItem[] {
  // TypeDoc names the modules by their `@module` tags: hukka/viz and hukka/sql are pages inside hukka/.
  const entries = ["hukka", "hukka/viz", "hukka/sql"];
  // the order and the headings of the entry point's page (TypeDoc's sort: "kind")
  const kinds = ["Classes", "Interfaces", "Type Aliases", "Variables", "Functions"];
  return entries
    .filter((entry) => existsSync(`${docs}api/${entry}.md`))
    .map((entry) => {
      const members = membersByKind(readFileSync(`${docs}api/${entry}.md`, "utf8"));
      return {
        text: entry,
        link: `/api/${entry}`,
        collapsed: false,
        items: kinds
          .filter((kind) => members.has(kind))
          .map((kind) => ({ text: `${kind.replace(/ A/, " a")} (${members.get(kind)})`, link: `/api/${entry}#${kind.toLowerCase().replace(/ /g, "-")}` })),
      };
    });
}

/** How many members (`### ` headings) each kind (`## ` heading) of an API page lists. */
function membersByKind(markdown: string): Map<string, number> {
  const counts = new Map<string, number>();
  let kind = "";
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) counts.set((kind = line.slice(3).trim()), 0);
    else if (line.startsWith("### ") && kind) counts.set(kind, counts.get(kind)! + 1);
  }
  return counts;
}

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: "Guide",
    items: [
      { text: "Getting started", link: "/guide/getting-started" },
      { text: "Concepts", link: "/guide/concepts" },
      { text: "Modelling a service", link: "/guide/modelling" },
      { text: "Event logs", link: "/guide/event-logs" },
      { text: "Analyse your own log", link: "/guide/your-own-log" },
      { text: "Logs too big for one machine", link: "/guide/big-logs" },
      { text: "Working time", link: "/guide/working-time" },
      { text: "Customers across cases", link: "/guide/customers" },
      { text: "Redesign", link: "/guide/redesign" },
      { text: "Command line", link: "/guide/cli" },
    ],
  },
  {
    text: "Examples",
    items: [
      { text: "Gallery (live diagrams)", link: "/examples/" },
      { text: "Health centre referral", link: "/examples/health-centre" },
      { text: "Sepsis: ER, lab and wards", link: "/examples/sepsis" },
      { text: "Receipt: ping-pong between groups", link: "/examples/receipt" },
      { text: "Incidents: support teams", link: "/examples/incidents" },
      { text: "The library from TypeScript", link: "/examples/api" },
    ],
  },
  { text: "Decisions", link: "/decisions", items: decisionItems() },
];

/**
 * A code block's HTML for the search index: its text as Shiki writes it (`&` and `<` escaped as
 * character references, trailing blank lines dropped), without Shiki's tokens: the index keeps
 * the text between tags, which is the same.
 */
const plainCode = (code: string) => `<pre v-pre><code>${code.trimEnd().replace(/&/g, "&#x26;").replace(/</g, "&#x3C;")}</code></pre>`;

/**
 * A page's HTML for the local search index: VitePress's own render with code blocks left
 * unhighlighted. The renderer is the one the pages are built with, so its highlighter is swapped
 * only for this (synchronous) render.
 */
function renderForSearch(src: string, env: { frontmatter?: Record<string, unknown> }, md: { options: { highlight?: unknown }; render(src: string, env: unknown): string }): string {
  const highlight = md.options.highlight;
  md.options.highlight = plainCode;
  try {
    const html = md.render(src, env);
    return env.frontmatter?.["search"] === false ? "" : html;
  } finally {
    md.options.highlight = highlight;
  }
}

export default defineConfig({
  title: "hukka",
  description: "How much of your customers' time is wasted while they wander between your departments.",
  lang: "en",
  cleanUrls: false,
  lastUpdated: false,
  head: [["link", { rel: "icon", href: "data:," }]],
  // the page map and site data in one shared, cached chunk instead of inlined in each of the 350 pages (55 KB each)
  metaChunk: true,
  themeConfig: {
    nav: [
      { text: "Guide", link: "/guide/getting-started" },
      { text: "Examples", link: "/examples/" },
      { text: "Your own log", link: "/guide/your-own-log" },
      { text: "API", link: "/api/" },
      { text: "Decisions", link: "/decisions" },
    ],
    sidebar: {
      "/guide/": guide,
      "/examples/": guide,
      "/decisions": guide,
      "/api/": [{ text: "API reference", link: "/api/", items: apiItems() }],
    },
    // The search index keeps a page's text, not its colours: its own render of every page leaves
    // code blocks unhighlighted (the same index; Shiki's tokenizing was most of that render's
    // cost, docs/decisions/testing.md).
    search: { provider: "local", options: { _render: (src, env, md) => renderForSearch(src, env, md) } },
    outline: { level: [2, 3] },
    footer: {
      message:
        "MIT licensed. Event logs from 4TU.ResearchData: Mannhardt 2016 (Sepsis), Buijs 2014 (receipt, WABO), Steeman 2013 (BPI Challenge 2013).",
    },
  },
  vite: {
    // The theme imports the library's sources (`src/viz`, `src/index.ts`) and the example model.
    server: { fs: { allow: [fileURLToPath(new URL("../..", import.meta.url))] } },
  },
});
