import type { Box } from "../src/viz/index.js";

/** Two boxes overlap when their interiors meet (touching edges is fine). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** `inner` lies within `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  const e = 1e-9;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

/** Every pair of boxes that overlaps, as index pairs (sweep over x, so 300 nodes stay quick). */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x - boxes[b]!.x);
  const pairs: [number, number][] = [];
  for (let k = 0; k < order.length; k++) {
    const a = boxes[order[k]!]!;
    for (let m = k + 1; m < order.length && boxes[order[m]!]!.x < a.x + a.width; m++) {
      if (intersects(a, boxes[order[m]!]!)) pairs.push([order[k]!, order[m]!]);
    }
  }
  return pairs;
}
