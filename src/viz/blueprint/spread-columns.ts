import type { Service } from "../../model/types.js";

/**
 * Spreads the reachable touchpoints of `column` (their distance from the entries, as
 * `touchpointColumns` gives it) over `columns` columns, for a model whose touchpoints pile up in
 * a few distances (a mined model: nearly everything is one or two steps from the entry). The
 * order is kept: by distance, then by the fewest minutes from an entry (waits and step minutes,
 * as the ideal route counts them), then by model order; each column then holds an equal share.
 * A touchpoint no customer reaches (-1) stays -1. Returns a new array; with no more columns
 * wanted than there are distances, the distances themselves.
 *
 * @example
 * spreadColumns(service, probabilities, touchpointColumns(service, probabilities), 6);
 */
export function spreadColumns(service: Service, probabilities: ArrayLike<number>, column: Int32Array, columns: number): Int32Array {
  let last = -1;
  for (const c of column) last = Math.max(last, c);
  if (columns <= last + 1) return column;
  const minutes = fewestMinutes(service, probabilities);
  const reachable = [...column.keys()].filter((i) => column[i]! >= 0);
  reachable.sort((a, b) => column[a]! - column[b]! || minutes[a]! - minutes[b]! || a - b);
  const spread = Int32Array.from(column);
  const per = Math.max(1, reachable.length / columns);
  reachable.forEach((i, rank) => (spread[i] = Math.min(columns - 1, Math.floor(rank / per))));
  return spread;
}

/** Dijkstra from every entry at once on wait(u,v) + minutes(v); Infinity where no route leads. */
function fewestMinutes(service: Service, probabilities: ArrayLike<number>): Float64Array {
  const n = service.touchpoints.length;
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i] as const));
  const stay = service.touchpoints.map((t) => t.steps.reduce((s, step) => s + step.minutes, 0));
  const out: [number, number][][] = service.touchpoints.map(() => []);
  service.transitions.forEach((t, k) => {
    const from = index.get(t.from);
    const to = index.get(t.to);
    if (from !== undefined && to !== undefined && probabilities[k]! > 0) out[from]!.push([to, (t.wait ?? 0) + stay[to]!]);
  });
  const minutes = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  service.touchpoints.forEach((t, i) => {
    if (t.entry === true || (typeof t.entry === "number" && t.entry > 0)) minutes[i] = stay[i]!;
  });
  // a few hundred boxes at most are drawn: the quadratic search is plenty
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && minutes[i]! < Infinity && (u === -1 || minutes[i]! < minutes[u]!)) u = i;
    if (u === -1) return minutes;
    done[u] = 1;
    for (const [v, w] of out[u]!) if (minutes[u]! + w < minutes[v]!) minutes[v] = minutes[u]! + w;
  }
}
