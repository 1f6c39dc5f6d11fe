import { EventLogError } from "./event-log-error.js";
import { utf8Text, wholeCharacters } from "./utf8-text.js";

/**
 * Text encodings a log may be in. `latin1` is read as windows-1252, as the WHATWG Encoding standard does.
 *
 * @example
 * await readEventLog(stream, mapping, { encoding: "latin1" });
 */
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
  let first = true;
  let carry: Uint8Array | null = null;
  const invalid = (upTo: number) =>
    new EventLogError(
      "invalid_encoding",
      `the log is not valid UTF-8 (between bytes ${bytes.toLocaleString("en")} and ${upTo.toLocaleString("en")})`,
      {},
      ["encoding_latin1"],
    );
  /** Whole UTF-8 characters, the rest carried to the next chunk. */
  const viaBuffer = (chunk: Uint8Array, final: boolean): string => {
    let data = chunk;
    if (carry) {
      data = new Uint8Array(carry.length + chunk.length);
      data.set(carry);
      data.set(chunk, carry.length);
      carry = null;
    }
    const whole = final ? data.length : wholeCharacters(data);
    if (whole < data.length) carry = data.slice(whole);
    const text = utf8Text(data, 0, whole);
    if (text === null) throw invalid(bytes + chunk.length);
    return text;
  };
  const decode = (chunk: Uint8Array | undefined): string => {
    if (utf8) return viaBuffer(chunk ?? new Uint8Array(0), chunk === undefined);
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw invalid(bytes + (chunk?.length ?? 0));
    }
  };
  for await (const chunk of chunks) {
    let text = decode(chunk);
    bytes += chunk.length;
    if (first && text !== "") {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decode(undefined);
  if (rest) yield rest;
}
