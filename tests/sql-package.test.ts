// hukka/sql as a package user meets it: DuckDB, an optional dependency, is never loaded by
// `import "hukka"` nor by `import "hukka/sql"`, only when the DuckDB engine runs; without it the
// engine says how to add it. These tests read dist/ (`npm run build` first when run alone).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  for (const file of ["dist/index.js", "dist/sql.js", "dist/sql.cjs"]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
});

const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8" });
/** An ESM resolve hook that refuses @duckdb packages, as if the optional dependency were not installed. */
const REFUSE_DUCKDB = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(s, c, next) { if (s.startsWith("@duckdb/")) throw new Error("Cannot find package '" + s + "'"); return next(s, c); }`,
)}`;
const WITHOUT_DUCKDB = `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(REFUSE_DUCKDB)});`)}`;
const LOADED = `JSON.stringify(Object.keys(require.cache).filter((k) => k.includes("@duckdb")))`;

describe("the optional DuckDB dependency", () => {
  it('is not loaded by import "hukka" nor by import "hukka/sql" (ESM)', () => {
    const script = `import "hukka"; import { logAggregateSql } from "hukka/sql";
      console.log(logAggregateSql({ source: "events", case: "c", activity: "a", timestamp: "t" }, { dialect: "postgres" }).startsWith("WITH events AS"));`;
    const result = node(["--import", WITHOUT_DUCKDB, "--input-type=module", "-e", script]);
    expect([result.stderr, result.stdout]).toEqual(["", "true\n"]);
  });

  it('is not loaded by require("hukka") nor by require("hukka/sql") (CommonJS)', () => {
    const script = `require("hukka"); const { sqlDialects } = require("hukka/sql"); console.log(Object.keys(sqlDialects).join(" ")); console.log(${LOADED});`;
    const result = node(["-e", script]);
    expect([result.stderr, result.stdout]).toEqual(["", "duckdb postgres spark bigquery\n[]\n"]);
  });

  it("is loaded by the DuckDB engine, which says how to install it when it is missing", () => {
    const script = `import { duckdbLogAggregate } from "hukka/sql";
      try { await duckdbLogAggregate("events.csv", { case: "c", activity: "a", timestamp: "t" }); } catch (e) { console.log(e.code + ": " + e.message); }`;
    const without = node(["--import", WITHOUT_DUCKDB, "--input-type=module", "-e", script]);
    expect(without.stdout).toMatch(/^missing_engine: the DuckDB engine needs the package @duckdb\/node-api, .*run npm install @duckdb\/node-api/);
    // with the package present the same call gets as far as DuckDB reading the (missing) file
    const present = node(["--input-type=module", "-e", script]);
    expect(present.stdout).toMatch(/^unreadable_log: DuckDB cannot read events.csv as csv/);
  });
});
