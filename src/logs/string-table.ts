import { mixHash, placeInSlots } from "./hash-slots.js";

/**
 * Interns strings read from a log: each distinct string is kept once and named by its index.
 * A part of a larger text (`internRange`) is looked up where it lies, without cutting it out:
 * a million-event log then makes a string only for each *new* name, not for every field. The
 * table is a hash table of its own over character codes, so hostile names such as `__proto__`
 * are ordinary keys.
 *
 * @example
 * const table = new StringTable();
 * table.intern("lab"); // 0
 * table.intern("desk"); // 1
 * table.internRange("to the lab", 7, 10); // 0
 * table.values; // ["lab", "desk"]
 */
export class StringTable {
  readonly values: string[] = [];
  /**
   * Open addressing, two numbers per slot: the index + 1 of the value (0 when the slot is
   * free) and its hash, so that probing compares hashes before it touches a string.
   */
  private slots = new Int32Array(128);
  /** Each value's hash, so that growing the table hashes nothing again. */
  private hashes = new Int32Array(64);

  intern(value: string): number {
    return this.internRange(value, 0, value.length);
  }

  /** The index of `text.slice(start, end)`, added when new. */
  internRange(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const found = this.lookup(text, start, end, hash);
    if (found >= 0) return found;
    // A string cut from a text chunk may share that chunk's memory (V8 sliced strings): copy
    // it, so the table keeps only its own characters, not the file's text.
    const value = text.slice(start, end);
    return this.store(value.length > 12 ? (" " + value).slice(1) : value, hash);
  }

  /**
   * Adds a value the caller knows the table does not hold, without looking for it: the CSV
   * reader finds names by their bytes first (`ByteKeys`), so a name it decodes is new here.
   * The value is kept as it is: it must be a string of its own, not cut from a larger text.
   */
  add(value: string): number {
    return this.store(value, hashOf(value, 0, value.length));
  }

  /** The index of `text.slice(start, end)`, or -1 when the table does not hold it. */
  findRange(text: string, start: number, end: number): number {
    return this.lookup(text, start, end, hashOf(text, start, end));
  }

  get size(): number {
    return this.values.length;
  }

  private lookup(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const index = slots[2 * s]! - 1;
      if (index < 0) return -1;
      if (slots[2 * s + 1] !== hash) continue;
      const v = this.values[index]!;
      // slice + === compares natively; startsWith walks the characters one by one (3× slower at 30).
      if (v.length === end - start && text.slice(start, end) === v) return index;
    }
  }

  private store(value: string, hash: number): number {
    const i = this.values.length;
    this.values.push(value);
    if (i === this.hashes.length) {
      const hashes = new Int32Array(2 * i);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[i] = hash;
    if (this.values.length * 4 > this.slots.length) this.rehash();
    else placeInSlots(this.slots, hash, i);
    return i;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.values.length; i++) placeInSlots(this.slots, this.hashes[i]!, i);
  }
}

/** Strings up to this long are hashed whole; longer ones by their length, head and tail. */
const WHOLE = 16;

/**
 * FNV-1a over the UTF-16 code units of `text[start..end)`: all of them up to `WHOLE`, else the
 * length and the first and last 8. Reading characters is most of the cost of interning a
 * million fields, and names of the same length that differ only in the middle are rare; when
 * they occur, probing compares them in full, so the table stays exact.
 */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  if (end - start <= WHOLE) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  } else {
    h = Math.imul(h ^ (end - start), 0x01000193);
    for (let i = start; i < start + 8; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let i = end - 8; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return mixHash(h);
}
