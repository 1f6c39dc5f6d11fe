// writeOutput replaces a file in one step (a temporary file renamed over it): a write that fails
// leaves the old file as it was and no temporary file behind. The failing disk is a mocked rename.
import { mkdtemp, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { writeOutput } from "../src/cli/write-output.js";

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, rename: vi.fn(actual.rename) };
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
