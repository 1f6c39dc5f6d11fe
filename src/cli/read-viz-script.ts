import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error.js";

// Next to the bundled CLI (dist/cli.js), or, when this runs from the sources, in dist/.
const CANDIDATES = ["./viz.global.js", "../../dist/viz.global.js"];

/**
 * The text of hukka's browser bundle (`dist/viz.global.js`), which `reportHtml` inlines so that an
 * HTML report works offline. The visualiser itself never touches the file system; the CLI does.
 */
export async function readVizScript(): Promise<string> {
  for (const candidate of CANDIDATES) {
    try {
      return await readFile(new URL(candidate, import.meta.url), "utf8");
    } catch {
      // try the next place
    }
  }
  throw new CliError("the browser bundle viz.global.js is missing from the package's dist/ folder (run `npm run build`)");
}
