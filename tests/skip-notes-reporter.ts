// A vitest reporter that says out loud why tests were skipped: every test skipped with a note
// (`ctx.skip(note)`, as testWithLog and the PostgreSQL tests do when what they need is missing)
// is counted under its note, and each note is printed once at the end of the run — one line per
// missing log or server, naming it and where to get it.
import type { Reporter, TestModule } from "vitest/node";

export default class SkipNotesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const notes = new Map<string, number>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== "skipped" || !result.note) continue;
        notes.set(result.note, (notes.get(result.note) ?? 0) + 1);
      }
    }
    for (const [note, count] of notes) console.log(`skipped ${count} test${count === 1 ? "" : "s"}: ${note}`);
  }
}
