import type { Hotspot } from "./report.js";

/** Above this limit a full sort is simpler than keeping a sorted short list. */
const SHORT_LIST = 64;

/**
 * Ids ranked by the expected waste minutes attributed to them, largest first (ties keep the
 * model's order), with their share of `total`; ids without waste are left out.
 *
 * @example
 * hotspots(["desk", "lab"], Float64Array.of(10, 30), 40, 10);
 * // [{ id: "lab", wasteMinutes: 30, share: 0.75 }, { id: "desk", wasteMinutes: 10, share: 0.25 }]
 */
export function hotspots(ids: readonly string[], wasteMinutes: ArrayLike<number>, total: number, limit: number): Hotspot[] {
  const ranked =
    limit <= SHORT_LIST
      ? topIndices(wasteMinutes, ids.length, limit)
      : sortedIndices(wasteMinutes, ids.length).slice(0, limit);
  return ranked.map((i) => ({ id: ids[i]!, wasteMinutes: wasteMinutes[i]!, share: total > 0 ? wasteMinutes[i]! / total : 0 }));
}

function sortedIndices(wasteMinutes: ArrayLike<number>, n: number): number[] {
  const ranked: number[] = [];
  for (let i = 0; i < n; i++) if (wasteMinutes[i]! > 0) ranked.push(i);
  return ranked.sort((a, b) => wasteMinutes[b]! - wasteMinutes[a]! || a - b);
}

/**
 * The first `limit` of `sortedIndices` in one pass, without sorting all 100k touchpoints: a
 * short list kept in order, where a newcomer goes after every entry with as much waste (it
 * has the higher index, so it loses ties).
 */
function topIndices(wasteMinutes: ArrayLike<number>, n: number, limit: number): number[] {
  const top: number[] = [];
  if (limit === 0) return top;
  for (let i = 0; i < n; i++) {
    const w = wasteMinutes[i]!;
    if (!(w > 0) || (top.length === limit && w <= wasteMinutes[top[limit - 1]!]!)) continue;
    let k = top.length;
    while (k > 0 && wasteMinutes[top[k - 1]!]! < w) k--;
    top.splice(k, 0, i);
    if (top.length > limit) top.pop();
  }
  return top;
}
