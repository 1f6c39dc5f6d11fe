// Vitest's global setup: one temporary directory for the whole run, removed at its end. Every
// temporary file of the run — the test files' scratch directories (`mkdtempSync(join(tmpdir(),
// …))`), the docs build's log, Chromium's profiles, DuckDB's spill files, and those of every
// program the tests start — goes into it, as `TMPDIR` names it for the workers and their
// children (`os.tmpdir()` reads it). A run used to leave about 55 MB in the system's temporary
// directory, in some thirty directories, every time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "hukka-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
