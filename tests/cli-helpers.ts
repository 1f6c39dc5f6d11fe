// Runs `hukka ARGS…` in process with a fake terminal, for the command-line tests.
import { runCli } from "../src/cli/run-cli.js";

/** The exit status and what `hukka args…` wrote to stdout and stderr. */
export async function runHukka(args: string[], stderrIsTTY = false) {
  let out = "";
  let err = "";
  const status = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), stderrIsTTY });
  return { status, out, err };
}
