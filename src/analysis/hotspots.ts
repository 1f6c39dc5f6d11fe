import type { Hotspot } from "./report.js";

/**
 * Ids ranked by the expected waste minutes attributed to them, largest first (ties keep the
 * model's order), with their share of `total`; ids without waste are left out.
 *
 * @example
 * hotspots(["desk", "lab"], Float64Array.of(10, 30), 40, 10);
 * // [{ id: "lab", wasteMinutes: 30, share: 0.75 }, { id: "desk", wasteMinutes: 10, share: 0.25 }]
 */
export function hotspots(ids: readonly string[], wasteMinutes: ArrayLike<number>, total: number, limit: number): Hotspot[] {
  const ranked: number[] = [];
  for (let i = 0; i < ids.length; i++) if (wasteMinutes[i]! > 0) ranked.push(i);
  return ranked
    .sort((a, b) => wasteMinutes[b]! - wasteMinutes[a]! || a - b)
    .slice(0, limit)
    .map((i) => ({ id: ids[i]!, wasteMinutes: wasteMinutes[i]!, share: total > 0 ? wasteMinutes[i]! / total : 0 }));
}
