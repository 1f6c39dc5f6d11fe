import { basename, extname } from "node:path";
import { analyse } from "../analysis/analyse.js";
import { safeParseOwnedService } from "../model/parse-service.js";
import type { Issue } from "../model/types.js";
import { safeApplyRedesign } from "../redesign/apply-redesign.js";
import { compareReports } from "../redesign/compare-reports.js";
import { safeParseRedesign } from "../redesign/parse-redesign.js";
import { savingHeadline } from "../redesign/saving-headline.js";
import { waitsSentence } from "../redesign/waits-sentence.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { comparisonTable } from "./comparison-table.js";
import { invalidInput } from "./invalid-input.js";
import type { CliIO } from "./io.js";
import { issueLine } from "./issue-line.js";
import { jsonText } from "./json-text.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";
import { terminalText } from "./terminal-text.js";
import { usageLine } from "./usage-line.js";
import { writeOutput } from "./write-output.js";

const options = {
  redesign: { type: "string", value: "FILE", required: true, input: true, description: "the redesign: a name and a list of changes (JSON)" },
  json: { type: "boolean", description: 'print { "redesign", "before", "after", "delta" } as JSON on stdout' },
  html: { type: "string", value: "FILE", output: true, description: "also write the before-and-after HTML page (works offline)" },
} as const satisfies OptionTable;

const usage = usageLine("compare", "MODEL.json", options);

/**
 * `hukka compare MODEL.json --redesign FILE`: the model before and after a redesign, and what it
 * saves per customer (and per year when the service has a volume).
 *
 * @example
 * await compareCommand.run(["model.json", "--redesign", "one-stop.json"], io); // 0, the table on io.out
 */
export const compareCommand: Command = {
  name: "compare",
  usage,
  summary: "apply a redesign to a model and show what it saves",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length !== 1) throw usageError(`compare takes one model file\nusage: ${usage}`);

    const model = safeParseOwnedService(await readJsonFile(positionals[0]!, "model"));
    if (!model.success) throw invalidInput(`${positionals[0]}: invalid service model`, model.issues);
    warn(io, model.warnings);
    const redesignPath = values.redesign!; // required: parseOptions refuses a command line without it
    const parsed = safeParseRedesign(await readJsonFile(redesignPath, "redesign"));
    if (!parsed.success) throw invalidInput(`${redesignPath}: invalid redesign`, parsed.issues);
    const applied = safeApplyRedesign(model.data, parsed.data);
    warn(io, applied.warnings);
    if (!applied.success) throw invalidInput(`${redesignPath}: the redesign cannot be applied`, applied.issues);

    const comparison = compareReports(analyse(model.data), analyse(applied.data));
    const name = parsed.data.name ?? basename(redesignPath, extname(redesignPath));
    if (values.html !== undefined) {
      // d3 and a DOM are loaded only when a page is asked for
      const { comparisonHtml } = await import("../viz/report/comparison-html.js");
      const html = comparisonHtml(comparison, model.data, applied.data, {
        redesign: { ...parsed.data, name },
        // every warning printed above, on the page too
        warnings: [...model.warnings, ...applied.warnings],
      });
      await writeOutput(values.html, html);
    }
    if (values.json) {
      const { before, after, delta } = comparison;
      io.out(jsonText({ redesign: name, before, after, delta }));
    } else {
      io.out(`${terminalText(name)}: ${terminalText(comparison.before.service.name)}\n\n`);
      io.out(`${terminalText(savingHeadline(comparison, name, { currency: model.data.currency ?? null }))}\n`);
      const waits = waitsSentence(parsed.data);
      if (waits) io.out(`${terminalText(waits)}\n`);
      io.out("\n");
      io.out(comparisonTable(comparison, { currency: model.data.currency ?? null, service: model.data }));
      // with --json, stdout stays the JSON's alone
      if (values.html !== undefined) io.out(`\nwrote ${terminalText(values.html)}\n`);
    }
    return 0;
  },
};

function warn(io: CliIO, warnings: Issue[]): void {
  for (const w of warnings) io.err(`warning: ${issueLine(w)}\n`);
}
