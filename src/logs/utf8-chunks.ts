/** A string is encoded this many characters at a time. */
const SLICE = 1 << 20;

/**
 * The UTF-8 bytes of a text, in chunks: a string (cut between characters, never inside a
 * surrogate pair) or text chunks decoded from another encoding. The CSV reader reads UTF-8
 * bytes only; this is how a string source or a Latin-1 log reaches it.
 *
 * @example
 * for await (const bytes of utf8Chunks("case,activity\n")) bytes; // Uint8Array(14)
 */
export async function* utf8Chunks(text: string | AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  if (typeof text !== "string") {
    for await (const chunk of text) yield encoder.encode(chunk);
    return;
  }
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last < 0xdc00) end--; // keep a surrogate pair whole
    yield encoder.encode(text.slice(i, end));
    i = end;
  }
}
