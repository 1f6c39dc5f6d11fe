import { expectTypeOf, test } from "vitest";
import { analyseLog, mineService, readEventLog, type EventLog, type LogReport, type Service } from "../src/index.js";

test("the event-log API is typed", () => {
  expectTypeOf(readEventLog).returns.resolves.toEqualTypeOf<EventLog>();
  expectTypeOf<string | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>>().toExtend<Parameters<typeof readEventLog>[0]>();
  expectTypeOf(analyseLog).returns.toEqualTypeOf<LogReport>();
  expectTypeOf(mineService).returns.toEqualTypeOf<Service>();
  expectTypeOf<LogReport["waiting"]["departmentChanges"]["medianMinutes"]>().toEqualTypeOf<number | null>();
  expectTypeOf<EventLog["time"]>().toEqualTypeOf<Float64Array>();
});
