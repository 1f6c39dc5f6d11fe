import type { Redesign } from "./types.js";

/**
 * The assumption about time that a redesign's merges make, as one word: `keep` when every
 * `merge-departments` keeps its waits (the default) or there is no merge, `as-within` when every
 * merge takes within-department waits, `mixed` when they differ.
 *
 * @example
 * redesignWaits({ changes: [{ op: "merge-departments", departments: ["a", "b"], into: "a", waits: "as-within" }] }); // "as-within"
 */
export type RedesignWaits = "keep" | "as-within" | "mixed";

/**
 * The assumption about time of a redesign's merges (see `RedesignWaits`).
 *
 * @example
 * redesignWaits({ changes: [{ op: "merge-departments", departments: ["a", "b"], into: "a" }] }); // "keep"
 */
export function redesignWaits(redesign: Redesign): RedesignWaits {
  const waits = new Set(redesign.changes.flatMap((c) => (c.op === "merge-departments" ? [c.waits ?? "keep"] : [])));
  return waits.size > 1 ? "mixed" : waits.has("as-within") ? "as-within" : "keep";
}
