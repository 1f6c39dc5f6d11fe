/**
 * Where a log's bytes come from, in the browser as in Node: a web `ReadableStream` (a `fetch`
 * body, `File.stream()`), any (async) iterable of byte chunks (a Node `Readable` such as
 * `fs.createReadStream(path)`), one `Uint8Array` / `ArrayBuffer`, or a string holding the
 * log's text (then `encoding` does not apply). Gzip-compressed bytes are recognised by their
 * first bytes, whatever the file is called.
 *
 * @example
 * await readEventLog(createReadStream("sepsis.csv"), mapping); // a Node stream
 * await readEventLog((await fetch(url)).body!, mapping);       // a web stream
 * await readEventLog(text, mapping);                           // the text itself
 */
export type EventLogSource =
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>;

/**
 * The byte chunks of a (non-string) source, one by one.
 *
 * @example
 * for await (const chunk of byteChunks(new Uint8Array([1, 2]))) chunk; // Uint8Array [1, 2]
 */
export async function* byteChunks(source: Exclude<EventLogSource, string>): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
  } else if (source instanceof ArrayBuffer) {
    yield new Uint8Array(source);
  } else if (typeof (source as ReadableStream).getReader === "function") {
    // Read through a reader rather than async iteration: not every browser iterates web streams.
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      if (typeof chunk === "string") throw new TypeError("readEventLog: a stream of strings is not a byte stream; pass the text as one string, or bytes");
      yield chunk;
    }
  } else {
    throw new TypeError("readEventLog: the source must be a string, bytes, a ReadableStream or an iterable of byte chunks");
  }
}
