import type { LenientService } from "./lenient-service.js";
import type { ModelProblem } from "./problem.js";

/**
 * Groups of refined touchpoints (DESIGN §3 `group`): the touchpoints with one `group`, and the
 * touchpoint whose id is that group if there is one, are one touchpoint refined, so they share
 * its name (a touchpoint without `name` is named by its id) and its department. Each that
 * differs from the group's first member is a `group_mismatch`.
 *
 * @example
 * groupProblems({ touchpoints: [
 *   { id: "a | first", name: "a", department: "desk", group: "a" },
 *   { id: "a | after lab", name: "a", department: "lab", group: "a" },
 * ] }).map((p) => p.code); // ["group_mismatch"]
 */
export function groupProblems(view: LenientService): ModelProblem[] {
  const touchpoints = view.touchpoints ?? [];
  const groups = new Set<string>();
  for (const t of touchpoints) if (typeof t?.group === "string") groups.add(t.group);
  if (groups.size === 0) return [];
  const first = new Map<string, number>();
  const problems: ModelProblem[] = [];
  touchpoints.forEach((t, i) => {
    if (!t || typeof t.id !== "string") return;
    const group = typeof t.group === "string" ? t.group : groups.has(t.id) ? t.id : undefined;
    if (group === undefined) return;
    const k = first.get(group);
    if (k === undefined) {
      first.set(group, i);
      return;
    }
    const head = touchpoints[k]!;
    const name = (x: typeof t) => (typeof x.name === "string" ? x.name : x.id!);
    if (name(t) !== name(head)) problems.push({ code: "group_mismatch", path: ["touchpoints", i, "name"], group, field: "name", value: name(t), expected: name(head), first: k });
    if (typeof t.department === "string" && typeof head.department === "string" && t.department !== head.department) {
      problems.push({ code: "group_mismatch", path: ["touchpoints", i, "department"], group, field: "department", value: t.department, expected: head.department, first: k });
    }
  });
  return problems;
}
