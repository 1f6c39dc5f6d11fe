import { runCli } from "./run-cli.js";

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

runCli(process.argv.slice(2), io).then((status) => {
  process.exitCode = status;
});
