import { analyseCommand } from "./analyse-command.js";
import type { Command } from "./command.js";
import { compareCommand } from "./compare-command.js";
import { demoCommand } from "./demo-command.js";
import { mineCommand } from "./mine-command.js";
import { renderCommand } from "./render-command.js";
import { schemaCommand } from "./schema-command.js";
import { sqlCommand } from "./sql-command.js";
import { validateCommand } from "./validate-command.js";

/** Every `hukka` command, in the order the help lists them. */
export const commands: Command[] = [demoCommand, validateCommand, analyseCommand, compareCommand, mineCommand, sqlCommand, renderCommand, schemaCommand];
