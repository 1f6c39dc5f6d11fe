import type { Command } from "./command.js";

/**
 * What `hukka COMMAND --help` prints: the usage line, the summary, and a line per option of the
 * command's option table (with its default), so the help is the table the command parses.
 *
 * @example
 * commandHelp(validateCommand);
 * // "usage: hukka validate MODEL.json [--json]\n\ncheck a service model and list every problem\n\noptions:\n  --json      print …"
 */
export function commandHelp(command: Command): string {
  const rows: [string, string][] = Object.entries(command.options).map(([long, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${long}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`;
    const notes = [spec.multiple ? "may be repeated" : "", spec.required ? "required" : ""].filter(Boolean);
    if (spec.default !== undefined && spec.type === "string") notes.push(`default: ${spec.default}`);
    return [flag, spec.description + (notes.length > 0 ? ` (${notes.join("; ")})` : "")];
  });
  rows.push(["-h, --help", "print this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `usage: ${command.usage}`,
    "",
    command.summary,
    "",
    "options:",
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    "",
  ].join("\n");
}
