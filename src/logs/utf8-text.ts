interface NodeBufferView {
  toString(encoding: "utf8", start?: number, end?: number): string;
}
interface NodeBufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): NodeBufferView;
  isBuffer(value: unknown): boolean;
}

/**
 * Node's `Buffer` decodes UTF-8 twice as fast as Node 20's `TextDecoder` (0.45 s against 1 s for
 * a 276 MB log); browsers have no `Buffer` and a fast `TextDecoder`.
 */
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The text of the UTF-8 bytes `bytes[start..end)`, or `null` when they are not valid UTF-8 (a
 * Latin-1 file read as UTF-8): never a name with replacement characters. A U+FFFD written in the
 * file is text like any other.
 *
 * @example
 * utf8Text(new TextEncoder().encode("Käsittely"), 0, 10); // "Käsittely"
 * utf8Text(new Uint8Array([0x4b, 0xe4]), 0, 2); // null
 */
export function utf8Text(bytes: Uint8Array, start = 0, end = bytes.length): string | null {
  if (NodeBuffer) {
    // a Buffer (a chunk of a file read by Node) decodes a range of itself without a new view
    const text = NodeBuffer.isBuffer(bytes) ? (bytes as unknown as NodeBufferView).toString("utf8", start, end) : NodeBuffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
    if (text.indexOf("\uFFFD") < 0) return text;
  }
  try {
    return strict.decode(bytes.subarray(start, end));
  } catch {
    return null;
  }
}

/**
 * The length of the longest prefix of `bytes` that ends on a whole UTF-8 character: all of them,
 * unless the last character is cut off.
 *
 * @example
 * wholeCharacters(new Uint8Array([0x61, 0xc3])); // 1
 */
export function wholeCharacters(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? n - back : n;
  }
  return n;
}
