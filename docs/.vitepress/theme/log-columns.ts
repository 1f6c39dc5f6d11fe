// The columns (CSV) or attributes (XES) a log file offers, read from its first megabyte in the
// browser, so that the reader picks the case, activity, timestamp and department from what the
// file really has. Nothing leaves the page.

/** What a log file offers to map: case keys and event keys (the same list for CSV). */
export interface LogColumns {
  format: "csv" | "xes";
  /** CSV: the header's columns; XES: the traces' attributes. */
  caseKeys: string[];
  /** CSV: the header's columns; XES: the events' attributes. */
  eventKeys: string[];
}

const HEAD_BYTES = 1 << 20;

/** The first bytes of a file, decompressed when they are gzip (1f 8b), as text. */
async function headText(file: Blob, encoding: "utf-8" | "latin1"): Promise<string> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  const stream = gzip ? file.stream().pipeThrough(new DecompressionStream("gzip")) : file.slice(0, HEAD_BYTES).stream();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < HEAD_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return new TextDecoder(encoding === "latin1" ? "windows-1252" : "utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

/** The fields of one CSV line (quotes as RFC 4180: "" inside a quoted field is a quote). */
function csvFields(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) fields.push(field), (field = "");
    else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** The delimiter found most often in the header line, as `readEventLog` chooses it. */
export function csvDelimiter(header: string): string {
  let best = ",";
  let most = 0;
  for (const d of [",", ";", "\t", "|"]) {
    const n = header.split(d).length - 1;
    if (n > most) (best = d), (most = n);
  }
  return best;
}

const unique = (keys: Iterable<string>) => [...new Set(keys)];
const attributeKeys = (xml: string) => Array.from(xml.matchAll(/<(?:string|date|int|float|boolean|id)\s+key="([^"]*)"/g), (m) => m[1]!);

/**
 * The columns of a CSV log or the attributes of an XES log (plain or gzip).
 *
 * @example
 * await logColumns(file); // { format: "csv", caseKeys: ["case:concept:name", …], eventKeys: […] }
 */
export async function logColumns(file: Blob, encoding: "utf-8" | "latin1" = "utf-8"): Promise<LogColumns> {
  const text = await headText(file, encoding);
  if (text.trimStart().startsWith("<")) {
    const caseKeys: string[] = [];
    const eventKeys: string[] = [];
    for (const trace of text.split(/<trace\b/).slice(1)) {
      const [own, ...events] = trace.split(/<event\b/);
      caseKeys.push(...attributeKeys(own!));
      for (const e of events) eventKeys.push(...attributeKeys(e.split(/<\/event>/)[0]!));
    }
    return { format: "xes", caseKeys: unique(caseKeys), eventKeys: unique(eventKeys) };
  }
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const columns = unique(csvFields(header, csvDelimiter(header)).filter((c) => c !== ""));
  return { format: "csv", caseKeys: columns, eventKeys: columns };
}

/** The key most likely meant for a role, by its name; `""` when none fits. */
export function guessKey(keys: readonly string[], role: "case" | "activity" | "timestamp" | "department", format: "csv" | "xes"): string {
  const patterns: Record<typeof role, RegExp[]> = {
    case: format === "xes" ? [/^concept:name$/] : [/^case:concept:name$/i, /^case[ _]?id$/i, /case/i, /^id$/i],
    activity: [/^concept:name$/, /^activity$/i, /activity/i, /status/i, /event/i],
    timestamp: [/^time:timestamp$/, /complete.*time/i, /timestamp/i, /time/i, /date/i],
    department: [/^org:group$/, /department/i, /team/i, /group/i, /^org:/i, /unit/i],
  };
  for (const p of patterns[role]) {
    const hit = keys.find((k) => p.test(k));
    if (hit) return hit;
  }
  return "";
}
