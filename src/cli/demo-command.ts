import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { analyse } from "../analysis/analyse.js";
import type { WasteReport } from "../analysis/report.js";
import { parseService } from "../model/parse-service.js";
import type { Service } from "../model/types.js";
// The example is part of the package: tsup bundles the JSON into dist/cli.js.
import healthCentre from "../../examples/health-centre/service.json";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import type { CliIO } from "./io.js";
import { parseOptions } from "./parse-options.js";

const usage = "hukka demo [--out DIR]";

/** Where the demo writes unless `--out` says otherwise: a folder of its own in the current directory. */
export const DEMO_DEFAULTS = Object.freeze({ out: "hukka-demo" });

/**
 * `hukka demo`: the one-command start. Analyses the built-in health-centre example
 * (examples/health-centre/service.json), prints the headline figures and writes `report.json`
 * (the analysis) and `report.html` (the interactive report) into the output folder.
 */
export const demoCommand: Command = {
  name: "demo",
  usage,
  summary: "analyse the built-in health-centre example and write an HTML report",
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" } }, usage);
    if (positionals.length > 0) throw usageError(`demo takes no files\nusage: ${usage}`);
    const dir = values.out ?? DEMO_DEFAULTS.out;

    const service = parseService(healthCentre);
    const report = analyse(service);
    io.out(summary(service, report));

    await writeInto(dir, "report.json", JSON.stringify(report, null, 2) + "\n");
    const html = join(dir, "report.html");
    io.out(`\nwrote ${shown(join(dir, "report.json"))}  (the analysis as JSON)\n`);
    io.out(`open  ${shown(html)}  in a browser: blueprint, journeys, wander line, waste breakdown\n`);
    return 0;
  },
};

function shown(path: string): string {
  const r = relative(process.cwd(), path);
  return r.startsWith("..") ? path : r;
}

async function writeInto(dir: string, name: string, text: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, name), text);
  } catch (e) {
    throw new CliError(`cannot write ${join(dir, name)}: ${(e as Error).message} (choose another folder with --out DIR)`);
  }
}
