import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { BROWSER_BUNDLE } from "./browser-bundle.js";
import { embedJson } from "./embed-json.js";
import { embeddedReport } from "./embedded-report.js";
import { escapeHtml } from "./escape-html.js";
import type { ReportLogData } from "./report-log-data.js";
import { sha256Base64 } from "./sha256-base64.js";

// Draws the report from the embedded data once the bundle has defined the global `hukka`.
const BOOT = `
(function () {
  performance.mark("hukka-render-start");
  var data = JSON.parse(document.getElementById("hukka-data").textContent);
  hukka.renderReport(document.getElementById("hukka-report"), data.service, data.report, data.log ? { log: data.log } : {});
  performance.mark("hukka-ready");
  document.documentElement.setAttribute("data-hukka-ready", "");
})();
`;

/**
 * Options of `reportHtml`.
 *
 * @example
 * reportHtml(service, report, { title: "Referrals, spring" });
 */
export interface ReportHtmlOptions {
  /**
   * The text of a browser bundle that defines the global `hukka` (`renderReport`), inlined so
   * that the file works offline. By default hukka's own (`hukka/viz.global.js`, built into
   * `hukka/viz`): give it only to inline another build.
   */
  script?: string;
  /** The page title; defaults to the service's name. */
  title?: string;
  /** For a report made from an event log: its department flows and observed journeys (see `renderReport`). */
  log?: ReportLogData | undefined;
}

/**
 * One self-contained HTML file with the interactive report (`renderReport`): the browser bundle
 * inlined, the service and the report embedded as JSON (`embedJson`; a mined model's refined
 * touchpoints cut to what the page draws, `embeddedReport`, so that the page's size follows the
 * groups, not the log), no network needed; a
 * Content-Security-Policy forbids every fetch and runs no script but the page's own two, named
 * by their SHA-256 hashes (an inline script smuggled into the file does not run). User strings
 * reach the page only as data.
 *
 * @example
 * writeFileSync("report.html", reportHtml(service, analyse(service)));
 */
export function reportHtml(service: Service, report: WasteReport, options: ReportHtmlOptions = {}): string {
  const bundle = options.script ?? BROWSER_BUNDLE;
  if (typeof bundle !== "string" || bundle.length === 0) {
    throw new TypeError(
      options.script === undefined
        ? "reportHtml: this copy of hukka was not built with its browser bundle (run `npm run build`), so give options.script: the text of dist/viz.global.js"
        : "reportHtml: options.script must be the text of a browser bundle that defines the global `hukka` (hukka's own is the default: leave script out)",
    );
  }
  const title = options.title ?? `${service.name ?? service.id} · hukka`;
  // Nothing in the bundle may close its script element early.
  const script = bundle.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${sha256Base64(script)}' 'sha256-${sha256Base64(BOOT)}'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="hukka">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;background:#fff">
<main id="hukka-report"></main>
<script type="application/json" id="hukka-data">${embedJson({ ...embeddedReport(service, report), ...(options.log && { log: options.log }) })}</script>
<script>${script}</script>
<script>${BOOT}</script>
</body>
</html>
`;
}
