import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { analyse, parseService } from "../src/index.js";
import { blueprintSvg } from "../src/viz/index.js";
import healthCentre from "../examples/health-centre/service.json";

const EXAMPLE = "examples/health-centre/service.json";

/** Runs `hukka ARGS…` in process with a fake terminal. */
const hukka = (...args: string[]) => runHukka(args);

/** Well-formed XML or a thrown parse error. */
function assertWellFormed(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hukka-render-"));
  if (!existsSync("dist/viz.global.js") || !existsSync("dist/cli.js")) execFileSync("npx", ["tsup"], { stdio: "ignore" });
}, 180_000);

describe("hukka render MODEL.json", () => {
  it("writes the blueprint SVG, the same as blueprintSvg", async () => {
    const svg = join(dir, "blueprint.svg");
    const r = await hukka("render", EXAMPLE, "--svg", svg);
    expect(r).toMatchObject({ status: 0, err: "" });
    expect(r.out).toContain(`wrote ${svg}`);
    const text = readFileSync(svg, "utf8");
    assertWellFormed(text);
    const service = parseService(healthCentre);
    expect(text).toBe(blueprintSvg(service, analyse(service)));
  });

  it("writes a self-contained HTML report with the browser bundle and the data inlined", async () => {
    const html = join(dir, "report.html");
    const r = await hukka("render", EXAMPLE, "--html", html);
    expect(r.status).toBe(0);
    const text = readFileSync(html, "utf8");
    expect(text).toContain(readFileSync("dist/viz.global.js", "utf8").slice(0, 200));
    expect(text).not.toMatch(/<script[^>]+src=|<link /);
    const data = JSON.parse(text.match(/<script type="application\/json" id="hukka-data">([^<]*)<\/script>/)![1]!);
    expect(data.service.id).toBe("long-lasting-symptom");
    expect(data.report.expected.visits.call).toBe(analyse(parseService(healthCentre)).expected.visits.call);
  });

  it("writes both at once", async () => {
    const r = await hukka("render", EXAMPLE, "--html", join(dir, "both.html"), "--svg", join(dir, "both.svg"));
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "both.html")) && existsSync(join(dir, "both.svg"))).toBe(true);
  });

  it("is wrong usage without --html or --svg, or without exactly one model", async () => {
    expect(await hukka("render", EXAMPLE)).toMatchObject({ status: 2, err: expect.stringContaining("render needs --html FILE or --svg FILE") });
    expect(await hukka("render", "--svg", join(dir, "x.svg"))).toMatchObject({ status: 2, err: expect.stringContaining("usage: hukka render") });
    expect((await hukka("render", EXAMPLE, "--png", "x")).status).toBe(2);
  });

  it("lists every problem of an invalid model and writes nothing", async () => {
    const bad = join(dir, "bad.json");
    const model = structuredClone(healthCentre) as { touchpoints: { department: string }[] };
    model.touchpoints[1]!.department = "radiology";
    writeFileSync(bad, JSON.stringify(model));
    const out = join(dir, "bad.svg");
    const r = await hukka("render", bad, "--svg", out);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^error: .*bad\.json: invalid service model\nerror: .*radiology.*\[unknown_department\]/);
    expect(existsSync(out)).toBe(false);
  });

  it("names a file it cannot write", async () => {
    const r = await hukka("render", EXAMPLE, "--svg", join(dir, "no-such-folder", "x.svg"));
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^error: cannot write .*no-such-folder.*x\.svg: /);
  });

  it("runs as a real process from dist/cli.js", () => {
    const html = join(dir, "process.html");
    const p = spawnSync(process.execPath, ["dist/cli.js", "render", EXAMPLE, "--html", html], { encoding: "utf8" });
    expect(p.stderr).toBe("");
    expect(p.status).toBe(0);
    expect(readFileSync(html, "utf8")).toContain("hukka.renderReport(");
  });
});

describe("hukka analyse MODEL.json --svg/--html", () => {
  it("keeps stdout the JSON's alone and reports the files on stderr", async () => {
    const svg = join(dir, "analyse.svg");
    const r = await hukka("analyse", EXAMPLE, "--json", "--svg", svg);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).service.id).toBe("long-lasting-symptom");
    expect(r.err).toContain(`wrote ${svg}`);
    assertWellFormed(readFileSync(svg, "utf8"));
  });
});

describe("the package entry points", () => {
  // A resolve hook that refuses d3 and linkedom: the main entry must import without them,
  // and hukka/viz must not (which shows the hook works).
  const refuse = `data:text/javascript,export async function resolve(s,c,n){if(/^(d3|linkedom)/.test(s))throw new Error("loaded "+s);return n(s,c)}`;
  const run = (code: string) =>
    spawnSync(process.execPath, ["--import", `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(refuse)})`, "-e", code], {
      encoding: "utf8",
    });

  it('import { analyse } from "hukka" never loads d3 or linkedom (ESM and CJS)', () => {
    const esm = run(`import("./dist/index.js").then((m) => console.log(typeof m.analyse))`);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("function");
    const cjs = spawnSync(
      process.execPath,
      ["-e", `const M=require("module");const l=M._load;M._load=function(r,...a){if(/^(d3|linkedom)/.test(r))throw new Error("loaded "+r);return l.call(this,r,...a)};console.log(typeof require("./dist/index.cjs").analyse)`],
      { encoding: "utf8" },
    );
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("function");
  });

  it("hukka/viz does load d3", () => {
    const viz = run(`import("./dist/viz.js").then(() => console.log("no d3"), (e) => console.log(e.message))`);
    expect(viz.stdout).toMatch(/loaded (d3|linkedom)/);
  });
});
