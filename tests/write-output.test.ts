// writeOutput replaces a file in one step (a temporary file renamed over it): a write that fails
// leaves the old file as it was and no temporary file behind. The failing disk is a mocked rename.
import { mkdtemp, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

// The worker may have loaded the writer before this file (test files share their modules): load
// it afresh, so that it sees the mocked rename.
let writeOutput: typeof import("../src/cli/write-output.js").writeOutput;
beforeAll(async () => {
  vi.resetModules();
  ({ writeOutput } = await import("../src/cli/write-output.js"));
});
afterEach(() => vi.mocked(rename).mockClear());

describe("writeOutput(path, text)", () => {
  test("replaces the file and leaves nothing else in its folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hukka-write-"));
    const path = join(dir, "report.html");
    await writeFile(path, "old");
    await writeOutput(path, "new");
    expect(await readFile(path, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["report.html"]);
  });

  test("a write that fails leaves the old file as it was and no temporary file behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hukka-write-"));
    const path = join(dir, "report.html");
    await writeFile(path, "old");
    vi.mocked(rename).mockRejectedValueOnce(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
    await expect(writeOutput(path, "new")).rejects.toThrow(`cannot write ${path}: no space left on the device`);
    expect(vi.mocked(rename)).toHaveBeenCalledTimes(1);
    expect(await readFile(path, "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["report.html"]);
  });
});
