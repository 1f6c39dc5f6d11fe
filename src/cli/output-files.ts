import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { access, chmod, constants, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CliError } from "./cli-error.js";

/** A file's text: one string, or chunks (a text too long for one string, e.g. `jsonChunks`). */
export type OutputText = string | Iterable<string>;

/** The files of one command, as `writeOutputs` hands them to the code that writes them. */
export interface OutputFileSet {
  /** Writes `text` for `path` (to a temporary file until all are written); `said` is printed once all are in place. */
  add(path: string, text: OutputText, said?: string | null): Promise<void>;
}

interface Staged {
  path: string;
  /** The temporary file beside the target; null for a device or pipe, written at commit. */
  temporary: string | null;
  text: OutputText | null;
  mode: number | null;
  said: string | null;
}

/**
 * The files one command writes, written together or not at all: each text goes to a temporary
 * file beside its target (`add`), and `commit` renames them all into place once every one has
 * been written, so a failure on the second output (a missing folder, a full disk) leaves the first
 * unwritten too; `discard` removes the temporary files. A device or pipe (`/dev/stdout`) is
 * written at commit. After the commit each file's line (`said`) is told to `say`.
 *
 * @example
 * await writeOutputs(io.out, async (outputs) => {
 *   await outputs.add("model.json", jsonChunks(service), "model written to model.json\n");
 *   await outputs.add("report.html", html, "wrote report.html\n");
 * });
 */
export async function writeOutputs(say: (line: string) => void, write: (outputs: OutputFileSet) => Promise<void>): Promise<void> {
  const staged: Staged[] = [];
  const discard = () => Promise.all(staged.map((s) => (s.temporary === null ? null : rm(s.temporary, { force: true }).catch(() => {}))));
  try {
    await write({
      async add(path, text, said = null) {
        staged.push(await stage(path, text, said));
      },
    });
    for (const s of staged) {
      try {
        if (s.temporary === null) await pipeline(Readable.from(chunksOf(s.text!)), createWriteStream(s.path));
        else {
          if (s.mode !== null) await chmod(s.temporary, s.mode);
          await rename(s.temporary, s.path);
          s.temporary = null;
        }
      } catch (e) {
        throw cannotWrite(s.path, e as NodeJS.ErrnoException);
      }
    }
  } catch (e) {
    await discard();
    throw e;
  }
  for (const s of staged) if (s.said !== null) say(s.said);
}

/**
 * Checks, before anything is computed or written, that every output can be written: its folder
 * exists and may be written to, and it is not a folder itself. A failure is the `CliError` a
 * write would give.
 *
 * @example
 * await checkOutputs([values.model, values.html]); // throws "cannot write out/m.json: the folder out does not exist"
 */
export async function checkOutputs(paths: readonly (string | undefined)[]): Promise<void> {
  for (const path of paths) {
    if (path === undefined) continue;
    const existing = await stat(path).catch(() => null);
    if (existing?.isDirectory()) throw new CliError(`cannot write ${path}: it is a directory (name a file)`);
    if (existing && !existing.isFile()) continue;
    await access(dirname(path), constants.W_OK).catch((e: NodeJS.ErrnoException) => {
      throw cannotWrite(path, e);
    });
  }
}

async function stage(path: string, text: OutputText, said: string | null): Promise<Staged> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new CliError(`cannot write ${path}: it is a directory (name a file)`);
  if (existing && !existing.isFile()) return { path, temporary: null, text, mode: null, said };
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await pipeline(Readable.from(chunksOf(text)), createWriteStream(temporary, { flags: "wx" }));
  } catch (e) {
    await rm(temporary, { force: true }).catch(() => {});
    throw cannotWrite(path, e as NodeJS.ErrnoException);
  }
  return { path, temporary, text: null, mode: existing ? existing.mode & 0o7777 : null, said };
}

/** Chunks of at most 1M characters (`Readable.from` would send a 400 MB string as one write), never cutting a surrogate pair. */
function* chunksOf(text: OutputText): Generator<string> {
  const SLICE = 1 << 20;
  for (const chunk of typeof text === "string" ? [text] : text) {
    for (let i = 0; i < chunk.length; ) {
      let end = Math.min(i + SLICE, chunk.length);
      const last = chunk.charCodeAt(end - 1);
      if (end < chunk.length && last >= 0xd800 && last <= 0xdbff) end--;
      yield chunk.slice(i, end);
      i = end;
    }
  }
}

/** One `CliError` naming the file, the reason and the fix. */
export function cannotWrite(path: string, e: NodeJS.ErrnoException): CliError {
  if (e instanceof CliError) return e;
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
