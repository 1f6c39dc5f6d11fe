import { safeParseOwnedService } from "../model/parse-service.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { issueLine } from "./issue-line.js";
import { jsonText } from "./json-text.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";
import { terminalText } from "./terminal-text.js";
import { usageLine } from "./usage-line.js";

const options = {
  json: { type: "boolean", description: 'print { "valid", "issues", "warnings" } as JSON on stdout' },
} as const satisfies OptionTable;

const usage = usageLine("validate", "MODEL.json", options);

/**
 * `hukka validate MODEL.json`: every problem of a model at once, exit status 1 when there is one.
 *
 * @example
 * await validateCommand.run(["model.json"], io); // 0, 'model.json: valid service model "…"'
 */
export const validateCommand: Command = {
  name: "validate",
  usage,
  summary: "check a service model and list every problem",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length !== 1) throw usageError(`validate takes one model file\nusage: ${usage}`);
    const result = safeParseOwnedService(await readJsonFile(positionals[0]!, "model"));
    const issues = result.success ? [] : result.issues;
    if (values.json) {
      io.out(jsonText({ valid: result.success, issues, warnings: result.warnings }));
    } else {
      for (const issue of issues) io.err(`error: ${issueLine(issue)}\n`);
      for (const w of result.warnings) io.err(`warning: ${issueLine(w)}\n`);
      if (result.success) io.out(`${terminalText(positionals[0]!)}: valid service model ${terminalText(JSON.stringify(result.data.id))}\n`);
    }
    return result.success ? 0 : 1;
  },
};
