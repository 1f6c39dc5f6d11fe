import fc from "fast-check";
import { dijkstra } from "graphology-shortest-path";
import { describe, expect, it } from "vitest";
import { analyse, parseService, serviceGraph, type WasteReport } from "../src/index.js";
import { randomService } from "./analysis-random-services.js";
import { countWander } from "./independent-wander-count.js";

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const RUNS = { numRuns: 120 };
/** The journey search is not under test here: a short one keeps the suite fast. */
const QUICK = { wanderCandidates: 20 };
/** Equal up to rounding, relative to the size of the figures involved. */
const near = (a: number, b: number, scale = 1) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale);

function expectNumbersNear(a: WasteReport["expected"], b: WasteReport["expected"]) {
  for (const key of Object.keys(a) as (keyof WasteReport["expected"])[]) {
    if (typeof a[key] === "number") expect(near(a[key], b[key] as number), `${key}: ${a[key]} vs ${b[key]}`).toBe(true);
  }
}

describe("analyse(service) on generated valid models", () => {
  it("splits the minutes exactly: value + necessary + waste = minutes, flow efficiency in [0, 1]", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const e = analyse(parseService(randomService(seed)), QUICK).expected;
        expect(near(e.valueMinutes + e.necessaryMinutes + e.wasteMinutes, e.minutes)).toBe(true);
        expect(e.flowEfficiency).toBeGreaterThanOrEqual(0);
        expect(e.flowEfficiency).toBeLessThanOrEqual(1);
        expect(near(e.resolved + e.abandoned, 1)).toBe(true);
        const byCategory = Object.values(e.wasteByCategory).reduce((a, b) => a + b, 0);
        const byDepartment = Object.values(e.wasteByDepartment).reduce((a, b) => a + b, 0);
        expect(near(byCategory, e.wasteMinutes)).toBe(true);
        expect(near(byDepartment, e.wasteMinutes)).toBe(true);
        expect(near(e.handoffsByPair.reduce((s, h) => s + h.count, 0), e.handoffs)).toBe(true);
        expect(e.pingPongs).toBeLessThanOrEqual(e.handoffs + 1e-9);
      }),
      RUNS,
    );
  });

  it("expected values equal the probability-weighted sums over every journey (acyclic models)", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const model = randomService(seed, { acyclic: true });
        const r = analyse(parseService(model), { top: 1000 });
        const department = new Map(model.touchpoints.map((t) => [t.id, t.department] as const));
        const counted = (j: WasteReport["journeys"][number]) => countWander(j.path, j.path.map((id) => department.get(id)));
        expect(r.truncated).toBe(false);
        expect(near(r.coverage, 1)).toBe(true);
        const sum = (f: (j: WasteReport["journeys"][number]) => number) =>
          r.journeys.reduce((s, j) => s + j.probability * f(j), 0);
        const e = r.expected;
        expect(near(sum((j) => j.minutes), e.minutes, e.minutes)).toBe(true);
        expect(near(sum((j) => j.wasteMinutes), e.wasteMinutes, e.minutes)).toBe(true);
        // each journey's hand-offs and ping-pongs counted in the test, from its path
        expect(near(sum((j) => counted(j).handoffs), e.handoffs)).toBe(true);
        expect(near(sum((j) => counted(j).pingPongs), e.pingPongs)).toBe(true);
        expect(near(sum((j) => j.cost), e.cost, e.cost)).toBe(true);
        const visits = Object.values(e.visits).reduce((a, b) => a + b, 0);
        expect(near(sum((j) => j.path.length), visits)).toBe(true);
        expect(near(sum((j) => j.failureDemand), e.failureDemandShare * visits)).toBe(true);
        // most likely first; probabilities that differ only in their last bits may come out in
        // either order (keys are products of floating-point numbers: docs/decisions/analysis.md)
        for (let i = 1; i < r.journeys.length; i++) {
          expect(r.journeys[i]!.probability).toBeLessThanOrEqual(r.journeys[i - 1]!.probability * (1 + 1e-12));
        }
      }),
      // 876223787: two journeys of 1/18 whose computed probabilities differ in the last bit
      { ...RUNS, examples: [[876_223_787]] },
    );
  });

  it("removing a waste step never increases the expected waste", () => {
    fc.assert(
      fc.property(seeds, fc.nat(), (seed, pick) => {
        const model = randomService(seed);
        const wasteSteps = model.touchpoints.flatMap((t, i) =>
          t.steps.flatMap((s, k) => (s.type === "waste" ? [[i, k] as const] : [])),
        );
        fc.pre(wasteSteps.length > 0);
        const before = analyse(parseService(model), QUICK).expected.wasteMinutes;
        const [i, k] = wasteSteps[pick % wasteSteps.length]!;
        model.touchpoints[i]!.steps.splice(k, 1);
        const after = analyse(parseService(model), QUICK).expected.wasteMinutes;
        expect(after).toBeLessThanOrEqual(before + 1e-9 * Math.max(1, before));
      }),
      RUNS,
    );
  });

  it("renaming ids changes nothing but the names, hostile ids like __proto__ included", () => {
    const hostile = ["__proto__", "constructor", "toString", "<img src=x onerror=alert(1)>", "hasOwnProperty", "a b", "valueOf", "💥", "__defineGetter__"];
    fc.assert(
      fc.property(seeds, (seed) => {
        const model = randomService(seed);
        const rename = new Map<string, string>();
        [...model.departments.map((d) => d.id), ...model.touchpoints.map((t) => t.id)].forEach((id, i) =>
          rename.set(id, hostile[i % hostile.length]! + (i >= hostile.length ? `#${i}` : "")),
        );
        // departments and touchpoints are separate namespaces: the same names in both are fine
        const depts = new Map(model.departments.map((d, i) => [d.id, hostile[i]!] as const));
        const tps = new Map(model.touchpoints.map((t, i) => [t.id, `${hostile[i % hostile.length]}${i >= hostile.length ? `#${i}` : ""}`] as const));
        const renamed = structuredClone(model);
        renamed.departments.forEach((d) => (d.id = depts.get(d.id)!));
        renamed.touchpoints.forEach((t) => {
          t.id = tps.get(t.id)!;
          t.department = depts.get(t.department)!;
        });
        renamed.transitions.forEach((t) => {
          t.from = tps.get(t.from as string)!;
          t.to = tps.get(t.to as string)!;
        });
        const a = analyse(parseService(model));
        const b = analyse(parseService(renamed));
        expectNumbersNear(a.expected, b.expected);
        for (const [id, v] of Object.entries(a.expected.visits)) expect(b.expected.visits[tps.get(id)!]).toBe(v);
        for (const [id, v] of Object.entries(a.expected.wasteByDepartment)) expect(b.expected.wasteByDepartment[depts.get(id)!]).toBe(v);
        expect(b.journeys.map((j) => j.path)).toEqual(a.journeys.map((j) => j.path.map((id) => tps.get(id)!)));
        expect(b.ideal.map((r) => r.minutes)).toEqual(a.ideal.map((r) => r.minutes));
        expect(Object.prototype).not.toHaveProperty("t0");
      }),
      { numRuns: 60 },
    );
  });

  it("does not modify the service it is given", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const service = parseService(randomService(seed));
        const copy = structuredClone(service);
        analyse(service, QUICK);
        expect(service).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });

  it("finds the same ideal minutes as graphology-shortest-path's Dijkstra on the service graph", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const service = parseService(randomService(seed));
        const graph = serviceGraph(service);
        const weight = (edge: string, a: { probability: number; wait: number }) =>
          a.probability > 0 ? a.wait + graph.getNodeAttribute(graph.target(edge), "minutes") : Infinity;
        const expected = graph
          .filterNodes((_k, a) => a.entry > 0)
          .map((entry) => {
            const paths = dijkstra.singleSource(graph, entry, weight);
            const costs = graph
              .filterNodes((k, a) => a.outcome === "resolved" && paths[k] !== undefined)
              .map((k) =>
                paths[k]!.slice(1).reduce(
                  (sum, v, i) => sum + weight(graph.edge(paths[k]![i]!, v)!, graph.getEdgeAttributes(graph.edge(paths[k]![i]!, v)!)),
                  graph.getNodeAttribute(entry, "minutes"),
                ),
              );
            const best = Math.min(...costs);
            return Number.isFinite(best) ? best : null;
          });
        const ideal = analyse(service, QUICK).ideal;
        expect(ideal.map((r) => r.minutes)).toEqual(expected);
        for (const r of ideal) {
          if (r.path === null) continue;
          expect(r.path[0]).toBe(r.entry);
          expect(service.touchpoints.find((t) => t.id === r.path!.at(-1))?.outcome).toBe("resolved");
        }
      }),
      RUNS,
    );
  });

  it("holds each journey against graphology's fastest route from its entry to its own outcome", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const service = parseService(randomService(seed));
        const graph = serviceGraph(service);
        const key = new Map(graph.mapNodes((k, a) => [a.id as string, k] as const));
        const weight = (edge: string, a: { probability: number; wait: number }) =>
          a.probability > 0 ? a.wait + graph.getNodeAttribute(graph.target(edge), "minutes") : Infinity;
        const report = analyse(service, QUICK);
        const anyOutcome = new Map(report.ideal.map((r) => [r.entry, r.handoffs]));
        for (const j of [...report.journeys, ...report.wanderPaths]) {
          expect(j.excessMinutes).toBeGreaterThanOrEqual(0);
          expect(j.excessMinutes).toBe(Math.max(0, j.minutes - j.idealMinutes));
          if (j.outcome === "abandoned") {
            expect([j.idealMinutes, j.idealHandoffs]).toEqual([0, anyOutcome.get(j.path[0]!)]);
            continue;
          }
          const entry = key.get(j.path[0]!)!;
          const route = dijkstra.bidirectional(graph, entry, key.get(j.path.at(-1)!)!, weight)!;
          const minutes = route
            .slice(1)
            .reduce((sum, v, i) => sum + weight(graph.edge(route[i]!, v)!, graph.getEdgeAttributes(graph.edge(route[i]!, v)!)), graph.getNodeAttribute(entry, "minutes"));
          expect(near(j.idealMinutes, minutes)).toBe(true);
          expect(j.idealMinutes).toBeLessThanOrEqual(j.minutes + 1e-9 * Math.max(1, j.minutes));
        }
      }),
      RUNS,
    );
  });
});
