import type { CliIO } from "./io.js";
import type { OptionTable } from "./option-table.js";

/** One `hukka` command: thin over the public API. */
export interface Command {
  name: string;
  /** The synopsis, generated from `options` by `usageLine`. */
  usage: string;
  summary: string;
  /** Every option the command takes: parsed by `parseOptions`, printed by `commandHelp`. */
  options: OptionTable;
  /** Returns the exit status: 0 success, 1 invalid input. Throws `CliError` for reported errors. */
  run(args: string[], io: CliIO): Promise<number>;
}
