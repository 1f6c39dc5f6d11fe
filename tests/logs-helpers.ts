// Helpers for the event-log tests: the real logs of ../shared/data (never copied into the repo)
// and small logs written inline.
import { createReadStream } from "node:fs";
import { expect, test } from "vitest";
import { EventLogError, readEventLog, type EventLog, type LogMapping, type ReadEventLogOptions } from "../src/index.js";
import { dataPath, hasLog, logsRequired, missingLogNote } from "./real-log-sources.js";

export { dataPath } from "./real-log-sources.js";

/**
 * `test` for a real log: when the file is missing it is skipped with a note naming the log and
 * where to get it (printed once at the end of the run), but fails on CI (`CI=true`), where the
 * logs must be present.
 */
export function testWithLog(name: string, relative: string, fn: () => Promise<void>, timeout?: number) {
  test(
    name,
    async (context) => {
      if (!hasLog(relative)) {
        if (logsRequired()) throw new Error(`missing ${dataPath(relative)}: the real event logs must be present on CI (${missingLogNote(relative)})`);
        context.skip(missingLogNote(relative));
      }
      await fn();
    },
    timeout,
  );
}

export const openLog = (relative: string) => createReadStream(dataPath(relative), { highWaterMark: 1 << 16 });

const realLogs = new Map<string, Promise<EventLog>>();

/**
 * `readEventLog` of a real log, streamed from ../shared/data once per test worker for each
 * mapping and options: the files that hold the same log to different figures share it (the
 * incidents log alone takes about a second of CPU to read, and six files read it alike). They
 * only read it, as the library never modifies a log it is given.
 */
export function readRealLog(relative: string, mapping: LogMapping = {}, options: ReadEventLogOptions = {}): Promise<EventLog> {
  const key = JSON.stringify([relative, mapping, options]);
  let log = realLogs.get(key);
  if (log === undefined) realLogs.set(key, (log = readEventLog(openLog(relative), mapping, options)));
  return log;
}

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

/** The mapping of `CSV`, the small hand-made log of the log tests. */
export const mapping = { case: "case", activity: "activity", timestamp: "time", department: "dept" };

//   case A  call(desk) 08:00 → test(lab) 08:10 → wait(?) 08:20 → talk(desk) 08:40 → pay(desk) 08:41
//           D = desk lab desk: 2 hand-offs, 1 ping-pong, 1 revisit; waits 10 (change), 30 (change:
//           the unknown event is left out), 1 (stay)
//   case B  call(desk) 09:00 → call(desk) 09:05: no hand-off, 1 repeat; wait 5 (stay)
//   case C  call(desk) 10:00 → test(lab) 10:30 → x-ray(imaging) 11:00 → talk(desk) 11:00 → test(lab) 12:00
//           x-ray and talk tie at 11:00 and keep file order. D = desk lab imaging desk lab: 4 hand-offs,
//           no ping-pong (no Dᵢ = Dᵢ₊₂), 5 − 3 = 2 revisits, 1 repeat; waits 30, 30, 0, 60 (changes)
export const CSV = `case,activity,time,dept
A,call,2024-01-01T08:00:00Z,desk
A,test,2024-01-01T08:10:00Z,lab
A,wait,2024-01-01T08:20:00Z,
B,call,2024-01-01T09:00:00Z,desk
A,talk,2024-01-01T08:40:00Z,desk
A,pay,2024-01-01T08:41:00Z,desk
B,call,2024-01-01T09:05:00Z,desk
C,call,2024-01-01T10:00:00Z,desk
C,test,2024-01-01T10:30:00Z,lab
C,x-ray,2024-01-01T11:00:00Z,imaging
C,talk,2024-01-01T11:00:00Z,desk
C,test,2024-01-01T12:00:00Z,lab
`;

/** A text as UTF-8 bytes. */
export const bytes = (text: string) => new TextEncoder().encode(text);

/** The error `readEventLog` rejects with, or a failure when it resolves. */
export async function failure(...args: Parameters<typeof readEventLog>): Promise<EventLogError> {
  try {
    await readEventLog(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(EventLogError);
    return e as EventLogError;
  }
  throw new Error("readEventLog resolved; expected an EventLogError");
}
