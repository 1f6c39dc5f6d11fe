import type { Redesign } from "./types.js";

/** What the words say under each assumption; one wording for the CLI, the HTML and the docs. */
const KEEP =
  'a merge alone moves no waiting: every move keeps its wait, so the merge saves no time (waits: "keep"). ' +
  'To ask otherwise, give the merge waits: "as-within": the hand-offs that disappear then wait as long as moves within a department do.';
const AS_WITHIN =
  'time is an assumption here (waits: "as-within"): a move that stops being a hand-off waits as long as the moves within one department ' +
  "into the same touchpoint did before the merge, or the merged departments' mean wait within a department where there were none.";

/**
 * The sentence that says which assumption about time a redesign's merges make
 * (`merge-departments` `waits`), for every text that reports the redesign; `null` when it merges
 * nothing. When merges differ, one sentence per merge, each naming it.
 *
 * @example
 * waitsSentence({ changes: [{ op: "merge-departments", departments: ["a", "b"], into: "a" }] });
 * // "A merge alone moves no waiting: every move keeps its wait, so the merge saves no time (waits: \"keep\"). To ask otherwise, …"
 */
export function waitsSentence(redesign: Redesign): string | null {
  const merges = redesign.changes.flatMap((c) => (c.op === "merge-departments" ? [c] : []));
  if (merges.length === 0) return null;
  const kinds = new Set(merges.map((m) => m.waits ?? "keep"));
  if (kinds.size === 1) return capital(kinds.has("keep") ? KEEP : AS_WITHIN);
  return merges.map((m) => `Merging ${m.departments.join(" + ")}: ${(m.waits ?? "keep") === "keep" ? KEEP : AS_WITHIN}`).join(" ");
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
