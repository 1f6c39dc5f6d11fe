import { open } from "node:fs/promises";
import { constants, gunzipSync } from "node:zlib";

/** How much of the log is looked at: the header, or the first events of an XES file. */
const PEEK_BYTES = 256 * 1024;

/** Names that usually hold who handled an event: an organisational unit, team or resource. */
const LOOKS_LIKE_DEPARTMENT = /org:|department|dept|team|group|unit|resource|owner|division|section|ward|office|organi[sz]ation|\bST\b|support/i;

/**
 * The columns (CSV header) or attribute keys (XES) of a log whose names look like a department,
 * in the order they appear; read from the first 256 KB (decompressed when gzip), so that a
 * `hukka mine` without `--department` can say which one to name. Empty when none looks like one
 * or the file cannot be read.
 *
 * @example
 * await departmentCandidates("receipt.csv"); // ["case:department", "case:group", "org:group", "org:resource"]
 */
export async function departmentCandidates(path: string, encoding: "utf-8" | "latin1" = "utf-8"): Promise<string[]> {
  let bytes: Buffer;
  try {
    const file = await open(path, "r");
    try {
      const buffer = Buffer.alloc(PEEK_BYTES);
      const { bytesRead } = await file.read(buffer, 0, PEEK_BYTES, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
    // a cut gzip stream decompresses up to the cut with a sync flush
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return [];
  }
  const text = bytes.toString(encoding === "latin1" ? "latin1" : "utf8").replace(/^\uFEFF/, "");
  const names = text.trimStart().startsWith("<") ? xesKeys(text) : csvHeader(text);
  return [...new Set(names)].filter((name) => LOOKS_LIKE_DEPARTMENT.test(name));
}

/** The attribute keys of the first events (the log's header holds classifiers and statistics, not columns). */
function xesKeys(text: string): string[] {
  const keys: string[] = [];
  let events = 0;
  for (const event of text.matchAll(/<event>([\s\S]*?)<\/event>/g)) {
    for (const m of event[1]!.matchAll(/<(?:string|id)\s[^>]*?key="([^"]+)"/g)) keys.push(m[1]!);
    if (++events === 50) break;
  }
  return keys;
}

function csvHeader(text: string): string[] {
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t", "|"].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ",");
  return line.split(delimiter).map((field) => field.trim().replace(/^"(.*)"$/, "$1").replace(/""/g, '"'));
}
