// nearly_closed_loop names every touchpoint whose expected visits are no meaningful figure —
// above 1e9, infinite, or not a number at all. Not a number needs a count that overflows and
// then meets a zero in the solve: here a walk pushed away from its only exit 1e11 : 1 at each of
// 30 steps (visits ≈ 1e11^k at step k overflow past the 28th), and a touchpoint reached from the
// walk's far end by a transition of the smallest positive volume, whose visits are 5e-324 × NaN.
import { describe, expect, test } from "vitest";
import { safeParseService } from "../src/index.js";

const K = 30;
const walk = {
  id: "overflowing-walk",
  departments: [{ id: "d" }],
  touchpoints: [
    ...Array.from({ length: K + 1 }, (_, i) => ({ id: `t${i}`, department: "d", ...(i === 0 && { entry: true }), steps: [] })),
    { id: "deep", department: "d", steps: [] },
    { id: "done", department: "d", outcome: "resolved", steps: [] },
  ],
  transitions: [
    ...Array.from({ length: K }, (_, i) => ({ from: `t${i}`, to: `t${i + 1}`, volume: 1e11 })),
    ...Array.from({ length: K }, (_, i) => ({ from: `t${i + 1}`, to: `t${i}`, volume: 1 })),
    { from: "t0", to: "done", volume: 1 },
    { from: `t${K}`, to: "deep", volume: Number.MIN_VALUE },
    { from: "deep", to: "done", volume: 1 },
  ],
};

describe("nearly_closed_loop", () => {
  test("names the loop whose count overflows and the touchpoint whose visits are therefore not a number", () => {
    const result = safeParseService(walk);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    // t0 is the walk's first touchpoint (index 0); deep is index K + 1
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["nearly_closed_loop", ["touchpoints", 0]],
      ["nearly_closed_loop", ["touchpoints", K + 1]],
    ]);
    expect(issues[1]!.message).toContain('"deep"');
  });
});
