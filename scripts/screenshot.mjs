// `npm run screenshot`: the README's picture. Draws the health-centre blueprint with
// `hukka render`, opens it in Chromium and writes docs/public/blueprint.png.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumExecutable } from "./chromium.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const html = `${repo}examples/out/blueprint.html`;
const png = `${repo}docs/public/blueprint.png`;

mkdirSync(`${repo}examples/out`, { recursive: true });
const render = spawnSync(
  process.execPath,
  [`${repo}dist/cli.js`, "render", `${repo}examples/health-centre/service.json`, "--html", html],
  { stdio: "inherit" },
);
if (render.status !== 0) process.exit(render.status ?? 1);

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`file://${html}`);
  // the picture shows the diagram, not the report's controls
  await page.addStyleTag({ content: ".hukka-reset { display: none !important; }" });
  const blueprint = page.locator('svg[data-hukka="blueprint"]').first();
  await blueprint.waitFor();
  await blueprint.screenshot({ path: png });
  console.log(`wrote ${png.slice(repo.length)}`);
} finally {
  await browser.close();
}
