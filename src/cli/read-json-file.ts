import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error.js";

/** Reads and parses a JSON file; a missing file or bad JSON is one clear line, never a stack trace. */
export async function readJsonFile(path: string, what = "file"): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${what} not found: ${path}`);
    if (code === "EISDIR") throw new CliError(`${what} is a directory, not a file: ${path}`);
    throw new CliError(`cannot read ${what} ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}
