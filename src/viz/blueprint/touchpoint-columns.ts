import type { Service } from "../../model/types.js";

/**
 * Each touchpoint's distance from the nearest entry: breadth-first over the transitions with a
 * probability above 0, in the order of `service.touchpoints`; `-1` for a touchpoint no customer
 * reaches. This is the blueprint's column.
 *
 * @example
 * // call → gp → lab → gp → done
 * touchpointColumns(service, probabilities); // Int32Array [0, 1, 2, 3]  (call, gp, lab, done)
 */
export function touchpointColumns(service: Service, probabilities: ArrayLike<number>): Int32Array {
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i] as const));
  const next: number[][] = service.touchpoints.map(() => []);
  service.transitions.forEach((t, i) => {
    const from = index.get(t.from);
    const to = index.get(t.to);
    if (from !== undefined && to !== undefined && probabilities[i]! > 0) next[from]!.push(to);
  });
  const column = new Int32Array(service.touchpoints.length).fill(-1);
  let queue: number[] = [];
  service.touchpoints.forEach((t, i) => {
    if (t.entry === true || (typeof t.entry === "number" && t.entry > 0)) {
      column[i] = 0;
      queue.push(i);
    }
  });
  for (let distance = 1; queue.length > 0; distance++) {
    const following: number[] = [];
    for (const u of queue) {
      for (const v of next[u]!) {
        if (column[v] === -1) {
          column[v] = distance;
          following.push(v);
        }
      }
    }
    queue = following;
  }
  return column;
}
