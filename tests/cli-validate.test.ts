import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { serviceJsonSchema } from "../src/index.js";
import { broken, deskLab } from "./model-fixtures.js";

const EXAMPLE = "examples/health-centre/service.json";

/** Runs `hukka ARGS…` in process with a fake terminal. */
const hukka = (...args: string[]) => runHukka(args);

let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-validate-"));
});

/** deskLab with an unknown department and probabilities summing to 0.9. */
function twoProblems() {
  const model = broken(deskLab());
  model.touchpoints[1].department = "radiology";
  model.transitions[0].probability = 0.7;
  return model;
}

describe("hukka validate MODEL.json", () => {
  it("exits 0 on a valid model and says so on stdout", async () => {
    const result = await hukka("validate", EXAMPLE);
    expect(result).toEqual({ status: 0, out: `${EXAMPLE}: valid service model "long-lasting-symptom"\n`, err: "" });
  });

  it("exits 1 on an invalid model, every issue an `error:` line on stderr with its code", async () => {
    const result = await hukka("validate", file("two.json", JSON.stringify(twoProblems())));
    expect(result.status).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe(
      [
        'error: touchpoints[1].department: unknown department "radiology" (known: desk, lab) [unknown_department]',
        'error: touchpoints[0]: probabilities out of touchpoint "desk" sum to 0.9, not 1 (transitions[0] → "lab" 0.7, transitions[1] → "gone" 0.2); make them add up to 1 [probabilities_do_not_sum_to_one]',
        "",
      ].join("\n"),
    );
  });

  it("prints warnings on stderr and still exits 0", async () => {
    const model = broken(deskLab());
    for (const t of model.transitions) delete t.probability;
    const result = await hukka("validate", file("uniform.json", JSON.stringify(model)));
    expect(result.status).toBe(0);
    expect(result.err).toBe(
      'warning: touchpoints[0]: touchpoint "desk" gives neither probabilities nor volumes on its 2 transitions; assumed a uniform split (1/2 each) [uniform_split]\n',
    );
  });

  it("--json prints { valid, issues, warnings } on stdout alone", async () => {
    const invalid = await hukka("validate", file("two.json", JSON.stringify(twoProblems())), "--json");
    expect(invalid.status).toBe(1);
    expect(invalid.err).toBe("");
    const report = JSON.parse(invalid.out);
    expect(Object.keys(report)).toEqual(["valid", "issues", "warnings"]);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i: { code: string; path: unknown[] }) => [i.code, i.path])).toEqual([
      ["unknown_department", ["touchpoints", 1, "department"]],
      ["probabilities_do_not_sum_to_one", ["touchpoints", 0]],
    ]);
    const valid = await hukka("validate", "--json", EXAMPLE);
    expect(valid).toMatchObject({ status: 0, err: "" });
    expect(JSON.parse(valid.out)).toEqual({ valid: true, issues: [], warnings: [] });
  });

  it("a missing file or a file that is not JSON is one `error:` line and exit 1", async () => {
    const missing = await hukka("validate", join(dir, "nope.json"));
    expect(missing).toEqual({ status: 1, out: "", err: `error: model not found: ${join(dir, "nope.json")}\n` });
    const notJson = await hukka("validate", file("bad.json", "{ id: oops"));
    expect(notJson.status).toBe(1);
    expect(notJson.err).toMatch(/^error: .*bad\.json is not valid JSON: .+\n$/);
    expect(notJson.err.split("\n")).toHaveLength(2);
  });

  it("wrong usage exits 2 with the usage line", async () => {
    for (const args of [["validate"], ["validate", "a.json", "b.json"], ["validate", "--strict", EXAMPLE]]) {
      const result = await hukka(...args);
      expect(result.status).toBe(2);
      expect(result.out).toBe("");
      expect(result.err).toMatch(/^error: .+\nusage: hukka validate MODEL\.json \[--json\]\n$/);
    }
  });
});

describe("hukka schema", () => {
  it("prints the JSON Schema of the service model", async () => {
    const result = await hukka("schema");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out)).toEqual(serviceJsonSchema());
  });

  it("takes no arguments", async () => {
    expect(await hukka("schema", "extra")).toEqual({ status: 2, out: "", err: "error: schema takes no arguments\nusage: hukka schema\n" });
  });
});

describe("the hukka command as a process (needs `npm run build`)", () => {
  beforeAll(() => {
    if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first");
  });
  const run = (...args: string[]) => spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8" });

  it("validate exits 0 on the example and 1 on an invalid model, with no stack trace", () => {
    expect(run("validate", EXAMPLE).status).toBe(0);
    const invalid = run("validate", file("two-process.json", JSON.stringify(twoProblems())));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr.trim().split("\n").every((l) => l.startsWith("error: "))).toBe(true);
    const missing = run("validate", join(dir, "nope.json"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("schema prints exactly the dist/service.schema.json the package ships", () => {
    const result = run("schema");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync("dist/service.schema.json", "utf8"));
  });
});
