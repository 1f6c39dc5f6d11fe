import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "./cli-error.js";

/**
 * `node:util` parseArgs with usage errors turned into exit status 2 and the command's usage line.
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: O,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(`${(e as Error).message.replace(/\. To specify a positional.*$/s, "")}\nusage: ${usage}`);
  }
}
