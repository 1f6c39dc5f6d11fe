import { commands } from "../../src/cli/commands.js";

/** One `hukka` command as its help shows it, for the table on the command-line page. */
export interface CommandHelp {
  name: string;
  usage: string;
  summary: string;
}

declare const data: CommandHelp[];
export { data };

// Read from the CLI's own command table, so the reference cannot drift from the program.
export default {
  load(): CommandHelp[] {
    return commands.map(({ name, usage, summary }) => ({ name, usage, summary }));
  },
};
