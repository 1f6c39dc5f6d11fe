// Shared by the example scripts: run the `hukka` CLI as an analyst would, find the real logs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root (examples/..). */
export const repo = fileURLToPath(new URL("..", import.meta.url));
/** Where every example writes: examples/out/ (gitignored). */
export const out = resolve(repo, "examples/out");
const cli = resolve(repo, "dist/cli.js");

const quote = (arg) => (/^[\w./:=@+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);
const shown = (arg) => (isAbsolute(arg) ? relative(process.cwd(), arg) || "." : arg);

/**
 * Runs `hukka ARGS…`, printing the command first. With `json: FILE` the `--json` output goes to
 * FILE and is returned parsed; otherwise the CLI's own summary goes to the terminal.
 * Exits the example with the CLI's status when the command fails.
 */
export function hukka(args, { json } = {}) {
  if (!existsSync(cli)) fail("dist/cli.js is missing: run `npm run build` first (the npm scripts do).");
  mkdirSync(out, { recursive: true });
  const line = ["hukka", ...args.map(shown), ...(json ? ["--json", ">", shown(json)] : [])];
  console.log(`\n$ ${line.map(quote).join(" ").replace(/ '>' /, " > ")}`);
  const run = spawnSync(process.execPath, [cli, ...args, ...(json ? ["--json"] : [])], {
    stdio: ["ignore", json ? "pipe" : "inherit", "inherit"],
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  if (!json) return null;
  writeFileSync(json, run.stdout);
  return JSON.parse(run.stdout);
}

/**
 * The path of a real event log: the first command-line argument, else `../shared/data/<file>`
 * next to the repository when it exists; otherwise tells where to download it and exits.
 */
export function logPath(file, { example, doi, citation }) {
  const given = process.argv[2];
  const path = given ? resolve(given) : resolve(repo, "..", "shared/data", file);
  if (existsSync(path)) return path;
  fail(
    [
      given ? `log not found: ${given}` : `this example needs the event log ${file}.`,
      `Download it from 4TU.ResearchData (${doi}) and pass its path:`,
      `  npm run example:${example} -- PATH`,
      `Cite: ${citation}`,
    ].join("\n"),
  );
}

export function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

/** Minutes as the reader thinks of them: "42 min", "5.3 h", "3.2 days". */
export function duration(minutes) {
  if (minutes === null || minutes === undefined) return "–";
  if (Math.abs(minutes) < 90) return `${round(minutes)} min`;
  if (Math.abs(minutes) < 48 * 60) return `${round(minutes / 60)} h`;
  return `${round(minutes / 1440)} days`;
}

export const round = (x, digits = 1) => Number(x.toFixed(digits)).toLocaleString("en");
export const percent = (x) => `${round(100 * x)} %`;
