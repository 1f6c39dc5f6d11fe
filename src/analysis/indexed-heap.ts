/** Children per node: a four-ary heap is half as deep as a binary one, and a node's children are adjacent. */
const ARITY = 4;

/**
 * A four-ary heap of the integers 0 … n − 1 (touchpoint indices) ordered by the caller's arrays,
 * read when it compares: `key[i]` smallest first (largest with `largestFirst`), then
 * `second[i]` smallest first, then the index. A key that improves is moved up in place (`push`
 * again), so each touchpoint is in the heap at most once — no stale entries to skip, and typed
 * arrays instead of growing arrays of boxed numbers. The order is a strict total order, so the
 * order of `pop` is defined.
 *
 * @example
 * const minutes = Float64Array.of(5, 2, 9);
 * const heap = new IndexedHeap(minutes);
 * heap.push(0); heap.push(1); heap.push(2);
 * heap.pop(); // 1
 * minutes[2] = 1; heap.push(2); // the key of 2 went down: 2 moves up
 * heap.pop(); // 2
 */
export class IndexedHeap {
  /** The heap's items by position. */
  private readonly items: Int32Array;
  /** Each item's position in `items`, −1 when it is not in the heap. */
  private readonly position: Int32Array;
  size = 0;

  constructor(
    private readonly key: Float64Array,
    private readonly second: Int32Array | null = null,
    private readonly largestFirst = false,
  ) {
    this.items = new Int32Array(key.length);
    this.position = new Int32Array(key.length).fill(-1);
  }

  /** Whether item a leaves the heap before item b. */
  private before(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    if (ka !== kb) return this.largestFirst ? ka > kb : ka < kb;
    if (this.second !== null && this.second[a] !== this.second[b]) return this.second[a]! < this.second[b]!;
    return a < b;
  }

  /** Adds `item`, or moves it up after its key improved (a key may only improve while it is in the heap). */
  push(item: number): void {
    let i = this.position[item]!;
    if (i === -1) i = this.size++;
    const { items, position } = this;
    while (i > 0) {
      const up = ((i - 1) / ARITY) | 0;
      const parent = items[up]!;
      if (!this.before(item, parent)) break;
      items[i] = parent;
      position[parent] = i;
      i = up;
    }
    items[i] = item;
    position[item] = i;
  }

  /** Removes and returns the first item. */
  pop(): number {
    const { items, position } = this;
    const top = items[0]!;
    position[top] = -1;
    const size = --this.size;
    if (size === 0) return top;
    const last = items[size]!;
    let i = 0;
    for (;;) {
      const first = ARITY * i + 1;
      if (first >= size) break;
      // the first of the children
      let c = first;
      const end = Math.min(first + ARITY, size);
      for (let k = first + 1; k < end; k++) if (this.before(items[k]!, items[c]!)) c = k;
      const child = items[c]!;
      if (!this.before(child, last)) break;
      items[i] = child;
      position[child] = i;
      i = c;
    }
    items[i] = last;
    position[last] = i;
    return top;
  }
}
