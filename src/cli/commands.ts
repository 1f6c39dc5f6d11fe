import type { Command } from "./command.js";
import { mineCommand } from "./mine-command.js";
import { schemaCommand } from "./schema-command.js";
import { validateCommand } from "./validate-command.js";

/** Every `hukka` command, in the order the help lists them. */
export const commands: Command[] = [validateCommand, mineCommand, schemaCommand];
