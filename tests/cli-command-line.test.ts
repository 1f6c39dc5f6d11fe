// The command line itself: option tables, help, version, outputs that never overwrite an input,
// terminal text without control characters, and stdout failures as a process sees them.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { commands } from "../src/cli/commands.js";
import { terminalText } from "../src/cli/terminal-text.js";
import packageJson from "../package.json";

const EXAMPLE = "examples/health-centre/service.json";
const hukka = (...args: string[]) => runHukka(args);

let dir: string;
const file = (name: string, content: string | object) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-command-line-"));
});

// call (desk) → done (clinic)
const tiny = (name = "Tiny") => ({
  id: "tiny",
  name,
  departments: [
    { id: "desk", name: "Desk" },
    { id: "clinic", name: "Clinic" },
  ],
  touchpoints: [
    { id: "call", name: "Call", department: "desk", entry: 1, steps: [{ name: "Talk", type: "value", minutes: 5 }] },
    { id: "done", name: "Done", department: "clinic", outcome: "resolved", steps: [] },
  ],
  transitions: [{ from: "call", to: "done", probability: 1, wait: 10 }],
});

describe("hukka --help, COMMAND --help and --version", () => {
  it("hukka --help lists every command with its summary", async () => {
    const { status, out } = await hukka("--help");
    expect(status).toBe(0);
    for (const c of commands) expect(out).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[()|.*+?]/g, "\\$&")}$`, "m"));
    expect(out).toContain("hukka COMMAND --help");
  });

  it("hukka COMMAND --help prints the usage and a line per option of the command's table", async () => {
    for (const c of commands) {
      const { status, out, err } = await hukka(c.name, "--help");
      expect({ status, err }).toEqual({ status: 0, err: "" });
      expect(out.startsWith(`usage: ${c.usage}\n`)).toBe(true);
      for (const [long, spec] of Object.entries(c.options)) {
        const flag = `--${long}${spec.type === "string" ? ` ${spec.value}` : ""}`;
        expect(out).toMatch(new RegExp(`^  ${flag.replace(/[|]/g, "\\|")} +${spec.description.slice(0, 20).replace(/[()|.*+?\\]/g, "\\$&")}`, "m"));
        expect(c.usage).toContain(`--${long}`);
      }
      expect(out).toMatch(/^ {2}-h, --help +print this help$/m);
    }
  });

  it("the help shows a default from the table, and the parsed default is that one", async () => {
    const { out } = await hukka("analyse", "--help");
    expect(out).toMatch(/^ {2}--top K +.*\(default: 10\)$/m);
    const { out: demo } = await hukka("demo", "--help");
    expect(demo).toMatch(/^ {2}--out DIR +.*\(default: hukka-demo\)$/m);
  });

  it("hukka --version prints the version of package.json", async () => {
    expect(await hukka("--version")).toEqual({ status: 0, out: `${packageJson.version}\n`, err: "" });
  });

  it("a required option that is missing is wrong usage naming it", async () => {
    const { status, err } = await hukka("compare", EXAMPLE);
    expect(status).toBe(2);
    expect(err).toMatch(/^error: --redesign FILE is required\nusage: hukka compare MODEL\.json --redesign FILE/);
  });

  it("--top -1 is refused as a number, not as an ambiguous argument", async () => {
    const { status, err } = await hukka("analyse", EXAMPLE, "--top", "-1");
    expect(status).toBe(2);
    expect(err).toMatch(/^error: --top takes a whole number ≥ 1, got "-1"\nusage: hukka analyse/);
    expect(err).not.toContain("ambiguous");
    expect((await hukka("analyse", EXAMPLE, "--top", "--json")).err).toMatch(/^error: --top needs a value: --top K\n/);
    expect((await hukka("analyse", EXAMPLE, "--top")).err).toMatch(/^error: --top needs a value: --top K\n/);
  });

  it("an unknown option names the options the command takes", async () => {
    const { status, err } = await hukka("validate", EXAMPLE, "--strict");
    expect(status).toBe(2);
    expect(err).toBe("error: unknown option --strict (options: --json)\nusage: hukka validate MODEL.json [--json]\n");
  });
});

describe("outputs never overwrite an input, nor each other", () => {
  it("render MODEL --html MODEL refuses (exit 2) and leaves the model as it was", async () => {
    const model = file("model.json", tiny());
    const before = readFileSync(model, "utf8");
    const { status, err } = await hukka("render", model, "--html", model);
    expect(status).toBe(2);
    expect(err).toMatch(/^error: --html .*model\.json is an input: choose another file to write\n/);
    expect(readFileSync(model, "utf8")).toBe(before);
  });

  it("the same file by another name (./, a symbolic link) is still the input", async () => {
    const model = file("linked.json", tiny());
    const link = join(dir, "link.json");
    symlinkSync(model, link);
    expect((await hukka("render", model, "--svg", link)).status).toBe(2);
    expect((await hukka("analyse", link, "--svg", join(dir, ".", "linked.json"))).status).toBe(2);
  });

  it("mine LOG --model LOG refuses and keeps the log", async () => {
    const log = file("log.csv", "case,activity,time\nA,call,2024-01-01T08:00:00\n");
    const { status, err } = await hukka("mine", log, "--case", "case", "--activity", "activity", "--timestamp", "time", "--model", log);
    expect(status).toBe(2);
    expect(err).toMatch(/^error: --model .*log\.csv is an input/);
    expect(readFileSync(log, "utf8")).toMatch(/^case,activity,time\n/);
  });

  it("compare --html onto the redesign file refuses; --html and --svg to one path refuse", async () => {
    const model = file("m.json", tiny());
    const redesign = file("r.json", { name: "r", changes: [] });
    const compared = await hukka("compare", model, "--redesign", redesign, "--html", redesign);
    expect(compared.status).toBe(2);
    expect(compared.err).toMatch(/^error: --html .*r\.json is the --redesign file: choose another file to write/);
    const twice = await hukka("render", model, "--html", join(dir, "one"), "--svg", join(dir, "one"));
    expect(twice.status).toBe(2);
    expect(twice.err).toMatch(/^error: --html and --svg both write .*one: choose a file for each/);
    expect(existsSync(join(dir, "one"))).toBe(false);
  });

  it("writes through a temporary file beside the target, leaving none behind and keeping the target's mode", async () => {
    const sub = mkdtempSync(join(dir, "out-"));
    const svg = join(sub, "b.svg");
    writeFileSync(svg, "old", { mode: 0o640 });
    expect((await hukka("render", file("mode.json", tiny()), "--svg", svg)).status).toBe(0);
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg/);
    expect(statSync(svg).mode & 0o777).toBe(0o640);
    expect(readdirSync(sub)).toEqual(["b.svg"]);
  });

  it("a full disk is one error line and exit 1; the folder missing is named", async () => {
    const full = await hukka("render", file("full.json", tiny()), "--svg", "/dev/full");
    expect(full).toEqual({ status: 1, out: "", err: "error: cannot write /dev/full: no space left on the device\n" });
    const nowhere = join(dir, "no-such-folder", "b.svg");
    const missing = await hukka("render", file("nowhere.json", tiny()), "--svg", nowhere);
    expect(missing.status).toBe(1);
    expect(missing.err).toBe(`error: cannot write ${nowhere}: the folder ${join(dir, "no-such-folder")} does not exist\n`);
  });
});

describe("terminal text never carries control characters", () => {
  const hostile = "Clinic\x1b]0;pwned\x07\x1b[2J\u009b31m\u202e";
  const noControls = (text: string) => expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);

  it("terminalText shows escapes instead of obeying them", () => {
    expect(terminalText("a\x1b[2Jb\n\u009b\u202e")).toBe("a\\x1b[2Jb\\n\\x9b\\u202e");
  });

  it("analyse and compare print model names escaped", async () => {
    const model = file("hostile.json", tiny(hostile));
    const analysed = await hukka("analyse", model);
    expect(analysed.status).toBe(0);
    noControls(analysed.out + analysed.err);
    expect(analysed.out).toContain("Clinic\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e");
    const redesign = file("hostile-redesign.json", { name: `Faster${hostile}`, changes: [] });
    const compared = await hukka("compare", model, "--redesign", redesign);
    expect(compared.status).toBe(0);
    noControls(compared.out + compared.err);
    expect(compared.out).toContain("FasterClinic\\x1b]0;pwned");
  });

  it("validate's known: list and the unknown value are escaped", async () => {
    const service = tiny();
    service.departments[0]!.id = `desk${hostile}`;
    const { status, err } = await hukka("validate", file("known.json", service));
    expect(status).toBe(1);
    noControls(err);
    expect(err).toContain("known: deskClinic\\x1b]0;pwned");
  });

  it("--json stays exact JSON with no raw control character", async () => {
    const { status, out } = await hukka("analyse", file("hostile-json.json", tiny(hostile)), "--json");
    expect(status).toBe(0);
    noControls(out);
    expect(JSON.parse(out).service.name).toBe(hostile);
  });
});

describe("stdout that cannot be written (the built command as a process)", () => {
  beforeAll(() => {
    if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });

  it("a reader that stops early (| head) ends the command quietly", async () => {
    // a JSON report far larger than a pipe's buffer
    const touchpoints = Array.from({ length: 3000 }, (_, i) => ({
      id: `t${i}`,
      name: `Step ${i}`,
      department: i % 2 ? "desk" : "clinic",
      ...(i === 0 ? { entry: 1 } : {}),
      steps: [{ name: "Wait", type: "waste", waste: "delay", minutes: 1 }],
    }));
    const big = {
      ...tiny(),
      touchpoints: [...touchpoints, { id: "done", name: "Done", department: "clinic", outcome: "resolved", steps: [] }],
      transitions: touchpoints.map((t, i) => ({ from: t.id, to: i + 1 < touchpoints.length ? `t${i + 1}` : "done", probability: 1 })),
    };
    const child = spawn(process.execPath, ["dist/cli.js", "analyse", file("big.json", big), "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("a full disk on stdout is one error line and exit 1", () => {
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, ["dist/cli.js", "schema"], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(result.stderr).toBe("error: cannot write the output: no space left on the device\n");
      expect(result.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});
