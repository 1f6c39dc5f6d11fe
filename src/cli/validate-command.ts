import { safeParseService } from "../model/parse-service.js";
import type { Command } from "./command.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";
import { usageError } from "./cli-error.js";

const usage = "hukka validate MODEL.json [--json]";

export const validateCommand: Command = {
  name: "validate",
  usage,
  summary: "check a service model and list every problem",
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: "boolean" } }, usage);
    if (positionals.length !== 1) throw usageError(`validate takes one model file\nusage: ${usage}`);
    const result = safeParseService(await readJsonFile(positionals[0]!, "model"));
    const issues = result.success ? [] : result.issues;
    if (values.json) {
      io.out(JSON.stringify({ valid: result.success, issues, warnings: result.warnings }, null, 2) + "\n");
    } else {
      for (const issue of issues) io.err(`error: ${issue.message} [${issue.code}]\n`);
      for (const w of result.warnings) io.err(`warning: ${w.message} [${w.code}]\n`);
      if (result.success) io.out(`${positionals[0]}: valid service model "${result.data.id}"\n`);
    }
    return result.success ? 0 : 1;
  },
};
