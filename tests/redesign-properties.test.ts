import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyse as analyseService,
  applyRedesign,
  compareReports,
  safeApplyRedesign,
  type RedesignChange,
  type Service,
  type WasteReport,
} from "../src/index.js";
import { deepFreeze } from "./redesign-fixtures.js";

// Only the expected values matter here: a small journey search keeps 100 runs quick on cyclic models.
const analyse = (service: Service) => analyseService(service, { budget: 500, wanderCandidates: 20 });

// Department ids include the ones that break plain objects: they must stay ordinary keys.
const DEPARTMENTS = ["desk", "__proto__", "lab", "toString"];

/**
 * A random valid service: touchpoints t0 … tn-1 in a chain, each with a forward exit (the last
 * to the resolved outcome "done") plus random exits anywhere (back edges make cycles, "gave-up"
 * abandons). Every touchpoint can reach "done", so customers always finish.
 */
const serviceArb: fc.Arbitrary<Service> = fc
  .array(
    fc.record({
      department: fc.integer({ min: 0, max: DEPARTMENTS.length - 1 }),
      steps: fc.array(
        fc.record({
          type: fc.constantFrom("value", "necessary", "waste") as fc.Arbitrary<"value" | "necessary" | "waste">,
          minutes: fc.integer({ min: 0, max: 30 }),
          cost: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
          waste: fc.constantFrom("delay", "movement", "__proto__"),
        }),
        { maxLength: 3 },
      ),
      forward: fc.integer({ min: 1, max: 5 }),
      wait: fc.integer({ min: 0, max: 60 }),
      exits: fc.array(fc.record({ to: fc.integer({ min: -1, max: 7 }), weight: fc.integer({ min: 1, max: 5 }) }), {
        maxLength: 2,
      }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((specs) => {
    const n = specs.length;
    const id = (i: number) => (i < 0 ? "gave-up" : i >= n ? "done" : `t${i}`);
    const transitions: Service["transitions"] = [];
    specs.forEach((spec, i) => {
      const weights = new Map<string, number>([[id(i + 1), spec.forward]]);
      for (const e of spec.exits) {
        const to = id(e.to < 0 ? -1 : e.to % (n + 1));
        weights.set(to, (weights.get(to) ?? 0) + e.weight);
      }
      const total = [...weights.values()].reduce((a, b) => a + b, 0);
      for (const [to, w] of weights) {
        transitions.push({ from: id(i), to, probability: w / total, ...(to === id(i + 1) && { wait: spec.wait }) });
      }
    });
    return {
      id: "generated",
      volume: 1000,
      departments: DEPARTMENTS.map((d) => ({ id: d })),
      touchpoints: [
        ...specs.map((spec, i) => ({
          id: id(i),
          department: DEPARTMENTS[spec.department]!,
          ...(i === 0 && { entry: 1 }),
          steps: spec.steps.map((s, k) => ({
            name: `step ${k}`,
            type: s.type,
            minutes: s.minutes,
            ...(s.cost !== undefined && { cost: s.cost }),
            ...(s.type === "waste" && { waste: s.waste }),
          })),
        })),
        { id: "done", department: "desk", outcome: "resolved" as const, steps: [] },
        { id: "gave-up", department: "lab", outcome: "abandoned" as const, steps: [] },
      ],
      transitions,
    };
  });

/** A change picked from what the service has: most of them apply, the rest are filtered out. */
function changeArb(service: Service): fc.Arbitrary<RedesignChange> {
  const transient = service.touchpoints.filter((t) => !t.outcome);
  const withSteps = transient.filter((t) => t.steps.length > 0);
  const options: fc.Arbitrary<RedesignChange>[] = [
    fc.record({
      op: fc.constant("merge-departments" as const),
      departments: fc.subarray(DEPARTMENTS, { minLength: 1 }),
      into: fc.constantFrom(...DEPARTMENTS, "merged"),
    }),
    fc.constantFrom(...service.transitions).chain((t) =>
      fc.record({
        op: fc.constant("set-transition" as const),
        from: fc.constant(t.from),
        to: fc.constant(t.to),
        probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        wait: fc.integer({ min: 0, max: 100 }),
      }),
    ),
  ];
  if (withSteps.length > 0) {
    const step = fc.constantFrom(...withSteps).chain((t) => fc.tuple(fc.constant(t.id), fc.constantFrom(...t.steps.map((s) => s.name))));
    options.push(
      step.map(([touchpoint, name]) => ({ op: "remove-step" as const, touchpoint, step: name })),
      fc.tuple(step, fc.integer({ min: 0, max: 40 })).map(([[touchpoint, name], minutes]) => ({
        op: "set-step" as const,
        touchpoint,
        step: name,
        minutes,
      })),
    );
  }
  return fc.oneof(...options);
}


const own = (map: Record<string, number>, key: string) => (Object.hasOwn(map, key) ? map[key]! : 0);
/** Equal up to rounding, relative to the figures' size. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("redesign properties", () => {
  it("applying an empty redesign changes nothing", () => {
    fc.assert(
      fc.property(serviceArb, (service) => {
        deepFreeze(service);
        const after = applyRedesign(service, { changes: [] });
        expect(after).toEqual(service);
        // a new service, none of it shared with the (frozen) input: the caller may change it
        expect(after).not.toBe(service);
        after.touchpoints[0]!.steps.push({ name: "added", type: "value", minutes: 1 });
        after.transitions[0]!.wait = 123_456;
        expect(service.touchpoints[0]!.steps.some((s) => s.name === "added")).toBe(false);
        expect(service.transitions[0]!.wait).not.toBe(123_456);
      }),
      { numRuns: 50 },
    );
  });

  it("removing a waste step saves exactly its minutes times the touchpoint's expected visits", () => {
    const withWaste = serviceArb.filter((s) => s.touchpoints.some((t) => t.steps.some((st) => st.type === "waste")));
    const case_ = withWaste.chain((service) => {
      const steps = service.touchpoints.flatMap((t) => t.steps.filter((s) => s.type === "waste").map((s) => [t.id, s.name] as const));
      return fc.tuple(fc.constant(service), fc.constantFrom(...steps));
    });
    fc.assert(
      fc.property(case_, ([service, [touchpoint, step]]) => {
        deepFreeze(service);
        const after = applyRedesign(service, { changes: [{ op: "remove-step", touchpoint, step }] });
        // the visits do not change (no transition did), so the saving is visits × the step's minutes
        const before = analyse(service).expected;
        const minutes = service.touchpoints.find((t) => t.id === touchpoint)!.steps.find((s) => s.name === step)!.minutes;
        const saving = before.visits[touchpoint]! * minutes;
        const a = analyse(after).expected;
        expect(near(a.wasteMinutes, before.wasteMinutes - saving), `${a.wasteMinutes} vs ${before.wasteMinutes - saving}`).toBe(true);
        expect(near(a.minutes, before.minutes - saving), `${a.minutes} vs ${before.minutes - saving}`).toBe(true);
        expect(near(a.valueMinutes, before.valueMinutes), `${a.valueMinutes} vs ${before.valueMinutes}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("merging two departments removes exactly the hand-offs between them", () => {
    const case_ = fc.tuple(serviceArb, fc.subarray(DEPARTMENTS, { minLength: 2, maxLength: 2 }), fc.boolean());
    fc.assert(
      fc.property(case_, ([service, departments, intoNew]) => {
        deepFreeze(service);
        const into = intoNew ? "merged" : departments[0]!;
        const after = applyRedesign(service, { changes: [{ op: "merge-departments", departments, into }] });
        // hand-offs by pair, counted from the flows of the report before: the pairs between the
        // two merged departments are no hand-offs any more, every other pair still is one
        const before = analyse(service).expected;
        const [x, y] = departments as [string, string];
        const between = before.handoffsByPair
          .filter((p) => (p.from === x && p.to === y) || (p.from === y && p.to === x))
          .reduce((sum, p) => sum + p.count, 0);
        const a = analyse(after).expected;
        expect(near(a.handoffs, before.handoffs - between), `${a.handoffs} vs ${before.handoffs - between}`).toBe(true);
        expect(near(a.minutes, before.minutes), `${a.minutes} vs ${before.minutes}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a merge without waits is the merge with waits "keep": the same model, the same minutes', () => {
    const case_ = fc.tuple(serviceArb, fc.subarray(DEPARTMENTS, { minLength: 2, maxLength: 2 }));
    fc.assert(
      fc.property(case_, ([service, departments]) => {
        deepFreeze(service);
        const plain = applyRedesign(service, { changes: [{ op: "merge-departments", departments, into: departments[0]! }] });
        const kept = applyRedesign(service, { changes: [{ op: "merge-departments", departments, into: departments[0]!, waits: "keep" }] });
        expect(kept).toEqual(plain);
        expect(plain.transitions.map((t) => t.wait)).toEqual(service.transitions.map((t) => t.wait));
      }),
      { numRuns: 50 },
    );
  });

  it('a merge with waits "as-within" changes the minutes by Σ flow × (new wait − old wait), the new wait as the rule says', () => {
    const case_ = fc.tuple(serviceArb, fc.subarray(DEPARTMENTS, { minLength: 2, maxLength: 2 }));
    fc.assert(
      fc.property(case_, ([service, departments]) => {
        deepFreeze(service);
        const merged = new Set(departments);
        const result = safeApplyRedesign(service, { changes: [{ op: "merge-departments", departments, into: departments[0]!, waits: "as-within" }] });
        expect(result.success).toBe(true);
        if (!result.success) return;
        // the rule, counted here from the report's visits and the model's probabilities
        const before = analyse(service).expected;
        const department = new Map(service.touchpoints.map((t) => [t.id, t.department] as const));
        const outcome = new Set(service.touchpoints.filter((t) => t.outcome).map((t) => t.id));
        const flow = service.transitions.map((t) => before.visits[t.from]! * t.probability!);
        const within = (into: (t: Service["transitions"][number]) => boolean) => {
          let f = 0;
          let m = 0;
          service.transitions.forEach((t, i) => {
            if (department.get(t.from) === department.get(t.to) && flow[i]! > 0 && into(t)) {
              f += flow[i]!;
              m += flow[i]! * (t.wait ?? 0);
            }
          });
          return f > 0 ? m / f : null;
        };
        const all = within((t) => merged.has(department.get(t.from)!) && !outcome.has(t.to));
        let change = 0;
        service.transitions.forEach((t, i) => {
          const [a, b] = [department.get(t.from)!, department.get(t.to)!];
          if (a === b || !merged.has(a) || !merged.has(b)) return;
          const wait = within((x) => x.to === t.to) ?? all ?? (t.wait ?? 0);
          change += flow[i]! * (wait - (t.wait ?? 0));
          expect(result.data.transitions[i]!.wait ?? 0).toBeCloseTo(wait, 9);
        });
        const a = analyse(result.data).expected;
        expect(near(a.minutes, before.minutes + change), `${a.minutes} vs ${before.minutes + change}`).toBe(true);
        expect(result.warnings.every((w) => w.code === "merge_wait_fallback" || w.code === "merge_wait_kept" || w.code === "unreachable_touchpoint")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("compareReports gives after − before for every number of expected", () => {
    const case_ = serviceArb.chain((service) => fc.tuple(fc.constant(service), fc.array(changeArb(service), { maxLength: 3 })));
    fc.assert(
      fc.property(case_, ([service, changes]) => {
        deepFreeze(service);
        const result = safeApplyRedesign(service, { changes });
        fc.pre(result.success);
        if (!result.success) return;
        const before = analyse(service);
        const after = analyse(result.data);
        const { delta } = compareReports(before, after);
        // every plain number of `expected`, read off the report itself so that none can be missed
        const figures = (Object.keys(before.expected) as (keyof typeof before.expected)[]).filter(
          (key) => typeof before.expected[key] === "number",
        );
        expect(figures).toHaveLength(13);
        for (const figure of figures) {
          expect(delta[figure]).toBe((after.expected[figure] as number) - (before.expected[figure] as number));
        }
        for (const map of ["visits", "wasteByCategory", "wasteByDepartment"] as const) {
          const keys = new Set([...Object.keys(before.expected[map]), ...Object.keys(after.expected[map])]);
          expect(new Set(Object.keys(delta[map]))).toEqual(keys);
          expect(Object.getPrototypeOf(delta[map])).toBeNull();
          for (const key of keys) expect(delta[map][key]).toBe(own(after.expected[map], key) - own(before.expected[map], key));
        }
        const count = (report: WasteReport, from: string, to: string) =>
          report.expected.handoffsByPair.find((p) => p.from === from && p.to === to)?.count ?? 0;
        const pairs = new Set([...before.expected.handoffsByPair, ...after.expected.handoffsByPair].map((p) => JSON.stringify([p.from, p.to])));
        expect(delta.handoffsByPair).toHaveLength(pairs.size);
        for (const p of delta.handoffsByPair) {
          expect(p.count).toBeCloseTo(count(after, p.from, p.to) - count(before, p.from, p.to), 12);
        }
        // volume 1000: yearly hours = 1000 × Δminutes / 60
        // relative: a loop nearly closed makes the hours large
        expect(near(delta.yearly!.hours, (1000 * delta.minutes) / 60), `${delta.yearly!.hours}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
