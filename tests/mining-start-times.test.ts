// Start times in a log: a case's minutes run from its first start, and a start that overlaps the
// previous event (a wait below zero) is no wait at all. Hand-computed on small logs.
import { describe, expect, test } from "vitest";
import { analyse, analyseLog, mineService, miningFidelity, parseService, readEventLog } from "../src/index.js";

const startMapping = { case: "case", activity: "activity", timestamp: "end", startTimestamp: "start", department: "dept" };

describe("mining a log with start times", () => {
  // P  register(desk) 08:00–08:10, exam(clinic) 08:30–09:00, pay(desk) –09:05 (no start)
  // Q  register(desk) 10:00–10:20, exam(clinic) 11:00–11:10
  // minutes per case from the first start: P 65, Q 70 → 67.5 (from the first end it would be 55 and 50)
  const CSV_WITH_STARTS = `case,activity,start,end,dept
P,register,2024-01-01T08:00:00Z,2024-01-01T08:10:00Z,desk
P,exam,2024-01-01T08:30:00Z,2024-01-01T09:00:00Z,clinic
P,pay,,2024-01-01T09:05:00Z,desk
Q,register,2024-01-01T10:00:00Z,2024-01-01T10:20:00Z,desk
Q,exam,2024-01-01T11:00:00Z,2024-01-01T11:10:00Z,clinic
`;

  test("the fidelity's minutes per case run from each case's first start", async () => {
    const log = await readEventLog(CSV_WITH_STARTS, startMapping);
    const service = mineService(log, { history: 0 });
    const fidelity = miningFidelity(log, analyseLog(log), analyse(service).expected);
    expect(fidelity.log.minutes).toBe((65 + 70) / 2);
    // the model tells the same story: no warning about minutes
    expect(fidelity.model.minutes).toBeCloseTo(67.5, 9);
    expect(fidelity.warnings.filter((w) => /minutes/.test(w.message))).toEqual([]);
  });

  // R  register(desk) 08:00–08:30, exam(clinic) starts 08:20 (10 minutes before register ends) –08:40
  // S  register(desk) 09:00–09:10, exam(clinic) 09:20–09:30: a wait of 10
  // mean wait register → exam: (−10 + 10) / 2 = 0 → 0; alone, R's −10 is clamped to 0
  test("a start that overlaps the previous event gives a wait of 0, and the model is valid", async () => {
    const overlapping = `case,activity,start,end,dept
R,register,2024-01-01T08:00:00Z,2024-01-01T08:30:00Z,desk
R,exam,2024-01-01T08:20:00Z,2024-01-01T08:40:00Z,clinic
`;
    const log = await readEventLog(overlapping, startMapping);
    const service = mineService(log, { history: 0 });
    const step = service.transitions.find((t) => t.from === "register" && t.to === "exam")!;
    expect(step.wait ?? 0).toBe(0);
    expect(() => parseService(service)).not.toThrow();
    expect(analyse(parseService(service)).expected.minutes).toBeCloseTo(30 + 20, 9);
  });
});
