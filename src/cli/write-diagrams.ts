import type { WasteReport } from "../analysis/report.js";
import type { Service } from "../model/types.js";
import { blueprintSvg } from "../viz/blueprint/blueprint-svg.js";
import { reportHtml } from "../viz/report/report-html.js";
import type { ReportLogData } from "../viz/report/report-log-data.js";
import type { OutputFileSet } from "./output-files.js";
import { terminalText } from "./terminal-text.js";

/** Where `writeDiagrams` writes: the interactive HTML report, the static blueprint SVG, or both. */
export interface DiagramFiles {
  html?: string | undefined;
  svg?: string | undefined;
}

/**
 * Adds to `outputs` the HTML report (`reportHtml`, with the browser bundle inlined) and/or the
 * blueprint SVG (`blueprintSvg`) of a service and its report, each with the line that says it was
 * written. For a report made from a log, `log` adds its department flows and observed journeys
 * to the HTML.
 */
export async function writeDiagrams(service: Service, report: WasteReport, files: DiagramFiles, outputs: OutputFileSet, log?: ReportLogData): Promise<void> {
  if (files.html !== undefined) {
    await outputs.add(files.html, reportHtml(service, report, { log }), `wrote ${terminalText(files.html)}  (interactive report: open it in a browser, works offline)\n`);
  }
  if (files.svg !== undefined) {
    await outputs.add(files.svg, blueprintSvg(service, report), `wrote ${terminalText(files.svg)}  (service blueprint)\n`);
  }
}
