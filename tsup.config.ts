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

/**
 * What is built: everything (`npm run build`); `HUKKA_BUILD=js` the JavaScript alone, as `npm
 * test` builds it before its tests (the declarations are built and linted by one of the tests,
 * beside the others: tests/package-lint.test.ts); `HUKKA_BUILD=dts` the declarations alone, into
 * `HUKKA_BUILD_OUT` (default dist/).
 */
const only = process.env.HUKKA_BUILD;
const outDir = process.env.HUKKA_BUILD_OUT ?? "dist";

/**
 * The declarations are emitted without a type check of their own (TypeScript's noCheck: the
 * same files, byte for byte, in half the CPU): the check is the suite's (`npm test`, every file
 * of tsconfig.json), and the JavaScript was never checked by the build either.
 */
const declarations = { compilerOptions: { noCheck: true } };

const library: Options = {
  entry: { index: "src/index.ts", viz: "src/viz/index.ts", sql: "src/sql/index.ts" },
  format: ["esm", "cjs"],
  outDir,
  dts: only === "dts" ? { ...declarations, only: true } : only !== "js" && declarations,
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
    if (only === "dts") return;
    await writeFile(`${outDir}/service.schema.json`, JSON.stringify(serviceJsonSchema(), null, 2) + "\n");
    await writeFile(`${outDir}/viz.global.js`, await browserBundle());
  },
};

const cli: Options = {
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  outDir,
  target: "node20",
  sourcemap: true,
  banner: { js: "#!/usr/bin/env node" },
  external: ["@duckdb/node-api"],
  esbuildPlugins: [withBrowserBundle],
};

export default defineConfig(only === "dts" ? [library] : [library, cli]);
