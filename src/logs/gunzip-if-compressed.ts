import { EventLogError } from "./event-log-error.js";

/**
 * Passes byte chunks through, decompressing them when they start with the gzip magic bytes
 * `1f 8b` (the name of a file says nothing). Uses the platform's `DecompressionStream`
 * (browsers, Node ≥ 18), so a 40 MB log is never held whole; a truncated or damaged stream is
 * a `bad_gzip` error.
 *
 * @example
 * for await (const bytes of gunzipIfCompressed(byteChunks(file.stream()))) bytes; // plain bytes
 */
export async function* gunzipIfCompressed(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.length === 0) first = await iterator.next();
  if (first.done) return;
  // One byte of a two-byte magic number may come alone; join it with the next chunk.
  if (first.value.length === 1) {
    const second = await iterator.next();
    if (!second.done) {
      const joined = new Uint8Array(1 + second.value.length);
      joined[0] = first.value[0]!;
      joined.set(second.value, 1);
      first = { done: false, value: joined };
    }
  }
  const head = first.value;
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    return;
  }
  const compressed = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const reader = compressed.pipeThrough(new DecompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (e) {
      throw new EventLogError(
        "bad_gzip",
        `the gzip data is truncated or damaged (${(e as Error).message}): download or compress the log again`,
      );
    }
    if (result.done) return;
    yield result.value;
  }
}
