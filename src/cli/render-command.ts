import { analyse } from "../analysis/analyse.js";
import { InvalidServiceError } from "../model/invalid-service-error.js";
import { safeParseService } from "../model/parse-service.js";
import type { Issue } from "../model/types.js";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";
import { writeDiagrams } from "./write-diagrams.js";

const usage = "hukka render MODEL.json (--html FILE | --svg FILE)";

/** `hukka render`: the diagrams alone, as a self-contained HTML report and/or a static blueprint SVG. */
export const renderCommand: Command = {
  name: "render",
  usage,
  summary: "draw a model's blueprint, journeys and waste as an HTML report or an SVG",
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { html: { type: "string" }, svg: { type: "string" } }, usage);
    if (positionals.length !== 1) throw usageError(`render takes one model file\nusage: ${usage}`);
    if (values.html === undefined && values.svg === undefined)
      throw usageError(`render needs --html FILE or --svg FILE (or both)\nusage: ${usage}`);
    const model = safeParseService(await readJsonFile(positionals[0]!, "model"));
    if (!model.success) throw invalid(`${positionals[0]}: invalid service model`, model.issues);
    for (const w of model.warnings) io.err(`warning: ${w.message} [${w.code}]\n`);
    let report;
    try {
      report = analyse(model.data);
    } catch (e) {
      if (e instanceof InvalidServiceError) throw invalid(`${positionals[0]}: invalid service model`, e.issues);
      throw e;
    }
    await writeDiagrams(model.data, report, values, io.out);
    return 0;
  },
};

/** Every issue as its own `error:` line, after a headline. */
function invalid(headline: string, issues: Issue[]): CliError {
  return new CliError([headline, ...issues.map((i) => `${i.message} [${i.code}]`)].join("\n"));
}
