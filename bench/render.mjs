// `npm run bench -- render` (DESIGN §10): the blueprint of a generated 300-touchpoint service,
// drawn as a static SVG in Node (d3 on linkedom, every touchpoint) and as the interactive HTML
// report in headless Chromium (page load → blueprint drawn, folded to at most 40 boxes as the
// report draws it; its slider brings back the rest). The report is computed once beforehand: this
// times drawing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumExecutable } from "../scripts/chromium.mjs";
import { analyse, parseService } from "../dist/index.js";
import { blueprintSvg, foldBlueprint, layoutBlueprint, reportHtml } from "../dist/viz.js";
import { blueprintService } from "./blueprint-service.mjs";

const SIZE = 300;
const NODE_RUNS = 20;
const BROWSER_RUNS = 7;
const out = fileURLToPath(new URL("./out/", import.meta.url));
mkdirSync(out, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

/** Wall-clock and CPU time per run: on a busy machine the CPU time is the steadier figure. */
function time(fn, runs) {
  fn(); // warm-up
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), cpu: median(cpu) };
}

const service = parseService(blueprintService(SIZE));
const report = analyse(service);
console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (figures grow with it)`);
console.log(`service: ${service.touchpoints.length} touchpoints, ${service.transitions.length} transitions, ${service.departments.length} departments`);

const layout = time(() => layoutBlueprint(service, report), NODE_RUNS);
let svg = "";
const svgTime = time(() => (svg = blueprintSvg(service, report)), NODE_RUNS);
console.log(`Node, layoutBlueprint:        median ${ms(layout.median)} (min ${ms(layout.min)}, max ${ms(layout.max)}, ${NODE_RUNS} runs; CPU ${ms(layout.cpu)})`);
console.log(`Node, blueprintSvg (static):  median ${ms(svgTime.median)} (min ${ms(svgTime.min)}, max ${ms(svgTime.max)}; CPU ${ms(svgTime.cpu)}), ${(svg.length / 1024).toFixed(0)} KiB of SVG`);
console.log(`  drawing alone (d3 on linkedom + serialising) ≈ ${ms(svgTime.median - layout.median)}`);

const bundle = fileURLToPath(new URL("../dist/viz.global.js", import.meta.url));
if (!existsSync(bundle)) execFileSync("npx", ["tsup"], { stdio: "inherit" });
const html = reportHtml(service, report, { script: readFileSync(bundle, "utf8") });
const file = `${out}render-${SIZE}.html`;
writeFileSync(file, html);
writeFileSync(`${out}render-${SIZE}.svg`, svg);

// the report draws the blueprint folded (at most 40 boxes in 12 lanes, BLUEPRINT_FOLD_DEFAULTS), the static SVG all of it
const shown = foldBlueprint(service, report).boxes.shown;
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
const loads = [];
const renders = [];
const walls = [];
for (let i = 0; i <= BROWSER_RUNS; i++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("html[data-hukka-ready]");
  const wall = performance.now() - t0;
  const [ready, start, drawn] = await page.evaluate(() => [
    performance.getEntriesByName("hukka-ready")[0].startTime,
    performance.getEntriesByName("hukka-render-start")[0].startTime,
    document.querySelectorAll('svg[data-hukka="blueprint"] g.hukka-node').length,
  ]);
  if (drawn !== shown) throw new Error(`drew ${drawn} boxes, expected ${shown}`);
  if (i > 0) {
    // the first load warms the browser's caches
    loads.push(ready);
    renders.push(ready - start);
    walls.push(wall);
  }
  await page.close();
}
await browser.close();
console.log(`Chromium, page load → report drawn: median ${ms(median(loads))} (min ${ms(Math.min(...loads))}, max ${ms(Math.max(...loads))}, ${BROWSER_RUNS} loads)`);
console.log(`  of it renderReport (parse JSON, layout, draw, tooltips, zoom): median ${ms(median(renders))}`);
console.log(`  seen from Node (goto → ready selector): median ${ms(median(walls))}`);
console.log(`HTML file: ${(html.length / 1024).toFixed(0)} KiB (browser bundle ${(readFileSync(bundle).length / 1024).toFixed(0)} KiB)`);
console.log(`\nratio Chromium load (${shown} boxes) / Node static SVG (${SIZE}): ${(median(loads) / svgTime.median).toFixed(2)}`);
