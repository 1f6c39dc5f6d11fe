import { closestNames, didYouMean } from "../logs/closest-names.js";
import { CliError } from "./cli-error.js";
import { commandHelp } from "./command-help.js";
import { commands } from "./commands.js";
import type { CliIO } from "./io.js";
import { terminalLines, terminalText } from "./terminal-text.js";
import { version } from "./version.js";

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "hukka: how much of your customers' time is wasted while they wander between departments",
    "",
    "usage: hukka COMMAND [ARGUMENTS] [OPTIONS]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "hukka COMMAND --help lists a command's options; hukka --version prints the version.",
    "exit status: 0 success, 1 invalid input, 2 wrong usage",
    "",
  ].join("\n");
}

/**
 * Runs `hukka ARGS…`; resolves to the exit status. Errors are `error: …` lines on stderr; every
 * line printed passes `terminalLines`, so no control character from a model or log reaches the
 * terminal.
 *
 * @example
 * await runCli(["validate", "model.json"], io); // 0, "model.json: valid service model …" on io.out
 */
export async function runCli(argv: string[], rawIO: CliIO): Promise<number> {
  const io: CliIO = { ...rawIO, out: (text) => rawIO.out(terminalLines(text)), err: (text) => rawIO.err(terminalLines(text)) };
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io.out(`${version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const { ordered, suggested } = closestNames(name, commands.map((c) => c.name));
    const hint = didYouMean(suggested, (n) => `"${n}"`);
    io.err(`error: unknown command "${terminalText(name)}"${hint ? `: ${hint}` : ""} (commands: ${ordered.join(", ")}; hukka --help)\n`);
    return 2;
  }
  // before "--", a help flag wins over anything else on the line
  const options = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
  if (options.includes("--help") || options.includes("-h")) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message.split("\n").map((line) => (line.startsWith("usage:") ? line : `error: ${terminalText(line)}`)).join("\n") + "\n");
      return e.exitCode;
    }
    // An unexpected failure is still one readable line; HUKKA_DEBUG=1 shows the stack.
    io.err(`error: ${terminalText(String((e as Error)?.message ?? e))}\n`);
    if (process.env.HUKKA_DEBUG) io.err(`${(e as Error)?.stack}\n`);
    return 1;
  }
}
