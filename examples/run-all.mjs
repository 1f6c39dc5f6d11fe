// `npm run examples`: every example in turn (the package is built first by the npm script).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));
const examples = [
  ["health-centre", ["examples/health-centre/run.mjs"]],
  ["sepsis", ["examples/sepsis/run.mjs"]],
  ["receipt", ["examples/receipt/run.mjs"]],
  ["incidents", ["examples/incidents/run.mjs"]],
  ["api", [tsx, "examples/api/waste-report.ts"]],
];
const failed = [];
for (const [name, args] of examples) {
  console.log(`\n━━ example: ${name} ━━`);
  const { status } = spawnSync(process.execPath, args, { cwd: repo, stdio: "inherit" });
  if (status !== 0) failed.push(name);
}
console.log(failed.length ? `\nfailed: ${failed.join(", ")}` : "\nevery example ran; their files are in examples/out/");
process.exitCode = failed.length ? 1 : 0;
