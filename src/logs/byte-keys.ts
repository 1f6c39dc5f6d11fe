import { mixHash, placeInSlots } from "./hash-slots.js";

/** What `ByteKeys.find` returns for bytes it does not hold. */
export const ABSENT = -1;

/**
 * A hash map from byte strings to numbers (a name's index in a `StringTable`, or a marker), for a
 * reader that cuts names out of a file's bytes: a name is looked up where it lies in the chunk,
 * and decoded into a string only the first time it is seen. The keys are copied into an arena of
 * the map's own, so the map never holds on to a chunk of the file.
 *
 * @example
 * const keys = new ByteKeys();
 * const bytes = new TextEncoder().encode("desk,lab");
 * keys.find(bytes, 0, 4); // ABSENT
 * keys.add(bytes, 0, 4, 7);
 * keys.find(bytes, 0, 4); // 7
 */
export class ByteKeys {
  /** The keys' bytes, one after another. */
  private arena = new Uint8Array(1 << 12);
  private used = 0;
  /** Per entry: where its key starts in the arena, its length, its hash and its value. */
  private keyStart = new Int32Array(64);
  private keyLength = new Int32Array(64);
  private keyHash = new Int32Array(64);
  private values = new Uint32Array(64);
  private count = 0;
  /** Open addressing, two numbers per slot: the entry + 1 (0 when free) and its hash. */
  private slots = new Int32Array(128);

  /** The value of the key `bytes[start..end)`, or `ABSENT`. */
  find(bytes: Uint8Array, start: number, end: number): number {
    return this.lookup(bytes, start, end, hashBytes(bytes, start, end));
  }

  /** Sets the value of the key `bytes[start..end)`; the key must be absent. */
  add(bytes: Uint8Array, start: number, end: number, value: number): void {
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(2 * this.arena.length, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    if (this.count === this.values.length) {
      this.keyStart = grown(this.keyStart, new Int32Array(2 * this.count));
      this.keyLength = grown(this.keyLength, new Int32Array(2 * this.count));
      this.keyHash = grown(this.keyHash, new Int32Array(2 * this.count));
      this.values = grown(this.values, new Uint32Array(2 * this.count));
    }
    const entry = this.count++;
    const hash = hashBytes(bytes, start, end);
    for (let i = 0; i < length; i++) this.arena[this.used + i] = bytes[start + i]!;
    this.keyStart[entry] = this.used;
    this.keyLength[entry] = length;
    this.keyHash[entry] = hash;
    this.values[entry] = value;
    this.used += length;
    if (this.count * 4 > this.slots.length) this.rehash();
    else placeInSlots(this.slots, hash, entry);
  }

  private lookup(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    const arena = this.arena;
    probe: for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = slots[2 * s]! - 1;
      if (entry < 0) return ABSENT;
      if (slots[2 * s + 1] !== hash || this.keyLength[entry] !== length) continue;
      const at = this.keyStart[entry]! - start;
      for (let i = start; i < end; i++) if (arena[at + i] !== bytes[i]) continue probe;
      return this.values[entry]!;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) placeInSlots(this.slots, this.keyHash[entry]!, entry);
  }
}

function grown<T extends Int32Array | Uint32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}

/** Keys up to this long are hashed whole; longer ones by their length, head and tail. */
const WHOLE = 16;

/**
 * FNV-1a over `bytes[start..end)`: all of them up to `WHOLE`, else the length and the first and
 * last 8 (reading bytes is most of the cost; keys that differ only in the middle are compared in
 * full when probing), then MurmurHash3's finaliser, since a slot is chosen by the low bits.
 */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  if (end - start <= WHOLE) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  } else {
    h = Math.imul(h ^ (end - start), 0x01000193);
    for (let i = start; i < start + 8; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    for (let i = end - 8; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  }
  return mixHash(h);
}
