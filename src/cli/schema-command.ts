import { serviceJsonSchema } from "../model/service-json-schema.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { jsonText } from "./json-text.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { usageLine } from "./usage-line.js";

const options = {} as const satisfies OptionTable;

const usage = usageLine("schema", "", options);

/**
 * `hukka schema`: the JSON Schema of the service model, generated from its zod schemas.
 *
 * @example
 * await schemaCommand.run([], io); // 0, the schema on io.out
 */
export const schemaCommand: Command = {
  name: "schema",
  usage,
  summary: "print the JSON Schema of the service model",
  options,
  async run(args, io) {
    const { positionals } = parseOptions(args, options, usage);
    if (positionals.length > 0) throw usageError(`schema takes no arguments\nusage: ${usage}`);
    io.out(jsonText(serviceJsonSchema()));
    return 0;
  },
};
