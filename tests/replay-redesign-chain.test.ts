// replayRedesign applies its changes one after another: each change names the departments as the
// changes before it left them, as applyRedesign does on a model.
import { describe, expect, test } from "vitest";
import { analyseLog, InvalidRedesignError, readEventLog, replayRedesign } from "../src/index.js";
import { CSV, mapping } from "./logs-helpers.js";

describe("replayRedesign(log, redesign): changes in sequence", () => {
  test("a merge may name a department by the name an earlier rename gave it", async () => {
    const log = await readEventLog(CSV, mapping);
    const after = replayRedesign(log, {
      changes: [
        { op: "rename-department", department: "lab", to: "Lab" },
        { op: "merge-departments", departments: ["desk", "Lab"], into: "front" },
      ],
    });
    expect(after.departments).toEqual(["front", "imaging"]);
    // A: front front (missing) front front; B: front front; C: front front imaging front front
    // → C alone hands off: F I F, 2 hand-offs, 1 ping-pong, 1 revisit
    const report = analyseLog(after);
    expect([report.handoffs, report.pingPongs, report.revisits]).toEqual([2, 1, 1]);
  });

  test("after a rename the old name is unknown", async () => {
    const log = await readEventLog(CSV, mapping);
    let error: unknown;
    try {
      replayRedesign(log, {
        changes: [
          { op: "rename-department", department: "lab", to: "Lab" },
          { op: "merge-departments", departments: ["desk", "lab"], into: "front" },
        ],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRedesignError);
    expect((error as InvalidRedesignError).issues.map((i) => i.message)).toEqual([
      'changes[1].departments[1]: unknown department "lab" (known: desk, Lab, imaging)',
    ]);
  });
});
