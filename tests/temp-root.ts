// Vitest's global setup: one temporary directory for the whole run, removed at its end. What the
// run puts in the system's temporary directory — the test files' scratch directories
// (`mkdtempSync(join(tmpdir(), …))`), the docs build's log, Chromium's profiles, and what any
// program the tests start puts there — goes into it instead, as `TMPDIR` names it for the
// workers and their children (`os.tmpdir()` reads it).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "hukka-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
