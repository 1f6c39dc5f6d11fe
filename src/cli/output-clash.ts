import { realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A file named on the command line, and what names it (`"the model"`, `"--html"`). */
export interface NamedPath {
  what: string;
  path: string;
}

/**
 * The first output that would be written onto an input or onto another output, as a message
 * naming both and the fix; null when every output has a file of its own. Paths are compared as
 * files, not text: `./a.json`, `a.json`, a symbolic link to it and a hard link are one file.
 * Devices and pipes (`/dev/null`, `/dev/stdout`) are not files that can be lost, and may repeat.
 *
 * @example
 * outputClash([{ what: "the model", path: "m.json" }], [{ what: "--html", path: "./m.json" }]);
 * // '--html m.json is the model: choose another file to write'
 */
export function outputClash(inputs: NamedPath[], outputs: NamedPath[]): string | null {
  const seen = new Map<string, NamedPath>();
  for (const input of inputs) {
    const id = fileIdentity(input.path);
    if (id !== null && !seen.has(id)) seen.set(id, input);
  }
  const inputIds = new Set(seen.keys());
  for (const output of outputs) {
    const id = fileIdentity(output.path);
    if (id === null) continue;
    const earlier = seen.get(id);
    if (earlier) {
      return inputIds.has(id)
        ? `${output.what} ${output.path} is ${earlier.what}: choose another file to write`
        : `${earlier.what} and ${output.what} both write ${output.path}: choose a file for each`;
    }
    seen.set(id, output);
  }
  return null;
}

/** One key per file: device and inode when it exists, else the real path it would get; null for a device or pipe. */
function fileIdentity(path: string): string | null {
  try {
    const info = statSync(path);
    if (!info.isFile()) return info.isDirectory() ? `dir:${info.dev}:${info.ino}` : null;
    return `file:${info.dev}:${info.ino}`;
  } catch {
    const absolute = resolve(path);
    try {
      return `new:${join(realpathSync(dirname(absolute)), basename(absolute))}`;
    } catch {
      return `new:${absolute}`;
    }
  }
}
