import { expectTypeOf, test } from "vitest";
import {
  analyseLog,
  countMining,
  mineService,
  miningFidelity,
  readEventLog,
  replayComparison,
  replayRedesign,
  serviceFromCounts,
  type Calendar,
  type EventLog,
  type LogReport,
  type MiningCounts,
  type MiningFidelity,
  type ReplayComparison,
  type Service,
} from "../src/index.js";

test("the event-log API is typed", () => {
  expectTypeOf(readEventLog).returns.resolves.toEqualTypeOf<EventLog>();
  expectTypeOf<string | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>>().toExtend<Parameters<typeof readEventLog>[0]>();
  expectTypeOf(analyseLog).returns.toEqualTypeOf<LogReport>();
  expectTypeOf(mineService).returns.toEqualTypeOf<Service>();
  expectTypeOf<LogReport["waiting"]["departmentChanges"]["medianMinutes"]>().toEqualTypeOf<number | null>();
  expectTypeOf<EventLog["time"]>().toEqualTypeOf<Float64Array>();
  expectTypeOf<EventLog["start"]>().toEqualTypeOf<Float64Array | null | undefined>();
});

test("mining is two typed steps; fidelity and replays are typed", () => {
  expectTypeOf(countMining).returns.toEqualTypeOf<MiningCounts>();
  expectTypeOf(serviceFromCounts).parameter(0).toEqualTypeOf<MiningCounts>();
  expectTypeOf(serviceFromCounts).returns.toEqualTypeOf<Service>();
  expectTypeOf<Parameters<typeof countMining>[1]>().toEqualTypeOf<{ missingDepartment?: "inherit" | "unknown"; history?: 0 | 1 | 2; calendar?: Calendar | null } | undefined>();
  expectTypeOf<MiningCounts["states"][number]["history"]>().toEqualTypeOf<number[]>();
  expectTypeOf(miningFidelity).returns.toEqualTypeOf<MiningFidelity>();
  expectTypeOf<MiningFidelity["difference"]["handoffs"]>().toEqualTypeOf<number | null>();
  expectTypeOf(replayRedesign).returns.toEqualTypeOf<EventLog>();
  expectTypeOf(replayComparison).returns.toEqualTypeOf<ReplayComparison>();
});
