// Helpers for the event-log tests: the real logs of ../shared/data (never copied into the repo)
// and small logs written inline.
import { existsSync, createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "vitest";

/** A real log under ../shared/data relative to the repository root. */
export const dataPath = (relative: string) => fileURLToPath(new URL(`../../shared/data/${relative}`, import.meta.url));

/**
 * `test` for a real log: skipped when the file is missing on a developer's machine, but a
 * failure on CI (`CI=true`), where the logs must be present.
 */
export function testWithLog(name: string, relative: string, fn: () => Promise<void>, timeout?: number) {
  const present = existsSync(dataPath(relative));
  if (!present && process.env.CI === "true") {
    test(name, () => {
      throw new Error(`missing ${dataPath(relative)}: the real event logs must be present on CI (see ../shared/data/README.md)`);
    });
  } else {
    test.skipIf(!present)(name, fn, timeout);
  }
}

export const openLog = (relative: string) => createReadStream(dataPath(relative), { highWaterMark: 1 << 16 });

/** The bytes of `text` cut into chunks of `size` bytes, possibly in the middle of a character. */
export function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Case name → activity sequence, in the log's order. */
export function sequences(log: { cases: readonly string[]; activities: readonly string[]; caseStart: Uint32Array; activity: Uint32Array }) {
  const out = new Map<string, string[]>();
  log.cases.forEach((c, k) => {
    out.set(c, Array.from(log.activity.subarray(log.caseStart[k]!, log.caseStart[k + 1]!), (a) => log.activities[a]!));
  });
  return out;
}
