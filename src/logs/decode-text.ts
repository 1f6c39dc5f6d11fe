import { EventLogError } from "./event-log-error.js";

/** Text encodings a log may be in. `latin1` is read as windows-1252, as the WHATWG Encoding standard does. */
export type LogEncoding = "utf-8" | "utf8" | "latin1" | "iso-8859-1" | "windows-1252";

export const ENCODINGS: readonly LogEncoding[] = ["utf-8", "utf8", "latin1", "iso-8859-1", "windows-1252"];

/**
 * Decodes byte chunks into text chunks, a character split across chunks included, a leading
 * byte-order mark dropped. UTF-8 is checked: bytes that are not UTF-8 (a Latin-1 file read as
 * UTF-8) are an `invalid_encoding` error that names the fix, never silently wrong names.
 *
 * @example
 * for await (const text of decodeText(bytes, "latin1")) text;
 */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, encoding: LogEncoding = "utf-8"): AsyncGenerator<string> {
  const utf8 = encoding === "utf-8" || encoding === "utf8";
  const decoder = new TextDecoder(encoding, { fatal: utf8 });
  let bytes = 0;
  const decode = (chunk?: Uint8Array) => {
    const upTo = bytes + (chunk?.length ?? 0);
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new EventLogError(
        "invalid_encoding",
        `the log is not valid UTF-8 (between bytes ${bytes.toLocaleString("en")} and ${upTo.toLocaleString("en")}): if it is Latin-1, read it with encoding "latin1" (--encoding latin1)`,
      );
    }
  };
  for await (const chunk of chunks) {
    const text = decode(chunk);
    bytes += chunk.length;
    if (text) yield text;
  }
  const rest = decode();
  if (rest) yield rest;
}
