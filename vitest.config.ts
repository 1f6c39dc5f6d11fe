import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    // At least two test files at a time, even on two cores: many of them wait on a child process
    // (the CLI, Chromium, the docs build) and the type check runs beside them.
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 120_000,
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
    // the default summary, then one line for each reason tests were skipped (a missing log, no PostgreSQL)
    reporters: ["default", "./tests/skip-notes-reporter.ts"],
  },
});
