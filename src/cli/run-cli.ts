import { CliError } from "./cli-error.js";
import { commands } from "./commands.js";
import type { CliIO } from "./io.js";

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    "hukka: how much of your customers' time is wasted while they wander between departments",
    "",
    "usage:",
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    "",
    "exit status: 0 success, 1 invalid input, 2 wrong usage",
    "",
  ].join("\n");
}

/** Runs `hukka ARGS…`; resolves to the exit status. Errors are `error: …` lines on stderr. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`error: unknown command "${name}" (commands: ${commands.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(`usage: ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message.split("\n").map((line) => (line.startsWith("usage:") ? line : `error: ${line}`)).join("\n") + "\n");
      return e.exitCode;
    }
    // An unexpected failure is still one readable line; HUKKA_DEBUG=1 shows the stack.
    io.err(`error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.HUKKA_DEBUG) io.err(`${(e as Error)?.stack}\n`);
    return 1;
  }
}
