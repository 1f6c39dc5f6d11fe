import type { Service } from "../model/types.js";

/**
 * Waste per touchpoint summed per group (DESIGN §3 `group`): a group of refined touchpoints is
 * one touchpoint to the reader, so the hotspots rank it once, under the group's id. Touchpoints
 * without a group stay themselves; ids come in order of first appearance in the model. A model
 * without groups gets its ids and figures back unchanged.
 *
 * @example
 * // touchpoints "a | first" and "a | after lab" in group "a", and "b"
 * groupedWaste(service, Float64Array.of(1, 2, 5)); // { ids: ["a", "b"], waste: Float64Array [3, 5] }
 */
export function groupedWaste(service: Service, waste: Float64Array): { ids: string[]; waste: Float64Array } {
  const { touchpoints } = service;
  if (!touchpoints.some((t) => t.group !== undefined)) return { ids: touchpoints.map((t) => t.id), waste };
  const index = new Map<string, number>();
  const ids: string[] = [];
  const sums: number[] = [];
  touchpoints.forEach((t, i) => {
    const key = t.group ?? t.id;
    let k = index.get(key);
    if (k === undefined) {
      k = ids.length;
      index.set(key, k);
      ids.push(key);
      sums.push(0);
    }
    sums[k]! += waste[i]!;
  });
  return { ids, waste: Float64Array.from(sums) };
}
