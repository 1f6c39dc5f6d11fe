import { safeJsonText } from "./json-text.js";

/** Containers this many levels deep are written whole; above them, one member at a time. */
const STREAMED_DEPTH = 2;
/** Pieces are joined into chunks of about this many characters before they are handed on. */
const CHUNK_CHARS = 1 << 16;

/**
 * The text of `jsonText(value)` in chunks of about 64k characters, so that a value whose JSON
 * exceeds what one string may hold (V8: about 512 MB, "Invalid string length") can still be
 * written: the outer object and its arrays are written member by member, each member with
 * `JSON.stringify`. Joined, the chunks are exactly `jsonText(value)`.
 *
 * @example
 * [...jsonChunks({ a: [1, 2] })].join(""); // '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
 */
export function* jsonChunks(value: unknown): Generator<string> {
  let pending = "";
  for (const piece of pieces(value, "", 0)) {
    pending += piece;
    if (pending.length >= CHUNK_CHARS) {
      yield safeJsonText(pending);
      pending = "";
    }
  }
  yield safeJsonText(`${pending}\n`);
}

/** Pieces of `JSON.stringify(value, null, 2)` at `indent`; nothing for a value JSON leaves out. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const container = value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function";
  if (!container || depth >= STREAMED_DEPTH) {
    const text = JSON.stringify(value, null, 2);
    if (text !== undefined) yield depth === 0 ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      let any = false;
      for (const piece of pieces(value[i], inner, depth + 1)) {
        any = true;
        yield piece;
      }
      if (!any) yield "null"; // as JSON.stringify writes undefined or a function in an array
    }
    return yield `\n${indent}]`;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(member, inner, depth + 1);
  }
  yield first ? "{}" : `\n${indent}}`;
}
