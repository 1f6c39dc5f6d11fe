import { writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";
import { serviceJsonSchema } from "./src/model/service-json-schema.js";

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
    // the JSON Schema shipped as `hukka/schema.json`, generated from the zod schemas
    async onSuccess() {
      await writeFile("dist/service.schema.json", JSON.stringify(serviceJsonSchema(), null, 2) + "\n");
    },
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    external: ["@duckdb/node-api"],
  },
  {
    // the browser bundle (global `hukka`) that `reportHtml` inlines into a self-contained report
    entry: { viz: "src/viz/browser.ts" },
    format: ["iife"],
    platform: "browser",
    globalName: "hukka",
    target: "es2020",
    minify: true,
  },
]);
