// The vitest configuration of `npm run mutation`: the project's tests, with one mutant planted
// in memory. The mutant comes in HUKKA_MUTANT as JSON { file, find, replace }; the file on disk is
// never touched. When the replacement was made, the plugin writes HUKKA_MUTANT_APPLIED, so the
// runner can tell a killed mutant from one that never reached the code.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BROWSER_BUNDLE_FILE, browserBundleModule } from "../scripts/browser-bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const mutant = process.env.HUKKA_MUTANT ? JSON.parse(process.env.HUKKA_MUTANT) : null;

const plantMutant = {
  name: "hukka-plant-mutant",
  enforce: "pre",
  transform(code, id) {
    if (!mutant || id.split("?")[0] !== resolve(root, mutant.file)) return null;
    const at = code.indexOf(mutant.find);
    if (at < 0 || code.indexOf(mutant.find, at + 1) >= 0) return null;
    if (process.env.HUKKA_MUTANT_APPLIED) writeFileSync(process.env.HUKKA_MUTANT_APPLIED, "applied");
    return { code: code.slice(0, at) + mutant.replace + code.slice(at + mutant.find.length), map: null };
  },
};

export default defineConfig({
  root,
  plugins: [
    plantMutant,
    // as vitest.config.ts: the sources' reportHtml inlines the browser bundle built from them
    {
      name: "hukka-browser-bundle",
      async load(id) {
        if (BROWSER_BUNDLE_FILE.test(id.split("?")[0])) return browserBundleModule();
      },
    },
  ],
  test: {
    include: ["tests/**/*.test.ts"],
    // as vitest.config.ts: the run's temporary files in one directory, removed at its end
    globalSetup: ["./tests/temp-root.ts"],
    // generous: one worker on a shared machine, where a property test can take minutes
    testTimeout: 300_000,
    hookTimeout: 300_000,
    typecheck: { enabled: false },
  },
});
