import { formatPath } from "./format-path.js";
import type { Problem } from "./problem.js";
import { describeProblem, plural, quote, value } from "./problem-message.js";
import { DepartmentSchema, ServiceSchema, StepSchema, TouchpointSchema, TransitionSchema } from "./schema.js";

/**
 * The English message of a problem, prefixed by its path in JavaScript notation. The one place
 * where hukka words its validation problems: everything else handles codes and data. The
 * schema's issues (zod's codes) are worded here, with the fields the schemas know; hukka's own
 * model problems as `problemMessage` words them (src/model/problem-message.ts).
 *
 * @example
 * issueMessage({ code: "unknown_department", path: ["touchpoints", 3, "department"],
 *   value: "radiology", known: ["health-centre", "lab", "clinic"] });
 * // 'touchpoints[3].department: unknown department "radiology" (known: health-centre, lab, clinic)'
 */
export function issueMessage(problem: Problem): string {
  return `${formatPath(problem.path)}: ${describe(problem)}`;
}

function describe(p: Problem): string {
  switch (p.code) {
    // zod's own issues: the codes stay zod's, the wording is ours
    case "invalid_type":
      return p.input === undefined
        ? `required field is missing: add ${article(p.expected)}`
        : `expected ${article(p.expected)}, got ${value(p.input)}`;
    case "too_small":
      if (p.origin === "string") return `must not be empty`;
      if (p.origin === "array") return `needs at least ${p.minimum} ${plural(Number(p.minimum), itemName(p.path))}, got none`;
      return `must be ${p.inclusive ? "≥" : ">"} ${bound(p.minimum)}, got ${value(p.input)}`;
    case "too_big":
      return `must be ${p.inclusive ? "≤" : "<"} ${bound(p.maximum)}, got ${value(p.input)}`;
    case "unrecognized_keys": {
      const known = knownFields(p.path);
      return `unknown ${plural(p.keys.length, "field")} ${p.keys.map(quote).join(", ")}${known ? ` (known: ${known.join(", ")})` : ""}`;
    }
    case "invalid_value":
      return p.input === undefined
        ? `required field is missing: add ${quote(String(p.path.at(-1) ?? "value"))}, one of ${p.values.map(String).join(", ")}`
        : `unknown ${String(p.path.at(-1) ?? "value")} ${value(p.input)} (known: ${p.values.map(String).join(", ")})`;
    case "invalid_union":
      return p.path.at(-1) === "entry"
        ? `expected true, false or an entry weight ≥ 0, got ${value(p.input)}`
        : `invalid value ${value(p.input)}`;
    case "invalid_format":
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return `${p.message}${p.input === undefined ? "" : `, got ${value(p.input)}`}`;
    default:
      return describeProblem(p);
  }
}

/** The fields an object at `path` may have, for the fix of an `unrecognized_keys` issue. */
function knownFields(path: readonly PropertyKey[]): string[] | null {
  const shape =
    path.length === 0
      ? ServiceSchema.shape
      : path.length === 2 && path[0] === "departments"
        ? DepartmentSchema.shape
        : path.length === 2 && path[0] === "touchpoints"
          ? TouchpointSchema.shape
          : path.length === 4 && path[0] === "touchpoints" && path[2] === "steps"
            ? StepSchema.shape
            : path.length === 2 && path[0] === "transitions"
              ? TransitionSchema.shape
              : null;
  return shape ? Object.keys(shape) : null;
}

function itemName(path: readonly PropertyKey[]): string {
  const key = String(path.at(-1) ?? "item");
  return key.endsWith("s") ? key.slice(0, -1) : "item";
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A schema's bound as written in the docs: 1e9 rather than 1000000000. */
function bound(x: number | bigint): string {
  return typeof x === "number" && Math.abs(x) >= 1e6 ? x.toExponential().replace("e+", "e") : String(x);
}
