import { writeFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";
import { serviceJsonSchema } from "./src/model/service-json-schema.js";
import { BROWSER_BUNDLE_FILE, browserBundle, browserBundleModule } from "./scripts/browser-bundle.mjs";

/** Puts the browser bundle's text into src/viz/report/browser-bundle.ts, so that `reportHtml` needs no `script`. */
const withBrowserBundle: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "hukka-browser-bundle",
  setup(build) {
    build.onLoad({ filter: BROWSER_BUNDLE_FILE }, async () => ({ contents: await browserBundleModule(), loader: "ts" }));
  },
};

export default defineConfig([
  {
    entry: { index: "src/index.ts", viz: "src/viz/index.ts", sql: "src/sql/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    splitting: true,
    // an optional dependency: loaded at run time by the DuckDB engine only
    external: ["@duckdb/node-api"],
    esbuildPlugins: [withBrowserBundle],
    // the JSON Schema shipped as `hukka/schema.json`, generated from the zod schemas, and the
    // browser bundle (global `hukka`) that `reportHtml` inlines, as a file of its own too
    async onSuccess() {
      await writeFile("dist/service.schema.json", JSON.stringify(serviceJsonSchema(), null, 2) + "\n");
      await writeFile("dist/viz.global.js", await browserBundle());
    },
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    external: ["@duckdb/node-api"],
    esbuildPlugins: [withBrowserBundle],
  },
]);
