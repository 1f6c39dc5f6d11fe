import { runCli } from "./run-cli.js";

// A reader that stops early (`hukka analyse m.json --json | head`) closes the pipe: the command
// ends quietly. Any other failure to write stdout (a full disk) is one error line and status 1.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const reason = e.code === "ENOSPC" ? "no space left on the device" : e.message;
  process.stderr.write(`error: cannot write the output: ${reason}\n`);
  process.exit(1);
});
// stderr that cannot be written has no one left to tell
process.stderr.on("error", () => process.exit(process.exitCode ?? 1));

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

runCli(process.argv.slice(2), io).then((status) => {
  process.exitCode = status;
});
