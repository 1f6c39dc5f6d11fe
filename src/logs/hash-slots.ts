/**
 * Puts `index` into the open-addressing table `slots` (two numbers per slot: the index + 1, 0
 * when the slot is free, and the hash, so that probing compares hashes before it touches a
 * key) at the first free slot from `hash` on. The tables of names (`StringTable`, `ByteKeys`)
 * share it.
 *
 * @example
 * const slots = new Int32Array(8); // 4 slots
 * placeInSlots(slots, 5, 0); // slot 1 (5 & 3): slots[2] === 1, slots[3] === 5
 */
export function placeInSlots(slots: Int32Array, hash: number, index: number): void {
  const mask = (slots.length >> 1) - 1;
  let s = hash & mask;
  while (slots[2 * s] !== 0) s = (s + 1) & mask;
  slots[2 * s] = index + 1;
  slots[2 * s + 1] = hash;
}

/**
 * MurmurHash3's finaliser over an FNV-1a hash: FNV's low bits, the ones a table index uses, mix
 * poorly.
 *
 * @example
 * mixHash(0x811c9dc5) !== 0x811c9dc5; // true
 */
export function mixHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
