// The planted bugs of `npm run mutation` (mutation/mutants.mjs) stay plantable: a change to the
// code a mutant names must update the mutant in the same change, or this fails (the mutation run
// itself refuses to start on a stale mutant, and it is not part of `npm test`).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Mutant {
  id: string;
  file: string;
  find: string;
  replace: string;
  tests: string[];
}

async function mutants(): Promise<Mutant[]> {
  const list = "../mutation/mutants.mjs";
  return ((await import(list)) as { MUTANTS: Mutant[] }).MUTANTS;
}

describe("the mutants of npm run mutation", () => {
  it("each finds its text exactly once in its file, changes it, and names test files that exist; ids are unique", async () => {
    const all = await mutants();
    expect(all.length).toBeGreaterThan(90);
    const stale: string[] = [];
    for (const m of all) {
      const text = readFileSync(root + m.file, "utf8");
      const at = text.indexOf(m.find);
      if (at < 0) stale.push(`${m.id}: not found in ${m.file}`);
      else if (text.indexOf(m.find, at + 1) >= 0) stale.push(`${m.id}: found more than once in ${m.file}`);
      if (m.find === m.replace) stale.push(`${m.id}: changes nothing`);
      for (const test of m.tests) if (!existsSync(root + test)) stale.push(`${m.id}: no test file ${test}`);
    }
    expect(stale).toEqual([]);
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
  });
});
