// wanderMetrics, the one definition of hand-offs, ping-pongs, revisits and repeats, against the
// independent count of tests/independent-wander-count.ts on journeys of every length and kind of
// value: a few steps (compared pairwise), long journeys of indices (counted by marks), and values
// that are not small indices (counted by a Set).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wanderMetrics } from "../src/index.js";
import { countWander } from "./independent-wander-count.js";

const figures = (m: ReturnType<typeof wanderMetrics>) => ({ handoffs: m.handoffs, pingPongs: m.pingPongs, revisits: m.revisits, repeats: m.repeats });

describe("wanderMetrics(touchpoints, departments)", () => {
  it("counts as the independent count does: short and long journeys, indices, large and negative numbers, strings, NaN", () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 5_000_000 }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0.5, -0, NaN, "desk", "lab", "__proto__"),
    );
    const journey = fc.oneof(
      fc.array(value, { maxLength: 40 }),
      fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 30, maxLength: 300 }),
      // long, with values no index is: fractions, −0, NaN, negative, past the marks, text
      fc
        .subarray([0, 1, 2, 0.5, -0, NaN, -1, 4_999_999, 5_000_001, "desk"], { minLength: 1 })
        .chain((pool) => fc.array(fc.constantFrom(...pool), { minLength: 33, maxLength: 120 })),
    );
    fc.assert(
      fc.property(journey, journey, fc.array(fc.boolean(), { maxLength: 300 }), (touchpoints, departments, unknown) => {
        const known = departments.map((d, i) => (unknown[i] ? null : d));
        expect(figures(wanderMetrics(touchpoints, known))).toEqual(countWander(touchpoints, known as (string | number | null)[]));
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });

  it("reads typed arrays and their views, and counts a second journey apart from the first", () => {
    const steps = Int32Array.from({ length: 100 }, (_, i) => (i * 7) % 40);
    const departments = Int32Array.from(steps, (t) => t % 4);
    for (const [from, to] of [[0, 100], [10, 90], [0, 33], [50, 100]] as const) {
      const [t, d] = [steps.subarray(from, to), departments.subarray(from, to)];
      expect(figures(wanderMetrics(t, d))).toEqual(countWander(t, d));
    }
    // a long journey of large indices, then one of small: nothing of the first is counted in the second
    const large = Array.from({ length: 64 }, (_, i) => 4_000_000 + (i % 8));
    expect(wanderMetrics(large, large).repeats).toBe(56);
    const small = Array.from({ length: 64 }, (_, i) => i % 16);
    expect(wanderMetrics(small, small).repeats).toBe(48);
    expect(wanderMetrics(small, small).revisits).toBe(48);
  });
});
