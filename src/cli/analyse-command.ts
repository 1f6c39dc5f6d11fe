import { analyse, ANALYSE_DEFAULTS } from "../analysis/analyse.js";
import { InvalidServiceError } from "../model/invalid-service-error.js";
import { safeParseOwnedService } from "../model/parse-service.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { formatReport } from "./format-report.js";
import { invalidInput } from "./invalid-input.js";
import { issueLine } from "./issue-line.js";
import { jsonText } from "./json-text.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";
import { usageLine } from "./usage-line.js";
import { writeOutputs } from "./output-files.js";

const options = {
  json: { type: "boolean", description: "print the report as JSON on stdout (warnings and notes go to stderr)" },
  top: {
    type: "string",
    value: "K",
    default: String(ANALYSE_DEFAULTS.top),
    description: "how many most likely journeys the report lists, a whole number ≥ 1",
  },
  html: { type: "string", value: "FILE", output: true, description: "also write the interactive HTML report (works offline)" },
  svg: { type: "string", value: "FILE", output: true, description: "also write the service blueprint as a static SVG" },
  noun: { type: "string", value: "WORD", description: "what the service calls its customer, singular, e.g. patient (default: the model's noun, else customer)" },
} as const satisfies OptionTable;

const usage = usageLine("analyse", "MODEL.json", options);

/**
 * `hukka analyse MODEL.json`: the report of `analyse` as JSON (`--json`) or as a short summary
 * (`formatReport`), optionally with the diagrams (`--html`, `--svg`).
 *
 * @example
 * await analyseCommand.run(["model.json", "--top", "5"], io); // 0, the summary on io.out
 */
export const analyseCommand: Command = {
  name: "analyse",
  usage,
  summary: "the waste report of a model: minutes per customer, hotspots, where customers wander",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length !== 1) throw usageError(`analyse takes one model file\nusage: ${usage}`);
    const top = count("--top", values.top);

    const model = safeParseOwnedService(await readJsonFile(positionals[0]!, "model"));
    if (!model.success) throw invalidInput(`${positionals[0]}: invalid service model`, model.issues);
    if (values.noun !== undefined) {
      if (values.noun.trim() === "") throw usageError(`--noun takes a word, e.g. patient\nusage: ${usage}`);
      model.data = { ...model.data, noun: values.noun };
    }
    if (!values.json) for (const w of model.warnings) io.err(`warning: ${issueLine(w)}\n`);
    let report;
    try {
      report = analyse(model.data, { top });
    } catch (e) {
      if (e instanceof InvalidServiceError) throw invalidInput(`${positionals[0]}: invalid service model`, e.issues);
      throw e;
    }

    io.out(values.json ? jsonText(report) : formatReport(model.data, report, { currency: model.data.currency ?? null }));
    if (values.html !== undefined || values.svg !== undefined) {
      // d3 and a DOM are loaded only when a diagram is asked for
      const { writeDiagrams } = await import("./write-diagrams.js");
      // with --json, stdout stays the JSON's alone
      await writeOutputs(values.json ? io.err : io.out, (outputs) => writeDiagrams(model.data, report, values, outputs));
    }
    return 0;
  },
};

/** A whole number ≥ 1 given to an option, or a usage error naming it. */
function count(option: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw usageError(`${option} takes a whole number ≥ 1, got "${text}"\nusage: ${usage}`);
  }
  return value;
}
