// The order of the test files, and the docs site's build: when a run includes the docs-site tests
// (tests/docs-site-*.test.ts), their site is built in the background from the moment the run
// starts (`npm run docs:build`, about a minute of CPU), and those files run last, when it is
// ready — the other files run meanwhile instead of waiting behind the build. The build's outcome
// is written to the file named by HUKKA_DOCS_BUILD_STATUS, which the docs-site tests wait for
// (`builtSite` in tests/docs-site-helpers.ts). HUKKA_DOCS_BUILT=1 reuses a site already built.
import { spawn } from "node:child_process";
import { openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const repo = fileURLToPath(new URL("..", import.meta.url));
const isDocsSite = (spec: TestSpecification) => /\/tests\/docs-site-[^/]*\.test\.ts$/.test(spec.moduleId);

/** Starts `npm run docs:build` (once per run) and says where its outcome will be written. */
function startDocsBuild(): void {
  if (process.env.HUKKA_DOCS_BUILD_STATUS) return;
  const status = join(tmpdir(), `hukka-docs-build-${process.pid}-${Date.now()}.json`);
  const log = `${status}.log`;
  process.env.HUKKA_DOCS_BUILD_STATUS = status;
  if (process.env.HUKKA_DOCS_BUILT === "1") {
    writeFileSync(status, JSON.stringify({ code: 0, log: null }));
    return;
  }
  const out = openSync(log, "w");
  const build = spawn("npm", ["run", "docs:build", "--silent"], { cwd: repo, stdio: ["ignore", out, out] });
  build.on("error", (e) => writeFileSync(status, JSON.stringify({ code: -1, log, error: e.message })));
  build.on("exit", (code) => writeFileSync(status, JSON.stringify({ code, log })));
}

export default class DocsSiteLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const docs = sorted.filter(isDocsSite);
    if (docs.length > 0) startDocsBuild();
    return [...sorted.filter((f) => !isDocsSite(f)), ...docs];
  }
}
