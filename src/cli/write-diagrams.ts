import { writeFile } from "node:fs/promises";
import type { WasteReport } from "../analysis/report.js";
import type { Service } from "../model/types.js";
import { blueprintSvg } from "../viz/blueprint-svg.js";
import { reportHtml } from "../viz/report-html.js";
import type { ReportLogData } from "../viz/report-log-data.js";
import { CliError } from "./cli-error.js";
import { readVizScript } from "./read-viz-script.js";

/** Where `writeDiagrams` writes: the interactive HTML report, the static blueprint SVG, or both. */
export interface DiagramFiles {
  html?: string | undefined;
  svg?: string | undefined;
}

/**
 * Writes the HTML report (`reportHtml`, with the browser bundle inlined) and/or the blueprint SVG
 * (`blueprintSvg`) of a service and its report; `say` is told each file written.
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
    await write(files.html, html);
    say(`wrote ${files.html}  (interactive report: open it in a browser, works offline)\n`);
  }
  if (files.svg !== undefined) {
    await write(files.svg, blueprintSvg(service, report));
    say(`wrote ${files.svg}  (service blueprint)\n`);
  }
}

async function write(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
