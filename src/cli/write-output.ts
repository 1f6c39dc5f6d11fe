import { randomBytes } from "node:crypto";
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "./cli-error.js";

/**
 * Writes an output file whole or not at all: the text goes to a temporary file beside the target,
 * which then replaces the target in one rename, so an interrupted or failed write (a full disk)
 * leaves the old file as it was and no half-written one. A device or pipe (`/dev/stdout`) is
 * written directly. A failure is one `CliError` naming the file, the reason and, for a full disk,
 * nothing half-written.
 *
 * @example
 * await writeOutput("report.html", html);
 */
export async function writeOutput(path: string, text: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new CliError(`cannot write ${path}: it is a directory (name a file)`);
  if (existing && !existing.isFile()) {
    await writeFile(path, text).catch((e: NodeJS.ErrnoException) => {
      throw cannotWrite(path, e);
    });
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true }).catch(() => {});
    throw cannotWrite(path, e as NodeJS.ErrnoException);
  }
}

function cannotWrite(path: string, e: NodeJS.ErrnoException): CliError {
  switch (e.code) {
    case "ENOSPC":
      return new CliError(`cannot write ${path}: no space left on the device`);
    case "ENOENT":
      return new CliError(`cannot write ${path}: the folder ${dirname(path)} does not exist`);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new CliError(`cannot write ${path}: permission denied (choose a folder you can write to)`);
    default:
      return new CliError(`cannot write ${path}: ${e.message}`);
  }
}
