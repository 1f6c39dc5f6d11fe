// The heap behind the route searches and the journey search: whatever its shape, items must come
// out in the strict order (key, second key, index), with keys that improve while inside it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexedHeap } from "../src/analysis/indexed-heap.js";

type Op = { kind: "push"; item: number; key: number; second: number } | { kind: "pop" };

/** The item a sorted list would give first: by key (largest first when asked), second key, index. */
function firstOf(inside: Set<number>, key: Float64Array, second: Int32Array | null, largestFirst: boolean): number {
  return [...inside].sort((a, b) => {
    if (key[a] !== key[b]) return largestFirst ? key[b]! - key[a]! : key[a]! - key[b]!;
    if (second && second[a] !== second[b]) return second[a]! - second[b]!;
    return a - b;
  })[0]!;
}

describe("IndexedHeap", () => {
  it("pops in the order of (key, second key, index), keys improving while inside, both directions", () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant("push" as const), item: fc.nat(39), key: fc.integer({ min: 0, max: 6 }), second: fc.integer({ min: 0, max: 3 }) }),
      fc.constant({ kind: "pop" as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.boolean(), fc.boolean(), (ops, largestFirst, withSecond) => {
        const key = new Float64Array(40);
        const second = withSecond ? new Int32Array(40) : null;
        const heap = new IndexedHeap(key, second, largestFirst);
        const inside = new Set<number>();
        for (const o of ops) {
          if (o.kind === "pop") {
            if (inside.size === 0) continue;
            const expected = firstOf(inside, key, second, largestFirst);
            expect(heap.pop()).toBe(expected);
            inside.delete(expected);
          } else {
            // a key may only improve while its item is inside
            const better = largestFirst ? o.key > key[o.item]! : o.key < key[o.item]!;
            if (inside.has(o.item) && !(better || (o.key === key[o.item] && second && o.second < second[o.item]!))) continue;
            key[o.item] = o.key;
            if (second) second[o.item] = o.second;
            heap.push(o.item);
            inside.add(o.item);
          }
          expect(heap.size).toBe(inside.size);
        }
        while (inside.size > 0) {
          const expected = firstOf(inside, key, second, largestFirst);
          expect(heap.pop()).toBe(expected);
          inside.delete(expected);
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
