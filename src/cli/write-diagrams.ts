import type { WasteReport } from "../analysis/report.js";
import type { Service } from "../model/types.js";
import { blueprintSvg } from "../viz/blueprint/blueprint-svg.js";
import { reportHtml } from "../viz/report/report-html.js";
import type { ReportLogData } from "../viz/report/report-log-data.js";
import { readVizScript } from "./read-viz-script.js";
import { terminalText } from "./terminal-text.js";
import { writeOutput } from "./write-output.js";

/** Where `writeDiagrams` writes: the interactive HTML report, the static blueprint SVG, or both. */
export interface DiagramFiles {
  html?: string | undefined;
  svg?: string | undefined;
}

/**
 * Writes the HTML report (`reportHtml`, with the browser bundle inlined) and/or the blueprint SVG
 * (`blueprintSvg`) of a service and its report; `say` is told each file written. For a report
 * made from a log, `log` adds its department flows and observed journeys to the HTML.
 */
export async function writeDiagrams(
  service: Service,
  report: WasteReport,
  files: DiagramFiles,
  say: (line: string) => void,
  log?: ReportLogData,
): Promise<void> {
  if (files.html !== undefined) {
    const html = reportHtml(service, report, { script: await readVizScript(), log });
    await writeOutput(files.html, html);
    say(`wrote ${terminalText(files.html)}  (interactive report: open it in a browser, works offline)\n`);
  }
  if (files.svg !== undefined) {
    await writeOutput(files.svg, blueprintSvg(service, report));
    say(`wrote ${terminalText(files.svg)}  (service blueprint)\n`);
  }
}
