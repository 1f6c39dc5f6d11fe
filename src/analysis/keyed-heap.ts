/**
 * A binary heap of integer items (touchpoint or pool indices) by a numeric key fixed at push:
 * the smallest key first, or the largest with `largestFirst`; equal keys: the smaller second
 * key first (optional, 0 by default; smallest first in both modes), then the smaller item.
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
  private seconds: number[] = [];

  constructor(private readonly largestFirst = false) {}

  get size(): number {
    return this.items.length;
  }

  /** Whether (ka, sa, a) leaves the heap before (kb, sb, b). */
  private before(ka: number, sa: number, a: number, kb: number, sb: number, b: number): boolean {
    if (ka !== kb) return this.largestFirst ? ka > kb : ka < kb;
    if (sa !== sb) return sa < sb;
    return a < b;
  }

  push(item: number, key: number, second = 0): void {
    const { items, keys, seconds } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    seconds.push(second);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(key, second, item, keys[up]!, seconds[up]!, items[up]!)) break;
      this.move(up, i);
      i = up;
    }
    this.put(i, item, key, second);
  }

  pop(): number {
    const { items, keys, seconds } = this;
    const top = items[0]!;
    const last = items.pop()!;
    const lastKey = keys.pop()!;
    const lastSecond = seconds.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && this.before(keys[r]!, seconds[r]!, items[r]!, keys[l]!, seconds[l]!, items[l]!) ? r : l;
        if (!this.before(keys[c]!, seconds[c]!, items[c]!, lastKey, lastSecond, last)) break;
        this.move(c, i);
        i = c;
      }
      this.put(i, last, lastKey, lastSecond);
    }
    return top;
  }

  private move(from: number, to: number): void {
    this.items[to] = this.items[from]!;
    this.keys[to] = this.keys[from]!;
    this.seconds[to] = this.seconds[from]!;
  }

  private put(i: number, item: number, key: number, second: number): void {
    this.items[i] = item;
    this.keys[i] = key;
    this.seconds[i] = second;
  }
}
