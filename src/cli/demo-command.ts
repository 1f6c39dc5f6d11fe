import { mkdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { analyse } from "../analysis/analyse.js";
import { parseService } from "../model/parse-service.js";
import { applyRedesign } from "../redesign/apply-redesign.js";
import { compareReports } from "../redesign/compare-reports.js";
import { parseRedesign } from "../redesign/parse-redesign.js";
// The example is part of the package: tsup bundles both JSON files into dist/cli.js.
import redesignJson from "../../examples/health-centre/redesign.json";
import serviceJson from "../../examples/health-centre/service.json";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { formatReport } from "./format-report.js";
import { jsonText } from "./json-text.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { terminalText } from "./terminal-text.js";
import { usageLine } from "./usage-line.js";
import { writeOutputs } from "./output-files.js";

/** Where the demo writes unless `--out` says otherwise: a folder of its own in the current directory. */
export const DEMO_DEFAULTS = Object.freeze({ out: "hukka-demo" });

const options = {
  out: {
    type: "string",
    value: "DIR",
    default: DEMO_DEFAULTS.out,
    description: "the folder to write report.html, report.json and redesign.html into (created if missing)",
  },
} as const satisfies OptionTable;

const usage = usageLine("demo", "", options);

const number = (value: number, digits = 1) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * `hukka demo`: the one-command start. Analyses the built-in health-centre example
 * (examples/health-centre/service.json), prints the summary `hukka analyse` prints, and writes into
 * the output folder `report.html` (the interactive report), `report.json` (the analysis) and
 * `redesign.html` (the example's redesign, before and after), with one line on what it saves.
 */
export const demoCommand: Command = {
  name: "demo",
  usage,
  summary: "analyse the built-in health-centre example and write an HTML report",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length > 0) throw usageError(`demo takes no files\nusage: ${usage}`);
    const dir = values.out;

    const service = parseService(serviceJson);
    const report = analyse(service);
    const redesign = parseRedesign(redesignJson);
    const redesigned = applyRedesign(service, redesign);
    const comparison = compareReports(report, analyse(redesigned));

    io.out("The built-in example: examples/health-centre/service.json\n\n");
    io.out(formatReport(service, report, { currency: service.currency ?? null, customer: "patient" }));
    const d = comparison.delta;
    io.out(
      `\nRedesign "${redesign.name}": ${number(-d.minutes / 1440)} days and ${number(-d.handoffs, 2)} hand-offs less per patient` +
        (d.yearly ? `, ${number(-d.yearly.wasteHours, 0)} hours of waste less a year` : "") +
        "\n\n",
    );

    // d3 and a DOM are loaded only here, after the analysis has been printed
    const { reportHtml } = await import("../viz/report/report-html.js");
    const { comparisonHtml } = await import("../viz/report/comparison-html.js");
    const html = reportHtml(service, report);
    const files: [string, string, string][] = [
      ["report.html", html, "the interactive report: blueprint, journeys, wander line, waste breakdown"],
      ["report.json", jsonText(report), "the analysis as JSON"],
      ["redesign.html", comparisonHtml(comparison, service, redesigned, { redesign }), "the redesign, before and after"],
    ];
    await mkdirOrFail(dir);
    await writeOutputs(io.out, async (outputs) => {
      for (const [name, text, what] of files) {
        const path = join(dir, name);
        await outputs.add(path, text, `wrote ${terminalText(shown(path))}  (${what})\n`);
      }
    }).catch((e: CliError) => {
      throw new CliError(`${e.message} (choose another folder with --out DIR)`);
    });
    io.out(`\nOpen ${terminalText(shown(join(dir, "report.html")))} in a browser; it works offline.\n`);
    return 0;
  },
};

/** A path as the user would type it from here. */
function shown(path: string): string {
  const r = relative(process.cwd(), path);
  return r === "" || r.startsWith("..") ? path : r;
}

async function mkdirOrFail(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot create the folder ${dir}: ${(e as Error).message} (choose another with --out DIR)`);
  }
}
