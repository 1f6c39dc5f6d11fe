import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { safeParseService, serviceJsonSchema } from "../src/index.js";
import { jsonSchemaErrors } from "./json-schema-subset.js";
import { broken, deskLab } from "./model-fixtures.js";

// These tests read dist/: `npm test` builds it first (`npm run build` when running vitest alone).
beforeAll(() => {
  for (const file of ["dist/index.js", "dist/index.cjs", "dist/service.schema.json"]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
});

const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8" });
const D3 = /^d3(-[a-z-]+)?(\/|$)/;
/** Resolve hook that refuses to load any d3 module, for an ESM process. */
const REFUSE_D3 = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(s, c, next) { if (${D3}.test(s)) throw new Error("d3 loaded: " + s); return next(s, c); }`,
)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(REFUSE_D3)});`)}`;
const MODEL = JSON.stringify(deskLab());

describe('import { parseService } from "hukka"', () => {
  it("works from ESM, without loading d3", () => {
    const script = `import { parseService } from "hukka"; console.log(parseService(${MODEL}).touchpoints.length);`;
    const result = node(["--import", REGISTER, "--input-type=module", "-e", script]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("4\n");
    // the hook does refuse d3: the check above could fail
    const control = node(["--import", REGISTER, "--input-type=module", "-e", `await import("d3");`]);
    expect(control.status).not.toBe(0);
    expect(control.stderr).toContain("d3 loaded: d3");
  });

  it("works from CommonJS, without loading d3", () => {
    const script = `const { parseService } = require("hukka");
      console.log(parseService(${MODEL}).touchpoints.length);
      console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules[\\\\/]d3(-[a-z-]+)?[\\\\/]/.test(k))));`;
    const result = node(["-e", script]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("4\n[]\n");
  });

  it("dist/index.js and dist/index.cjs, with every chunk they import, contain no import of d3", () => {
    for (const entry of ["dist/index.js", "dist/index.cjs"]) {
      const seen = new Set<string>();
      const todo = [entry];
      while (todo.length > 0) {
        const file = todo.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        const text = readFileSync(file, "utf8");
        const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
        expect(specifiers.filter((s) => D3.test(s)), file).toEqual([]);
        for (const s of specifiers) if (s.startsWith(".")) todo.push(join(dirname(file), s));
      }
      expect(seen.size).toBeGreaterThan(0);
    }
  });
});

describe("hukka/schema.json", () => {
  const shipped = JSON.parse(readFileSync("dist/service.schema.json", "utf8"));

  it("is serviceJsonSchema(), and loads through the package exports from ESM and CommonJS", () => {
    expect(shipped).toEqual(serviceJsonSchema());
    const esm = node(["--input-type=module", "-e", `import s from "hukka/schema.json" with { type: "json" }; console.log(s.title);`]);
    expect(esm.stdout).toBe("hukka service model\n");
    expect(node(["-e", `console.log(require("hukka/schema.json").title)`]).stdout).toBe("hukka service model\n");
  });

  it("lists the required fields and the enums of the model", () => {
    const touchpoint = shipped.properties.touchpoints.items;
    const step = touchpoint.properties.steps.items;
    expect(shipped.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(shipped.required).toEqual(["id", "departments", "touchpoints", "transitions"]);
    expect(shipped.properties.departments.items.required).toEqual(["id"]);
    expect(touchpoint.required).toEqual(["id", "department", "steps"]);
    expect(step.required).toEqual(["name", "type", "minutes"]);
    expect(shipped.properties.transitions.items.required).toEqual(["from", "to"]);
    expect(shipped.properties.departments.items.properties.lane.enum).toEqual(["frontstage", "backstage", "support"]);
    expect(touchpoint.properties.outcome.enum).toEqual(["resolved", "abandoned"]);
    expect(step.properties.type.enum).toEqual(["value", "necessary", "waste"]);
    for (const object of [shipped, touchpoint, step]) expect(object.additionalProperties).toBe(false);
  });

  it("accepts the example model and deskLab, and rejects what the zod schema rejects", () => {
    const example = JSON.parse(readFileSync("examples/health-centre/service.json", "utf8"));
    expect(jsonSchemaErrors(shipped, example)).toEqual([]);
    expect(jsonSchemaErrors(shipped, deskLab())).toEqual([]);
    const model = broken(deskLab());
    model.departments[1].lane = "back";
    model.touchpoints[0].entry = "yes";
    model.transitions[0].probability = 1.5;
    model.touchpoints[1].colour = "red";
    expect(jsonSchemaErrors(shipped, model)).toEqual([
      "$.departments[1].lane: not one of frontstage, backstage, support",
      "$.touchpoints[0].entry: matches no anyOf branch",
      "$.touchpoints[1]: unknown property colour",
      "$.transitions[0].probability: above 1",
    ]);
    const zod = safeParseService(model);
    expect(zod.success ? [] : zod.issues.map((i) => i.code)).toEqual(["invalid_value", "invalid_union", "unrecognized_keys", "too_big"]);
  });
});

describe('reportHtml from "hukka/viz"', () => {
  it("writes a whole page without options.script, from ESM and CommonJS, inlining hukka/viz.global.js", () => {
    const bundle = readFileSync("dist/viz.global.js", "utf8");
    const esm = `import { parseService, analyse } from "hukka"; import { reportHtml } from "hukka/viz";
      const s = parseService(${MODEL}); process.stdout.write(reportHtml(s, analyse(s)));`;
    const cjs = `const { parseService, analyse } = require("hukka"); const { reportHtml } = require("hukka/viz");
      const s = parseService(${MODEL}); process.stdout.write(reportHtml(s, analyse(s)));`;
    for (const result of [node(["--input-type=module", "-e", esm]), node(["-e", cjs])]) {
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain(`<script>${bundle.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--")}</script>`);
    }
    // the path of the bundle, for a page that loads it as a file of its own
    const resolved = node(["--input-type=module", "-e", `console.log(import.meta.resolve("hukka/viz.global.js"))`]);
    expect(resolved.stdout).toMatch(/dist\/viz\.global\.js\n$/);
  });
});
