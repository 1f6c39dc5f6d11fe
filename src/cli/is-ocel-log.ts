import { open } from "node:fs/promises";
import { constants, gunzipSync } from "node:zlib";
import { ocelFormat } from "../logs/read-ocel.js";

const PEEK_BYTES = 64 * 1024;
const OCEL_EXTENSION = /\.(jsonocel|xmlocel|sqlite|sqlite3|db)(\.gz)?$/i;

/**
 * Whether `hukka mine` reads the file as OCEL 2.0: by its extension (`.jsonocel`, `.xmlocel`,
 * `.sqlite`, each also `.gz`) or by its content — an SQLite database, JSON, or XML whose first
 * elements are OCEL's (`<object-types>`, `<event-types>`, `<objects>`, `<events>`) rather than
 * XES's. `.json` and `.xml` files are told by content.
 *
 * @example
 * await isOcelLog("service.json.gz"); // true when it holds {"objectTypes": …}
 */
export async function isOcelLog(path: string): Promise<boolean> {
  if (OCEL_EXTENSION.test(path)) return true;
  let head: Buffer;
  try {
    const file = await open(path, "r");
    try {
      const buffer = Buffer.alloc(PEEK_BYTES);
      const { bytesRead } = await file.read(buffer, 0, PEEK_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
    if (head[0] === 0x1f && head[1] === 0x8b) head = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return false; // the reader says what is wrong with the file
  }
  const format = ocelFormat(head);
  if (format === "xml") return /<(object-types|event-types|objects|events)[\s>/]/.test(head.toString("utf8")) && !/<trace[\s>/]/.test(head.toString("utf8"));
  return format === "json" || format === "sqlite";
}
