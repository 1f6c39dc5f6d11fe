import { open } from "node:fs/promises";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The line of the first quoted field in a CSV file with text after its closing quote
 * (`"call"x`), or null when every quoted field closes before a delimiter or a line end. The
 * default engine refuses such a field (or skips its row); DuckDB's lenient reader silently
 * drops the text, so the DuckDB engine looks for it apart, on the bytes: only the quotes are
 * visited (`indexOf`), a quote being a field's opening one when it starts the field (after the
 * delimiter, a line end or the file's start). Lines are counted as the default engine counts
 * them: `\n`, `\r\n` and `\r` each end one, the header is line 1. The file is read in chunks of
 * `chunkBytes`. A field still open at the end
 * of the file is not this fault (DuckDB's reader finds that one). Not part of the public API.
 *
 * @example
 * await csvQuoteFault("events.csv", ","); // 2 when line 2 reads 1,"call"x,2024-01-01T10:00:00
 */
export async function csvQuoteFault(path: string, delimiter: string, chunkBytes = 1 << 20): Promise<number | null> {
  const d = Buffer.from(delimiter, "latin1");
  if (d.length !== 1) return null;
  const delim = d[0]!;
  const endsField = (b: number) => b === delim || b === LF || b === CR;
  let inQuote = false;
  // the last byte was a quote inside a quoted field: the next one says whether it closed the field
  let closing = false;
  let before = -1; // the byte before the chunk; -1 at the start of the file
  let offset = 0;
  let bom = false;
  for await (const chunk of chunks(path, chunkBytes)) {
    if (offset === 0) bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    let i = 0;
    while (i < chunk.length) {
      if (closing) {
        closing = false;
        if (chunk[i] === QUOTE) {
          i++; // "" stands for one quote: the field goes on
          continue;
        }
        inQuote = false;
        if (!endsField(chunk[i]!)) return lineAt(path, offset + i, chunkBytes);
      }
      const j = chunk.indexOf(QUOTE, i);
      if (j < 0) break;
      if (inQuote) closing = true;
      else {
        const previous = j > 0 ? chunk[j - 1]! : before;
        inQuote = previous === -1 || endsField(previous) || (bom && offset + j === 3);
      }
      i = j + 1;
    }
    before = chunk[chunk.length - 1]!;
    offset += chunk.length;
  }
  return null;
}

/** The line (from 1) holding the byte at `offset`, with `\n`, `\r\n` and `\r` each ending one. */
async function lineAt(path: string, offset: number, chunkBytes: number): Promise<number> {
  let line = 1;
  let lastCr = false;
  for await (const chunk of chunks(path, chunkBytes, offset)) {
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k]!;
      if (b === LF) {
        if (!lastCr) line++;
      } else if (b === CR) line++;
      lastCr = b === CR;
    }
  }
  return line;
}

/**
 * The file's first `end` bytes (all of them by default) in chunks of `chunkBytes`, read into one
 * buffer again and again: each chunk is valid until the next is asked for, and nothing is
 * allocated per chunk.
 */
async function* chunks(path: string, chunkBytes: number, end = Infinity): AsyncGenerator<Buffer> {
  const file = await open(path, "r");
  const buffer = Buffer.alloc(chunkBytes);
  try {
    for (let read = 0; read < end; ) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(chunkBytes, end - read), null);
      if (bytesRead === 0) return;
      read += bytesRead;
      yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
