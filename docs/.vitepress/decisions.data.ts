import { createContentLoader } from "vitepress";

/** One decisions page, for the list on /decisions. */
export interface DecisionPage {
  url: string;
  title: string;
  summary: string;
}

declare const data: DecisionPage[];
export { data };

// Every page in docs/decisions/, titled by its first heading and summarised by its first paragraph.
export default createContentLoader("decisions/*.md", {
  includeSrc: true,
  transform(pages): DecisionPage[] {
    return pages
      .map((page) => {
        const src = page.src ?? "";
        const title = /^#\s+(.+)$/m.exec(src)?.[1]?.replace(/`/g, "").trim() ?? page.url;
        const body = src.replace(/^---[\s\S]*?---/, "").split(/\n\s*\n/).map((p) => p.trim());
        const summary = body.find((p) => p && !p.startsWith("#") && !p.startsWith("|") && !p.startsWith("```")) ?? "";
        return { url: page.url, title, summary: plainText(summary) };
      })
      .sort((a, b) => a.url.localeCompare(b.url));
  },
});

/** Markdown to the text a reader sees: links to their text, no emphasis or code marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
