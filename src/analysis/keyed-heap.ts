/**
 * A binary heap of integer items (touchpoint or pool indices) by a numeric key fixed at push:
 * the smallest key first, or the largest with `largestFirst`; equal keys: the smaller item first.
 * Stale entries are the caller's to skip (lazy deletion).
 *
 * @example
 * const heap = new KeyedHeap(true);
 * heap.push(3, 0.2); heap.push(7, 0.5);
 * heap.pop(); // 7
 */
export class KeyedHeap {
  private items: number[] = [];
  private keys: number[] = [];

  constructor(private readonly largestFirst = false) {}

  get size(): number {
    return this.items.length;
  }

  private before(ka: number, a: number, kb: number, b: number): boolean {
    if (ka !== kb) return this.largestFirst ? ka > kb : ka < kb;
    return a < b;
  }

  push(item: number, key: number): void {
    const { items, keys } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(key, item, keys[up]!, items[up]!)) break;
      items[i] = items[up]!;
      keys[i] = keys[up]!;
      i = up;
    }
    items[i] = item;
    keys[i] = key;
  }

  pop(): number {
    const { items, keys } = this;
    const top = items[0]!;
    const last = items.pop()!;
    const lastKey = keys.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && this.before(keys[r]!, items[r]!, keys[l]!, items[l]!) ? r : l;
        if (!this.before(keys[c]!, items[c]!, lastKey, last)) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = last;
      keys[i] = lastKey;
    }
    return top;
  }
}
