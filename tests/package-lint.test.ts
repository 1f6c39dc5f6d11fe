// The package as it is published: its declarations built, and the whole package linted by
// publint (--strict) and Are the Types Wrong (every entry point under node16 resolution). `npm
// test` builds only the JavaScript before the tests (the declarations take most of the build's
// time), so this test builds the declarations beside the other tests, into a copy of the package
// of its own: dist/ is never written while other tests read it. The TypeScript example is
// compiled against the declarations built there (the suite's type check reads the sources).
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const copy = mkdtempSync(join(tmpdir(), "hukka-package-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Runs a program to its end; its exit code and everything it printed. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

const bin = (name: string) => join(root, "node_modules", ".bin", name);

describe("the package", () => {
  it("builds its declarations and passes publint --strict and attw (node16)", async () => {
    const dts = await run(process.execPath, [join(root, "node_modules/tsup/dist/cli-default.js")], {
      cwd: root,
      env: { ...process.env, HUKKA_BUILD: "dts", HUKKA_BUILD_OUT: join(copy, "dist") },
    });
    expect(dts.code, dts.output).toBe(0);
    // the JavaScript of npm test's build beside the declarations, as `files` publishes them
    cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true, force: false });
    for (const file of ["package.json", "README.md"]) cpSync(join(root, file), join(copy, file));
    const publint = await run(bin("publint"), ["--strict"], { cwd: copy });
    expect(publint.code, publint.output).toBe(0);
    const attw = await run(bin("attw"), ["--pack", ".", "--profile", "node16", "--exclude-entrypoints", "./viz.global.js"], { cwd: copy });
    expect(attw.code, attw.output).toBe(0);
    // every entry point is checked: the library's three, each for ESM and CommonJS
    for (const entry of ['"hukka"', '"hukka/viz"', '"hukka/sql"']) expect(attw.output).toContain(entry);

    // the TypeScript example compiles against the declarations built, importing the package by its name
    cpSync(join(root, "examples/api/waste-report.ts"), join(copy, "examples/api/waste-report.ts"));
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
    const { compilerOptions } = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as { compilerOptions: object };
    writeFileSync(join(copy, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["examples"] }));
    const tsc = await run(bin("tsc"), ["-p", "tsconfig.json"], { cwd: copy });
    expect(tsc.code, tsc.output).toBe(0);
    // a generous limit: the declarations take about 11 s of CPU, and on two cores shared with the
    // docs build and two other workers the test has waited four minutes for its share
  }, 900_000);
});
