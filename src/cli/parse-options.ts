import { parseArgs, type ParseArgsConfig } from "node:util";
import { closestNames, didYouMean } from "../logs/closest-names.js";
import { usageError } from "./cli-error.js";
import type { OptionTable } from "./option-table.js";
import { outputClash, type NamedPath } from "./output-clash.js";

/**
 * Reads a command line against the command's option table (`node:util` parseArgs, strict) and
 * checks what the table declares: required options are present, no option is given an empty
 * value, an option that `requires` another comes with it, and no output (`output: true`) is
 * written onto an input (the positional files and `input: true` options) or twice to one path.
 * An unknown option names the closest known ones first. Every problem is a usage error (exit
 * status 2) ending in the command's usage line.
 * A value that starts with a dash is taken as the value (`--top -1` is "-1", then refused by the
 * command as a number), unless it is one of the command's own options.
 *
 * @example
 * const { values, positionals } = parseOptions(["m.json", "--top", "5"], analyseOptions, usage);
 * // values.top === "5", positionals = ["m.json"]
 */
export function parseOptions<O extends OptionTable>(args: string[], options: O, usage: string) {
  const fail = (message: string) => usageError(`${message}\nusage: ${usage}`);
  const joined = joinDashValues(args, options, fail);
  const parsed = (() => {
    try {
      return parseArgs({
        args: joined,
        options: parseArgsTable(options) as unknown as O & NonNullable<ParseArgsConfig["options"]>,
        allowPositionals: true,
        strict: true,
        tokens: true,
      });
    } catch (e) {
      throw fail(readable(e as Error & { code?: string }, options));
    }
  })();

  const values = parsed.values as Record<string, unknown>;
  const given = new Set(parsed.tokens.flatMap((t) => (t.kind === "option" ? [t.name] : [])));
  for (const [long, spec] of Object.entries(options)) {
    const value = values[long];
    if (value === "" || (Array.isArray(value) && value.includes(""))) throw fail(`--${long} is empty: give it a value (--${long} ${spec.value ?? "VALUE"})`);
    const [needed, neededValue] = spec.requires ?? [];
    if (needed !== undefined && given.has(long) && (neededValue === undefined ? values[needed] !== true : values[needed] !== neededValue)) {
      const flag = `--${needed}${neededValue === undefined ? "" : ` ${neededValue}`}`;
      throw fail(`--${long} works with ${flag} only: add ${flag}, or leave --${long} out`);
    }
  }
  const inputs: NamedPath[] = parsed.positionals.map((path) => ({ what: "an input", path }));
  const outputs: NamedPath[] = [];
  for (const [long, spec] of Object.entries(options)) {
    const value = values[long];
    if (spec.required && value === undefined) throw fail(`--${long} ${spec.value ?? "VALUE"} is required`);
    if (typeof value !== "string" && !Array.isArray(value)) continue;
    for (const path of [value].flat() as string[]) {
      if (spec.input) inputs.push({ what: `the --${long} file`, path });
      if (spec.output) outputs.push({ what: `--${long}`, path });
    }
  }
  const clash = outputClash(inputs, outputs);
  if (clash !== null) throw fail(clash);
  return { values: parsed.values, positionals: parsed.positionals };
}

/** The table as parseArgs takes it: its own keys only. */
function parseArgsTable(options: OptionTable) {
  const table: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string; default?: string | boolean | string[] }> = {};
  for (const [long, spec] of Object.entries(options)) {
    table[long] = { type: spec.type };
    if (spec.multiple) table[long].multiple = true;
    if (spec.short) table[long].short = spec.short;
    if (spec.default !== undefined) table[long].default = spec.multiple && typeof spec.default === "string" ? [spec.default] : spec.default;
  }
  return table;
}

/**
 * `--top -1` as `--top=-1`: parseArgs calls a dash-led value ambiguous. A string option followed
 * by another of the command's options has no value, which is said plainly.
 */
function joinDashValues(args: string[], options: OptionTable, fail: (message: string) => Error): string[] {
  const byFlag = new Map<string, [string, OptionTable[string]]>();
  for (const [long, spec] of Object.entries(options)) {
    byFlag.set(`--${long}`, [long, spec]);
    if (spec.short) byFlag.set(`-${spec.short}`, [long, spec]);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    const option = byFlag.get(arg);
    const next = args[i + 1];
    if (option?.[1].type === "string" && next !== undefined && next.startsWith("-")) {
      const [long, spec] = option;
      if (byFlag.has(next.split("=")[0]!) || next === "--") throw fail(`--${long} needs a value: --${long} ${spec.value ?? "VALUE"}`);
      out.push(`--${long}=${next}`);
      i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** parseArgs' messages, in the words of this command line. */
function readable(e: Error & { code?: string }, options: OptionTable): string {
  const flag = /'(-[^' ]+)/.exec(e.message)?.[1];
  const known = Object.keys(options).map((long) => `--${long}`);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      if (known.length === 0) return `unknown option ${flag ?? ""} (this command takes no options)`;
      const { ordered, suggested } = closestNames(flag ?? "", known);
      const hint = didYouMean(suggested, (name) => name);
      return `unknown option ${flag ?? ""}${hint ? `: ${hint}` : ""} (options: ${(hint ? ordered : known).join(", ")})`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const long = flag?.replace(/^-+/, "") ?? "";
      const spec = options[long] ?? Object.entries(options).find(([, s]) => s.short === long)?.[1];
      return spec?.type === "boolean" ? `${flag} takes no value` : `${flag} needs a value: ${flag} ${spec?.value ?? "VALUE"}`;
    }
    default:
      return e.message.replace(/\. To specify a positional.*$/s, "");
  }
}
