import { analyse } from "../analysis/analyse.js";
import { InvalidServiceError } from "../model/invalid-service-error.js";
import { safeParseService } from "../model/parse-service.js";
import type { Issue } from "../model/types.js";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { formatReport } from "./format-report.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";

const usage = "hukka analyse MODEL.json [--json] [--top K] [--html FILE] [--svg FILE]";

const options = {
  json: { type: "boolean" },
  top: { type: "string" },
  html: { type: "string" },
  svg: { type: "string" },
} as const;

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
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length !== 1) throw usageError(`analyse takes one model file\nusage: ${usage}`);
    const top = values.top === undefined ? undefined : count("--top", values.top);

    const model = safeParseService(await readJsonFile(positionals[0]!, "model"));
    if (!model.success) throw invalid(`${positionals[0]}: invalid service model`, model.issues);
    if (!values.json) for (const w of model.warnings) io.err(`warning: ${w.message} [${w.code}]\n`);
    let report;
    try {
      report = analyse(model.data, { top });
    } catch (e) {
      if (e instanceof InvalidServiceError) throw invalid(`${positionals[0]}: invalid service model`, e.issues);
      throw e;
    }

    io.out(values.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report, model.data, { currency: model.data.currency ?? null }));
    if (values.html !== undefined || values.svg !== undefined) {
      // d3 and a DOM are loaded only when a diagram is asked for
      const { writeDiagrams } = await import("./write-diagrams.js");
      // with --json, stdout stays the JSON's alone
      await writeDiagrams(model.data, report, values, values.json ? io.err : io.out);
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

/** Every issue as its own `error:` line, after a headline. */
function invalid(headline: string, issues: Issue[]): CliError {
  return new CliError([headline, ...issues.map((i) => `${i.message} [${i.code}]`)].join("\n"));
}
