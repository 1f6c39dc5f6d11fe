import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
    // the default summary, then one line for each reason tests were skipped (a missing log, no PostgreSQL)
    reporters: ["default", "./tests/skip-notes-reporter.ts"],
  },
});
