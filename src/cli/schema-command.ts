import { serviceJsonSchema } from "../model/service-json-schema.js";
import type { Command } from "./command.js";
import { parseOptions } from "./parse-options.js";
import { usageError } from "./cli-error.js";

const usage = "hukka schema";

export const schemaCommand: Command = {
  name: "schema",
  usage,
  summary: "print the JSON Schema of the service model",
  async run(args, io) {
    const { positionals } = parseOptions(args, {}, usage);
    if (positionals.length > 0) throw usageError(`schema takes no arguments\nusage: ${usage}`);
    io.out(JSON.stringify(serviceJsonSchema(), null, 2) + "\n");
    return 0;
  },
};
