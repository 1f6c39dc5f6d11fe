import { commands } from "../../src/cli/commands.js";

/** One `hukka` command as its help shows it, for the table on the command-line page. */
export interface CommandHelp {
  name: string;
  usage: string;
  summary: string;
  /** A line per option, as `hukka COMMAND --help` prints it: the flag and what it does. */
  options: { flag: string; description: string }[];
}

declare const data: CommandHelp[];
export { data };

// Read from the CLI's own command table, so the reference cannot drift from the program.
export default {
  load(): CommandHelp[] {
    return commands.map(({ name, usage, summary, options }) => ({
      name,
      usage,
      summary,
      options: Object.entries(options).map(([long, spec]) => ({
        flag: `--${long}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`,
        description: spec.description + (spec.default !== undefined && spec.type === "string" ? ` (default: ${spec.default})` : ""),
      })),
    }));
  },
};
