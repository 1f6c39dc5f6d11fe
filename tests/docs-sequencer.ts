// The order of the test files, and the docs site's build. When a run includes the docs-site tests
// (tests/docs-site-*.test.ts), their site is built in the background from the moment the run
// starts (`npm run docs:build`, about a minute of CPU) and the build comes first: the test
// files and everything they start run at a lower priority (nice 10), so on two cores the build
// has one to itself and is done within about a minute instead of crawling beside three workers
// for four. The build's outcome is written to the file named by HUKKA_DOCS_BUILD_STATUS, which the
// docs-site tests wait for (`builtSite` in tests/docs-site-helpers.ts). HUKKA_DOCS_BUILT=1 reuses
// a site already built.
//
// The order: the files that take longest (a child process, Chromium, DuckDB, the largest real
// logs) first, the docs-site files among them from about when the build is done, then the rest
// — so that the many short files fill the end of the run, and no long file starts last. The short
// files keep vitest's own order (longest first by the last run's times, when it has them).
import { spawn } from "node:child_process";
import { openSync, writeFileSync } from "node:fs";
import { setPriority, tmpdir } from "node:os";
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

/**
 * Files that take longest on their own, longest first (CPU seconds on two cores: the declarations
 * built and linted, the DuckDB engine against the default one, the examples' processes, Chromium):
 * they start first, so that none of them starts last (see the top of this file).
 */
const LONG = [
  "package-lint",
  "duckdb-reading",
  "duckdb-customers",
  "examples",
  "duckdb-engine",
  "sql-duckdb",
  "real-logs-independent",
  "viz-browser-log-report",
  "sql-customers",
  "viz-department-map-browser",
  "redesign-browser",
  "viz-browser-readable",
  "viz-browser",
  "mined-fidelity",
  "sql-quoting",
  "embedded-report",
].map((name) => `/tests/${name}.test.ts`);
const longRank = (spec: TestSpecification) => LONG.findIndex((end) => spec.moduleId.endsWith(end));
/** How many of the long files start before the docs-site files. */
const AHEAD_OF_DOCS = 5;
/** The docs-site files, longest first: every page in Chromium, the live diagrams, the reader's own log, the links. */
const DOCS = ["pages", "live", "own-log", "links"].map((name) => `/tests/docs-site-${name}.test.ts`);
const docsRank = (spec: TestSpecification) => {
  const rank = DOCS.findIndex((end) => spec.moduleId.endsWith(end));
  return rank < 0 ? DOCS.length : rank;
};
const byDocsWeight = (a: TestSpecification, b: TestSpecification) => docsRank(a) - docsRank(b);

/** Lets the docs build go first: this process, and the workers and programs it starts from now on, yield to it. */
function yieldToDocsBuild(): void {
  try {
    setPriority(10);
  } catch {
    // a system that refuses only costs time
  }
}

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const docs = sorted.filter(isDocsSite);
    if (docs.length > 0) {
      startDocsBuild();
      if (process.env.HUKKA_DOCS_BUILT !== "1") yieldToDocsBuild();
    }
    const long = sorted.filter((f) => longRank(f) >= 0).sort((a, b) => longRank(a) - longRank(b));
    const rest = sorted.filter((f) => !isDocsSite(f) && longRank(f) < 0);
    // the docs-site files start about when the build is done: after the first few long files
    // (a worker that takes one earlier waits for the build, beside the build and the other workers)
    return [...long.slice(0, AHEAD_OF_DOCS), ...docs.sort(byDocsWeight), ...long.slice(AHEAD_OF_DOCS), ...rest];
  }
}
