import type { OptionTable } from "./option-table.js";

/**
 * The one-line synopsis of a command, generated from its option table: required options bare,
 * the others in brackets, a repeatable one followed by `…`.
 *
 * @example
 * usageLine("validate", "MODEL.json", { json: { type: "boolean", description: "…" } });
 * // "hukka validate MODEL.json [--json]"
 */
export function usageLine(name: string, operands: string, options: OptionTable): string {
  const parts = ["hukka", name];
  if (operands) parts.push(operands);
  for (const [long, spec] of Object.entries(options)) {
    const flag = spec.type === "string" ? `--${long} ${spec.value ?? "VALUE"}` : `--${long}`;
    parts.push(spec.required ? flag : `[${flag}]${spec.multiple ? "…" : ""}`);
  }
  return parts.join(" ");
}
