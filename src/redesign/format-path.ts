/**
 * A JSON path as it reads in a message: `changes[2].touchpoint`.
 *
 * @example
 * formatPath(["changes", 2, "touchpoint"]); // "changes[2].touchpoint"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text;
}
