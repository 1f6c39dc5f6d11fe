// `npm run build` without its progress lines: tsup's output is shown only when the build fails,
// so that a command run after it (`npm run demo`) prints its own answer first and alone.
// `--js` builds the JavaScript alone (HUKKA_BUILD=js, see tsup.config.ts), as `npm test` does.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync(process.execPath, [fileURLToPath(new URL("../node_modules/tsup/dist/cli-default.js", import.meta.url))], {
  cwd: root,
  encoding: "utf8",
  env: process.argv.includes("--js") ? { ...process.env, HUKKA_BUILD: "js" } : process.env,
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  if (build.error) console.error(`error: could not run the build: ${build.error.message}`);
  console.error(`error: the build failed (exit ${build.status ?? build.signal}): its output is above`);
  process.exit(build.status || 1);
}
