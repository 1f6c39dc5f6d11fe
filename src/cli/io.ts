/** Where a command writes: injected so that the CLI runs the same in tests and in a terminal. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: progress may be shown there. */
  stderrIsTTY: boolean;
}
