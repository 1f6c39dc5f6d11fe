import { analyse } from "../analysis/analyse.js";
import { InvalidServiceError } from "../model/invalid-service-error.js";
import { safeParseOwnedService } from "../model/parse-service.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { invalidInput } from "./invalid-input.js";
import { issueLine } from "./issue-line.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";
import { usageLine } from "./usage-line.js";
import { writeOutputs } from "./output-files.js";

const options = {
  html: { type: "string", value: "FILE", output: true, description: "write the interactive HTML report (works offline)" },
  svg: { type: "string", value: "FILE", output: true, description: "write the service blueprint as a static SVG" },
} as const satisfies OptionTable;

const usage = usageLine("render", "MODEL.json", options);

/** `hukka render`: the diagrams alone, as a self-contained HTML report and/or a static blueprint SVG. */
export const renderCommand: Command = {
  name: "render",
  usage,
  summary: "draw a model's blueprint, journeys and waste as an HTML report or an SVG (give --html, --svg or both)",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length !== 1) throw usageError(`render takes one model file\nusage: ${usage}`);
    if (values.html === undefined && values.svg === undefined)
      throw usageError(`render needs --html FILE or --svg FILE (or both)\nusage: ${usage}`);
    const model = safeParseOwnedService(await readJsonFile(positionals[0]!, "model"));
    if (!model.success) throw invalidInput(`${positionals[0]}: invalid service model`, model.issues);
    for (const w of model.warnings) io.err(`warning: ${issueLine(w)}\n`);
    let report;
    try {
      report = analyse(model.data);
    } catch (e) {
      if (e instanceof InvalidServiceError) throw invalidInput(`${positionals[0]}: invalid service model`, e.issues);
      throw e;
    }
    // both files or neither
    // loaded here, as the other commands do: d3 and linkedom cost every command a third of a second to load
    const { writeDiagrams } = await import("./write-diagrams.js");
    await writeOutputs(io.out, (outputs) => writeDiagrams(model.data, report, values, outputs));
    return 0;
  },
};
