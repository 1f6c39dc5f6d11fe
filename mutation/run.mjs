// `npm run mutation [-- FOLDER…] [--mutant ID,…]`: plants each listed mutant of the chosen
// folders (all when none is named) in memory, one at a time, runs the tests that should catch it,
// and prints which were killed. A mutant is a small plausible bug (mutation/mutants.mjs); it is
// killed when a test fails. Mutants marked `equivalent` change no result and are expected to
// survive: the reason is given beside them. Not part of `npm test`: it runs a vitest process per
// mutant, one at a time (the machine is shared), and takes minutes per folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MUTANTS } from "./mutants.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const only = args.includes("--mutant") ? args[args.indexOf("--mutant") + 1]?.split(",") ?? [] : null;
const folders = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--mutant").map((f) => relative(root, resolve(root, f)));
const chosen = MUTANTS.filter(
  (m) => (folders.length === 0 || folders.some((f) => m.file === f || m.file.startsWith(`${f}/`))) && (only === null || only.includes(m.id)),
);
if (chosen.length === 0) {
  console.error(`error: no mutant in ${folders.join(", ") || "the list"}${only ? ` with id ${only.join(", ")}` : ""} (folders with mutants: ${[...new Set(MUTANTS.map((m) => m.file.split("/").slice(0, 2).join("/")))].join(", ")})`);
  process.exit(2);
}

// Every mutant must match its file exactly once, so that the list cannot silently go stale.
const stale = chosen.filter((m) => {
  const text = readFileSync(join(root, m.file), "utf8");
  const at = text.indexOf(m.find);
  return at < 0 || text.indexOf(m.find, at + 1) >= 0;
});
if (stale.length > 0) {
  for (const m of stale) console.error(`error: mutant ${m.id}: ${JSON.stringify(m.find)} is not found exactly once in ${m.file}: update mutation/mutants.mjs`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "hukka-mutation-"));
// A mutant that makes a test loop for ever is killed by this timeout (HUKKA_MUTATION_TIMEOUT, in
// seconds): long enough for the slowest test files of a mutant on a loaded machine.
const timeout = 1000 * Number(process.env.HUKKA_MUTATION_TIMEOUT ?? 900);
const vitest = (tests, env, limit = timeout) =>
  spawnSync(
    process.execPath,
    [join(root, "node_modules/vitest/vitest.mjs"), "run", "--config", "mutation/vitest.config.mjs", "--maxWorkers=1", "--bail=1", "--reporter=dot", ...tests],
    { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", timeout: limit, maxBuffer: 64 * 1024 * 1024 },
  );

// The tests must pass without a mutant, or every mutant would look killed.
const allTests = [...new Set(chosen.flatMap((m) => m.tests))];
console.log(`baseline: ${allTests.length} test files without a mutant…`);
const baseline = vitest(allTests, {}, 0);
if (baseline.status !== 0) {
  console.error(baseline.stdout.slice(-4000), baseline.stderr.slice(-4000));
  console.error("error: the tests fail without a mutant: fix them first");
  process.exit(1);
}

/** The first failing test vitest names ("tests/x.test.ts > suite > test"). */
function firstFailure(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const failed = /^\s*FAIL\s+(.+)$/m.exec(plain)?.[1]?.trim();
  if (failed) return failed;
  return /Worker exited unexpectedly|Fatal (JavaScript|error)/.test(plain) ? "a crash of the test process (e.g. an endless loop)" : "a failing test file";
}

const results = [];
for (const [k, m] of chosen.entries()) {
  const applied = join(scratch, `applied-${k}`);
  const started = Date.now();
  const run = vitest(m.tests, { HUKKA_MUTANT: JSON.stringify(m), HUKKA_MUTANT_APPLIED: applied });
  const seconds = (Date.now() - started) / 1000;
  const outcome = !existsSync(applied) ? "not applied" : run.error ? "killed (timeout)" : run.status !== 0 ? "killed" : m.equivalent ? "equivalent" : "SURVIVED";
  results.push({ m, outcome });
  console.log(`${String(k + 1).padStart(3)}/${chosen.length} ${outcome.padEnd(16)} ${m.id.padEnd(34)} ${seconds.toFixed(1).padStart(5)} s  ${m.file}: ${m.bug}`);
  if (outcome === "killed") console.log(`        by ${firstFailure(`${run.stdout}\n${run.stderr}`)}`);
  if (outcome === "SURVIVED" && process.env.HUKKA_MUTATION_VERBOSE) console.log(run.stdout.slice(-2000));
}
rmSync(scratch, { recursive: true, force: true });

const count = (o) => results.filter((r) => r.outcome.startsWith(o)).length;
const killed = count("killed");
const equivalent = count("equivalent");
const survived = results.filter((r) => r.outcome === "SURVIVED" || r.outcome === "not applied");
const score = killed / (results.length - equivalent);
console.log(
  `\nmutation score ${results.length === equivalent ? "— (no mutant counted)" : `${(100 * score).toFixed(1)} %`}: ${killed} killed of ${results.length - equivalent} (${equivalent} equivalent, ${survived.length} survived)`,
);
for (const { m, outcome } of results.filter((r) => r.outcome === "equivalent")) console.log(`  equivalent ${m.id}: ${m.equivalent}`);
for (const { m, outcome } of survived) console.log(`  ${outcome} ${m.id}: ${m.file}: ${m.bug}`);
process.exit(survived.length > 0 ? 1 : 0);
