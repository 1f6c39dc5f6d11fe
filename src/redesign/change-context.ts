import { excerptId } from "../model/excerpt-id.js";
import { formatPath } from "../model/format-path.js";
import type { Issue } from "../model/types.js";
import type { RedesignIssue } from "./types.js";

/** The longest list of known ids an error message shows before "… and N more". */
const KNOWN_SHOWN = 20;

/**
 * Collects what one change found: issues pointing into the change (`changes[i].field`) and
 * warnings. Shared by the operations so that every message reads the same.
 *
 * @example
 * const context = changeContext(0);
 * context.unknown("touchpoint", "touchpoint", "cal", ["call", "done"]);
 * context.issues[0].message; // 'changes[0].touchpoint: unknown touchpoint "cal" (known: call, done)'
 */
export function changeContext(index: number) {
  const issues: RedesignIssue[] = [];
  const warnings: Issue[] = [];
  const issue = (code: string, field: string | (string | number)[], message: string) => {
    const path = ["changes", index, ...(Array.isArray(field) ? field : [field])];
    issues.push({ code, path, change: index, message: `${formatPath(path)}: ${message}` });
  };
  return {
    index,
    issues,
    warnings,
    issue,
    /** An id the model does not have: name it and list the known ones. */
    unknown(what: "touchpoint" | "department", field: string | (string | number)[], id: string, known: Iterable<string>) {
      issue(`unknown_${what}`, field, `unknown ${what} ${JSON.stringify(excerptId(id))} (known: ${knownList(known)})`);
    },
    warn(code: string, message: string) {
      warnings.push({ code, path: ["changes", index], message: `changes[${index}]: ${message}` });
    },
  };
}

export type ChangeContext = ReturnType<typeof changeContext>;

function knownList(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return "none";
  const shown = all.slice(0, KNOWN_SHOWN).map(excerptId).join(", ");
  return all.length > KNOWN_SHOWN ? `${shown}, … and ${all.length - KNOWN_SHOWN} more` : shown;
}
