// `npm run bench`: each benchmark of DESIGN §10 in a process of its own, so that each
// peak-memory figure is that benchmark's alone. Pass names to run some: `npm run bench -- mine`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const all = ["mine", "analyse", "render", "mine-history", "mine-report", "mine-calendar"];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = 0;
for (const name of wanted) {
  const file = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  if (!existsSync(file)) {
    console.error(`bench: no benchmark named ${name} (have: ${all.join(", ")})`);
    failed++;
    continue;
  }
  console.log(`\n## ${name}\n`);
  const { status } = spawnSync(process.execPath, ["--expose-gc", file], { stdio: "inherit" });
  if (status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
