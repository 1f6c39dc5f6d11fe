import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import LongFirstSequencer from "./tests/docs-sequencer.js";
import { BROWSER_BUNDLE_FILE, browserBundleModule } from "./scripts/browser-bundle.mjs";

export default defineConfig({
  // as the build does (tsup.config.ts): the sources' reportHtml inlines the browser bundle built from them
  plugins: [
    {
      name: "hukka-browser-bundle",
      async load(id) {
        if (BROWSER_BUNDLE_FILE.test(id.split("?")[0]!)) return browserBundleModule();
      },
    },
  ],
  test: {
    include: ["tests/**/*.test.ts"],
    // one temporary directory for the run's files, removed at its end (tests/temp-root.ts)
    globalSetup: ["./tests/temp-root.ts"],
    testTimeout: 60_000,
    // One test file per core, and at least two. Three on two cores paid while files waited on the
    // docs build and on new Chromium pages (333 s and 363 s against 368 s with two); with the build
    // going first and pages used again the run is bound by CPU, and a third worker gains nothing
    // measurable: 206, 218 and 243 s with two against 221, 226 and 234 s with three
    // (docs/decisions/testing.md).
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker keeps the modules it has loaded from one test file to the next: hukka, d3 and the
    // test helpers are evaluated once per worker instead of once per file (a third of the suite's
    // CPU time). The tests share no state but what they build themselves; the one mock
    // (tests/write-output.test.ts) wraps the real function and only fails a call it names.
    isolate: false,
    // the docs site is built in the background from the start, ahead of the tests (nice 10); the longest files run first, the docs-site files after them (tests/docs-sequencer.ts)
    sequence: { sequencer: LongFirstSequencer },
    hookTimeout: 120_000,
    // tsconfig.typecheck.json: the package's own name resolves to its sources (npm test builds no declarations)
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "tsconfig.typecheck.json" },
    // the default summary, then one line for each reason tests were skipped (a missing log, no PostgreSQL)
    reporters: ["default", "./tests/skip-notes-reporter.ts"],
  },
});
