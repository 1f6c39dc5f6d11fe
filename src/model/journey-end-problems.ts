import { entryWeight } from "./entry-weight.js";
import type { LenientService } from "./lenient-service.js";
import type { ModelIndex } from "./model-index.js";
import type { ModelProblem } from "./problem.js";

/**
 * Where journeys start and end: `no_entry` (no touchpoint with an entry weight > 0),
 * `missing_outcome` (a dead end without an outcome) and `outcome_with_exits`.
 *
 * @example
 * journeyEndProblems(view, modelIndex(view)).map((p) => p.code); // ["missing_outcome"]
 */
export function journeyEndProblems(view: LenientService, index: ModelIndex): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const touchpoints = view.touchpoints ?? [];
  // an invalid entry field might be the entry: only a model whose entries are all readable has none
  const entriesKnown = Array.isArray(view.touchpoints) && touchpoints.every((t) => t !== null && t.entry !== null);
  if (entriesKnown && touchpoints.length > 0 && !touchpoints.some((t) => entryWeight(t!.entry ?? undefined) > 0)) {
    problems.push({ code: "no_entry", path: ["touchpoints"] });
  }
  touchpoints.forEach((t, i) => {
    // a duplicate id is reported once, at the duplicate; the exits belong to the first record
    if (!index.isNode[i]) return;
    const id = t!.id!;
    const start = index.exitStart[i]!;
    const end = index.exitStart[i + 1]!;
    if (t!.outcome === undefined && start === end && index.exitsKnown) {
      problems.push({ code: "missing_outcome", path: ["touchpoints", i], id });
    }
    if (typeof t!.outcome === "string" && start < end) {
      const exits = Array.from(index.exits.subarray(start, end));
      problems.push({
        code: "outcome_with_exits",
        path: ["touchpoints", i, "outcome"],
        id,
        outcome: t!.outcome,
        transitions: exits.map((e) => ({ index: e, to: view.transitions![e]!.to ?? "?" })),
      });
    }
  });
  return problems;
}
