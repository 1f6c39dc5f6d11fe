import { writeOutputs, type OutputText } from "./output-files.js";

/**
 * Writes one output file whole or not at all (see `writeOutputs`): the text goes to a temporary
 * file beside the target, which then replaces the target in one rename, so an interrupted or
 * failed write (a full disk) leaves the old file as it was and no half-written one. A device or
 * pipe (`/dev/stdout`) is written directly. A failure is one `CliError` naming the file and the
 * reason.
 *
 * @example
 * await writeOutput("report.html", html);
 */
export async function writeOutput(path: string, text: OutputText): Promise<void> {
  await writeOutputs(() => {}, (outputs) => outputs.add(path, text));
}
