import type { CliIO } from "./io.js";

/** One `hukka` command: thin over the public API. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit status: 0 success, 1 invalid input. Throws `CliError` for reported errors. */
  run(args: string[], io: CliIO): Promise<number>;
}
