import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The architecture rules of .dependency-cruiser.cjs, run on src/ as it is and on a copy of src/
// with one forbidden import planted at a time: each plant must break the rule that forbids it.

const root = path.resolve(import.meta.dirname, "..");
const config = createRequire(import.meta.url)(path.join(root, ".dependency-cruiser.cjs"));

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(
    ["src"],
    { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, baseDir },
    {},
    { tsConfig: { fileName: path.join(baseDir, "tsconfig.json") } },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe("the architecture rules (.dependency-cruiser.cjs)", () => {
  it("hold on src/ as it is", async () => {
    expect(await violations(root)).toEqual([]);
  });

  describe("fail when a forbidden import is planted", () => {
    let copy: string;
    beforeAll(async () => {
      copy = await mkdtemp(path.join(tmpdir(), "hukka-architecture-"));
      await cp(path.join(root, "src"), path.join(copy, "src"), { recursive: true });
      await cp(path.join(root, "tsconfig.json"), path.join(copy, "tsconfig.json"));
      await cp(path.join(root, "package.json"), path.join(copy, "package.json"));
      await symlink(path.join(root, "node_modules"), path.join(copy, "node_modules"), "dir");
    });
    afterAll(async () => {
      await rm(copy, { recursive: true, force: true });
    });

    const plants: [rule: string, file: string, text: string][] = [
      ["analysis-knows-no-logs-and-no-pictures", "src/analysis/planted.ts", 'export { blueprintSvg } from "../viz/index.js";'],
      ["analysis-knows-no-logs-and-no-pictures", "src/analysis/planted-type.ts", 'export type { EventLog } from "../logs/event-log.js";'],
      ["model-reads-nothing-later", "src/model/planted.ts", 'export { analyse } from "../analysis/analyse.js";'],
      ["solver-is-a-leaf", "src/solver/planted.ts", 'export type { Service } from "../model/types.js";'],
      ["reading-does-not-measure-or-mine", "src/logs/planted.ts", 'export { mineService } from "../mining/mine-service.js";'],
      ["working-time-is-a-calendar", "src/working-time/planted.ts", 'export { analyseLog } from "../log-report/analyse-log.js";'],
      ["only-working-time-loads-holidays", "src/log-report/planted-holidays.ts", 'export { default } from "date-holidays";'],
      ["log-report-does-not-mine", "src/log-report/planted.ts", 'export { mineService } from "../mining/mine-service.js";'],
      ["mining-comes-before-redesign-sql-and-pictures", "src/mining/planted.ts", 'export { applyRedesign } from "../redesign/apply-redesign.js";'],
      ["nothing-imports-the-cli", "src/viz/planted.ts", 'export { runCli } from "../cli/run-cli.js";'],
      ["only-viz-imports-d3", "src/model/planted-d3.ts", 'export { select } from "d3";'],
      ["only-the-cli-touches-files-and-processes", "src/logs/planted-fs.ts", 'export { readFile } from "node:fs/promises";'],
      ["a-diagram-stands-alone", "src/viz/blueprint/planted.ts", 'export { layoutWanderLine } from "../wander-line/layout-wander-line.js";'],
      ["svg-helpers-know-no-diagram", "src/viz/svg/planted.ts", 'export { layoutBlueprint } from "../blueprint/layout-blueprint.js";'],
      ["no-circular", "src/solver/(solve-flow|planted-circle).ts", 'export { flowSystem } from "./planted-circle.js";'],
    ];

    // Every plant goes in at once (each in its own file, one extra line in solve-flow.ts for the
    // circle), and each must be reported by its own rule, from its own file.
    it.each(plants)("%s: %s", async (rule, file) => {
      expect(await plantedViolations()).toContainEqual(expect.stringMatching(new RegExp(`^${rule}: ${file.replace(".ts", "\\.ts")} → `)));
    });

    let found: Promise<string[]> | undefined;
    function plantedViolations(): Promise<string[]> {
      found ??= (async () => {
        for (const [, pattern, text] of plants) {
          const file = pattern.replace("(solve-flow|planted-circle)", "solve-flow");
          const target = path.join(copy, file);
          const before = file.includes("planted") ? "" : await readFile(target, "utf8");
          await writeFile(target, before + "\n" + text + "\n");
        }
        await writeFile(path.join(copy, "src/solver/planted-circle.ts"), 'export { solveFlow } from "./solve-flow.js";\n');
        return violations(copy);
      })();
      return found;
    }
  });
});
