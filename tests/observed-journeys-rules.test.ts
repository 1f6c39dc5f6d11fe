// The wanderers of observedJourneys: who counts as one, how ties are broken, and which minutes are
// minutes between departments. Small logs, counted by hand beside each test.
import { describe, expect, test } from "vitest";
import { observedJourneys, readEventLog } from "../src/index.js";
import { mapping } from "./logs-helpers.js";

const log = (rows: string) => readEventLog(`case,activity,time,dept\n${rows}`, mapping);

describe("observedJourneys(log).wanderers", () => {
  //   Z  desk 08:00 → lab 08:00: one hand-off that takes no time
  //   N  desk 09:00 → desk 09:10: no hand-off
  test("a case whose hand-offs take 0 minutes is still a wanderer", async () => {
    const { wanderers } = observedJourneys(await log("Z,a,2024-01-01T08:00:00Z,desk\nZ,b,2024-01-01T08:00:00Z,lab\nN,a,2024-01-01T09:00:00Z,desk\nN,b,2024-01-01T09:10:00Z,desk\n"));
    expect(wanderers.map((w) => [w.case, w.handoffs, w.handoffMinutes])).toEqual([["Z", 1, 0]]);
  });

  //   P  desk 08:00 → lab 08:10: 1 hand-off, 10 min between departments
  //   Q  desk 09:00 → lab 09:05 → desk 09:10: 2 hand-offs, 10 min, 1 ping-pong
  //   R  desk 10:00 → lab 10:04 → imaging 10:06 → desk 10:10: 3 hand-offs, 10 min, no ping-pong
  // equal minutes: more hand-offs first (R, Q, P), not ping-pongs first (Q) nor log order (P)
  test("ties in minutes are broken by hand-offs, then ping-pongs, then log order", async () => {
    const { wanderers } = observedJourneys(
      await log(
        [
          "P,a,2024-01-01T08:00:00Z,desk",
          "P,b,2024-01-01T08:10:00Z,lab",
          "Q,a,2024-01-01T09:00:00Z,desk",
          "Q,b,2024-01-01T09:05:00Z,lab",
          "Q,c,2024-01-01T09:10:00Z,desk",
          "R,a,2024-01-01T10:00:00Z,desk",
          "R,b,2024-01-01T10:04:00Z,lab",
          "R,c,2024-01-01T10:06:00Z,imaging",
          "R,d,2024-01-01T10:10:00Z,desk",
          "",
        ].join("\n"),
      ),
    );
    expect(wanderers.map((w) => [w.case, w.handoffMinutes, w.handoffs, w.pingPongs])).toEqual([
      ["R", 10, 3, 0],
      ["Q", 10, 2, 1],
      ["P", 10, 1, 0],
    ]);
  });

  //   M  desk 08:00 → (no department) 08:30 → desk 09:00 → lab 09:10
  // the customer stays with the desk across the unknown event: only desk → lab, 10 minutes
  test("desk → (missing department) → desk is no hand-off and no minutes between departments", async () => {
    const { wanderers } = observedJourneys(await log("M,a,2024-01-01T08:00:00Z,desk\nM,b,2024-01-01T08:30:00Z,\nM,c,2024-01-01T09:00:00Z,desk\nM,d,2024-01-01T09:10:00Z,lab\n"));
    expect(wanderers.map((w) => [w.case, w.handoffs, w.handoffMinutes, w.minutes])).toEqual([["M", 1, 10, 70]]);
  });
});
