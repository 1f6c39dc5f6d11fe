import { defineConfig } from "vitest/config";
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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
  },
});
