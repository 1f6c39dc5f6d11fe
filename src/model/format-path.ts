import type { IssuePath } from "./problem.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JSON path in JavaScript notation, the prefix of every issue message; the empty path is `model`.
 *
 * @example
 * formatPath(["touchpoints", 3, "department"]); // "touchpoints[3].department"
 * formatPath(["touchpoints", 0, "odd key"]);    // 'touchpoints[0]["odd key"]'
 */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  if (path.length === 0) return "model";
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}
