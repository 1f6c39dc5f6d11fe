/** An error the CLI reports as `error: …` lines; `exitCode` 1 is invalid input, 2 wrong usage. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Wrong usage of the command line: exit status 2. */
export const usageError = (message: string) => new CliError(message, 2);
