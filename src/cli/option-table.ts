/**
 * One option of a command line: what `node:util` parseArgs reads (`type`, `multiple`, `short`,
 * `default`) and what `--help` prints (`value`, `description`), in one record so that the help
 * cannot drift from what is parsed.
 */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The option may be given several times; its value is then a list. */
  readonly multiple?: boolean;
  /** A one-letter alias, e.g. `"o"` for `-o`. */
  readonly short?: string;
  /** The value when the option is not given (a string option's default is text, as typed). */
  readonly default?: string | boolean;
  /** The placeholder of a string option's value in the usage and help, e.g. `FILE`, `K`. */
  readonly value?: string;
  /** The command cannot run without it: its absence is wrong usage (exit status 2). */
  readonly required?: boolean;
  /** The option names a file the command reads: no output may be written onto it. */
  readonly input?: boolean;
  /** The option names a file the command writes: never onto an input, never twice to one path. */
  readonly output?: boolean;
  /**
   * The option works only beside another: `["engine", "duckdb"]` (`--engine duckdb`) or
   * `["mining"]` (`--mining`). Given without it, it is wrong usage, not silently ignored.
   */
  readonly requires?: readonly [option: string, value?: string];
  /** One line of help: what the option does, in the user's words. */
  readonly description: string;
}

/**
 * Every option of one command, by long name (without `--`).
 *
 * @example
 * const options = {
 *   json: { type: "boolean", description: "print the report as JSON on stdout" },
 *   html: { type: "string", value: "FILE", output: true, description: "write the interactive report" },
 * } as const satisfies OptionTable;
 */
export type OptionTable = Readonly<Record<string, OptionSpec>>;
