// A fuzzer kept as a property: valid random models mutated with hostile numbers (the bounds, just
// past them, 1e308, tiny and near-1 probabilities, a sum off by up to 1e-6, near-closed loops).
// Whatever validation accepts, analyse turns into finite figures with every customer accounted for.
// Fixed seed and a time cap, so that it runs the same in every `npm test`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, safeParseService } from "../src/index.js";
import { randomService } from "./analysis-random-services.js";

const HOSTILE_NUMBERS = [0, 1e-300, 5e-324, 1e-13, 1e-12, 1e-9, 1 - 1e-9, 1 - 1e-13, 1, 1e9, 1e9 + 1, 1e15, 1e15 * 1.01, 1e308, -0, -1];

type Mutation =
  | { kind: "number"; target: number; value: number }
  | { kind: "nudge"; target: number; by: number }
  | { kind: "near-closed"; target: number; leak: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("number" as const), target: fc.nat(), value: fc.constantFrom(...HOSTILE_NUMBERS) }),
  fc.record({ kind: fc.constant("nudge" as const), target: fc.nat(), by: fc.double({ min: -1e-6, max: 1e-6, noNaN: true }) }),
  fc.record({ kind: fc.constant("near-closed" as const), target: fc.nat(), leak: fc.constantFrom(1e-6, 1e-9, 2e-9, 1e-10, 1e-12, 1e-14) }),
);

/** Every place in a model that holds a number, as [object, key]. */
function numberSlots(model: any): [any, string][] {
  const slots: [any, string][] = [];
  const visit = (value: any) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === "number") slots.push([value, k]);
        else visit(v);
      }
    }
  };
  visit(model);
  return slots;
}

function mutate(model: any, mutations: Mutation[]): any {
  for (const m of mutations) {
    if (m.kind === "near-closed") {
      // a touchpoint without outcome keeps all but `leak` of its customers on itself
      const open = model.touchpoints.filter((t: any) => t.outcome === undefined);
      const t = open[m.target % open.length];
      const exits = model.transitions.filter((x: any) => x.from === t.id);
      const self = exits.find((x: any) => x.to === t.id);
      const others = exits.filter((x: any) => x.to !== t.id);
      if (!self || others.length === 0 || exits.some((x: any) => x.probability === undefined)) continue;
      self.probability = 1 - m.leak;
      for (const x of others) x.probability = m.leak / others.length;
      continue;
    }
    const slots = numberSlots(model);
    if (slots.length === 0) continue;
    const [object, key] = slots[m.target % slots.length]!;
    object[key] = m.kind === "number" ? m.value : object[key] + m.by;
  }
  return model;
}

/** The numbers of a value, everywhere inside it, with their paths. */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

describe("fuzzing models: a model that validates analyses to finite figures", () => {
  it("safeParseService(model) succeeds ⇒ analyse(model) has only finite numbers and resolved + abandoned = 1 ± 1e-9", () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const model = mutate(randomService(seed), mutations);
        const result = safeParseService(model);
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        valid++;
        const report = analyse(result.data);
        expect(numbers(report).filter(([, x]) => !Number.isFinite(x))).toEqual([]);
        expect(Math.abs(report.expected.resolved + report.expected.abandoned - 1)).toBeLessThanOrEqual(1e-9);
        expect(report.expected.resolved).toBeGreaterThanOrEqual(0);
        expect(report.expected.abandoned).toBeGreaterThanOrEqual(0);
      }),
      { seed: 20261128, numRuns: 200 },
    );
    // the mutations leave enough models valid for the property to say something
    expect(valid).toBeGreaterThan(100);
  });

  it("a self-loop left with 1e-6 … 1e-14 is either valid with exact figures or nearly_closed_loop", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(1e-6, 1e-8, 1e-9, 2e-9, 1e-10, 1e-12, 1e-14), (seed, leak) => {
        const model = mutate(randomService(seed), [{ kind: "near-closed", target: seed, leak }]);
        const result = safeParseService(model);
        if (!result.success) {
          expect(result.issues.map((i) => i.code)).toContain("nearly_closed_loop");
          return;
        }
        const { expected } = analyse(result.data);
        expect(Math.abs(expected.resolved + expected.abandoned - 1)).toBeLessThanOrEqual(1e-9);
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});
