import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { analyse } from "../analysis/analyse.js";
import { safeParseService } from "../model/parse-service.js";
import type { Issue } from "../model/types.js";
import { safeApplyRedesign } from "../redesign/apply-redesign.js";
import { compareReports } from "../redesign/compare-reports.js";
import { safeParseRedesign } from "../redesign/parse-redesign.js";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { comparisonTable } from "./comparison-table.js";
import type { CliIO } from "./io.js";
import { parseOptions } from "./parse-options.js";
import { readJsonFile } from "./read-json-file.js";

const usage = "hukka compare MODEL.json --redesign FILE [--json] [--html FILE]";

export const compareCommand: Command = {
  name: "compare",
  usage,
  summary: "apply a redesign to a model and show what it saves",
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      { redesign: { type: "string" }, json: { type: "boolean" }, html: { type: "string" } },
      usage,
    );
    if (positionals.length !== 1) throw usageError(`compare takes one model file\nusage: ${usage}`);
    if (values.redesign === undefined) throw usageError(`compare needs --redesign FILE\nusage: ${usage}`);

    const model = safeParseService(await readJsonFile(positionals[0]!, "model"));
    if (!model.success) throw invalid(`${positionals[0]}: invalid service model`, model.issues);
    warn(io, model.warnings);
    const parsed = safeParseRedesign(await readJsonFile(values.redesign, "redesign"));
    if (!parsed.success) throw invalid(`${values.redesign}: invalid redesign`, parsed.issues);
    const applied = safeApplyRedesign(model.data, parsed.data);
    warn(io, applied.warnings);
    if (!applied.success) throw invalid(`${values.redesign}: the redesign cannot be applied`, applied.issues);

    const comparison = compareReports(analyse(model.data), analyse(applied.data));
    const name = parsed.data.name ?? basename(values.redesign, extname(values.redesign));
    if (values.html !== undefined) {
      // d3 and a DOM are loaded only when a page is asked for
      const { comparisonHtml } = await import("../viz/comparison-html.js");
      const html = comparisonHtml(comparison, model.data, applied.data, {
        redesign: { ...parsed.data, name },
        // every warning printed above, on the page too
        warnings: [...model.warnings, ...applied.warnings],
      });
      try {
        await writeFile(values.html, html);
      } catch (e) {
        throw new CliError(`cannot write ${values.html}: ${(e as Error).message}`);
      }
    }
    if (values.json) {
      const { before, after, delta } = comparison;
      io.out(JSON.stringify({ redesign: name, before, after, delta }, null, 2) + "\n");
    } else {
      io.out(`${name}: ${comparison.before.service.name}\n\n`);
      io.out(comparisonTable(comparison, { currency: model.data.currency ?? null }));
      // with --json, stdout stays the JSON's alone
      if (values.html !== undefined) io.out(`\nwrote ${values.html}\n`);
    }
    return 0;
  },
};

/** Every issue as its own `error:` line, after a headline. */
function invalid(headline: string, issues: Issue[]): CliError {
  return new CliError([headline, ...issues.map((i) => `${i.message} [${i.code}]`)].join("\n"));
}

function warn(io: CliIO, warnings: Issue[]): void {
  for (const w of warnings) io.err(`warning: ${w.message} [${w.code}]\n`);
}
