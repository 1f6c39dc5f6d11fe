import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { analyse, parseService } from "../src/index.js";
import { bounce, callAgain } from "./analysis-fixtures.js";

/** Runs `hukka ARGS…` in process with a fake terminal. */
const hukka = (...args: string[]) => runHukka(args);

let dir: string;
const file = (name: string, model: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(model, null, 2));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-analyse-"));
});

describe("hukka analyse MODEL.json", () => {
  it("--json prints exactly the report of analyse(), alone on stdout", async () => {
    const { status, out, err } = await hukka("analyse", file("call-again.json", callAgain()), "--json");
    expect(status).toBe(0);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(analyse(parseService(callAgain())))));
  });

  it("prints a summary with the headline figures, hotspots and wander paths", async () => {
    const { status, out } = await hukka("analyse", file("call-again.json", callAgain()));
    expect(status).toBe(0);
    // minutes 320/7 + 4340 = 4385.7; flow efficiency 165/30700 = 0.5 %; failure 3/24 = 12.5 %
    expect(out).toContain("From symptoms to specialist care (call-again)");
    expect(out).toMatch(/time\s+4,385\.7 min\s+\(value 23\.6, necessary 1\.4, waste 4,360\.7\)/);
    expect(out).toMatch(/flow efficiency\s+0\.5 %/);
    expect(out).toMatch(/hand-offs\s+1\.00\s+\(ping-pongs 0\.00, revisits 0\.00\)/);
    expect(out).toMatch(/failure demand\s+12\.5 % of visits/);
    expect(out).toMatch(/resolved\s+100\.0 %/);
    expect(out).toMatch(/cost\s+53\.57 EUR\s+\(waste 10\.00 EUR\)/);
    // 12 000 × 4360.714… / 60 = 872 142.9 hours
    expect(out).toMatch(/Per year, 12,000 customers:\n\s+waste\s+872,143 hours/);
    expect(out).toMatch(/departments\s+clinic 4,325\.0 \(99\.2 %\), health-centre 35\.7 \(0\.8 %\)/);
    expect(out).toContain("none among the most likely journeys");
  });

  it("shows wander paths as A → B → A with departments and lost minutes", async () => {
    const { out } = await hukka("analyse", file("bounce.json", bounce()));
    // a b a b done: probability 0.25, 28 min, 14 over the ideal: lost 3.5
    expect(out).toContain("1. a → b → a → b → done");
    expect(out).toContain("departments desk → lab → desk → lab; 2 ping-pongs, 2 revisits, 3 hand-offs");
    expect(out).toContain("lost 3.5 min per customer  (probability 25.0 %, 28.0 min, 14.0 over the ideal)");
  });

  it("--top K sets how many journeys the report lists", async () => {
    const { out } = await hukka("analyse", file("bounce.json", bounce()), "--json", "--top", "3");
    expect(JSON.parse(out).journeys).toHaveLength(3);
    for (const bad of ["0", "-2", "two", "1.5"]) {
      const r = await hukka("analyse", file("bounce.json", bounce()), `--top=${bad}`);
      expect(r.status).toBe(2);
      expect(r.err).toContain(`error: --top takes a whole number ≥ 1, got "${bad}"`);
    }
  });

  it("exits 1 with every issue on an invalid model, 1 on a missing file, 2 on wrong usage", async () => {
    const model = callAgain() as any;
    model.touchpoints[1].department = "radiology";
    model.transitions[0].probability = 0.5;
    const invalid = await hukka("analyse", file("invalid.json", model));
    expect(invalid.status).toBe(1);
    expect(invalid.out).toBe("");
    expect(invalid.err).toContain("[unknown_department]");
    expect(invalid.err).toContain("[probabilities_do_not_sum_to_one]");
    expect(invalid.err.trim().split("\n").every((l) => l.startsWith("error: "))).toBe(true);
    const missing = await hukka("analyse", join(dir, "nope.json"));
    expect(missing).toMatchObject({ status: 1, err: expect.stringContaining("model not found") });
    expect((await hukka("analyse")).status).toBe(2);
    expect((await hukka("analyse", "a.json", "b.json")).status).toBe(2);
  });

  it("--svg FILE writes the blueprint after the summary; with --json the note goes to stderr", async () => {
    const svg = join(dir, "blueprint.svg");
    const plain = await hukka("analyse", file("call-again.json", callAgain()), "--svg", svg);
    expect(plain.status).toBe(0);
    expect(readFileSync(svg, "utf8")).toContain('data-hukka="blueprint"');
    expect(plain.out.indexOf("Per customer")).toBeLessThan(plain.out.indexOf(`wrote ${svg}`));
    const json = await hukka("analyse", file("call-again.json", callAgain()), "--json", "--svg", svg);
    expect(JSON.parse(json.out).service.id).toBe("call-again");
    expect(json.err).toContain(`wrote ${svg}`);
  });

  describe("as a process", () => {
    beforeAll(() => {
      if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first");
    });

    it("hukka analyse --json writes parseable JSON to stdout and exits 0", () => {
      const r = spawnSync(process.execPath, ["dist/cli.js", "analyse", file("call-again.json", callAgain()), "--json"], {
        encoding: "utf8",
      });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).expected.failureDemandShare).toBeCloseTo(0.125, 12);
    });
  });
});
