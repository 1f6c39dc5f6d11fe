import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath, parseService, safeParseService, serviceGraph, touchpointKey, transitionProbabilities } from "../src/index.js";
import type { Service } from "../src/index.js";
import { deepFreeze, deskLab } from "./model-fixtures.js";

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
const anyId = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 6 }));
const STEP_TYPES = ["value", "necessary", "waste"] as const;

/** A step whose waste category agrees with its type. */
const step = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 8 }),
    type: fc.constantFrom(...STEP_TYPES),
    minutes: fc.double({ min: 0, max: 1e4, noNaN: true }),
    cost: fc.double({ min: 0, max: 1e3, noNaN: true }),
    waste: fc.constantFrom("delay", "errors", "my own category"),
  },
  { requiredKeys: ["name", "type", "minutes"] },
).map(({ waste, ...s }) => (s.type === "waste" ? { ...s, waste: waste ?? "delay" } : s));

/**
 * A valid model: touchpoints 0 … n−1 each lead forward to the next (the last to the resolved
 * outcome) with a positive share, plus up to two extra transitions anywhere; the split is given
 * as probabilities, as volumes, or not at all (uniform). Every touchpoint can thus finish.
 */
const validModel = fc
  .record({
    ids: fc.uniqueArray(anyId, { minLength: 3, maxLength: 10 }),
    departments: fc.uniqueArray(anyId, { minLength: 1, maxLength: 4 }),
    lanes: fc.array(fc.constantFrom("frontstage", "backstage", "support", undefined), { minLength: 4, maxLength: 4 }),
    seed: fc.array(fc.nat({ max: 1000 }), { minLength: 64, maxLength: 64 }),
    steps: fc.array(fc.array(step, { maxLength: 3 }), { minLength: 10, maxLength: 10 }),
    split: fc.constantFrom("probability", "volume", "uniform"),
    volume: fc.option(fc.nat({ max: 1e6 }), { nil: undefined }),
  })
  .map(({ ids, departments, lanes, seed, steps, split, volume }) => {
    let s = 0;
    const next = () => seed[s++ % seed.length]!;
    const [resolved, abandoned, ...inner] = ids as [string, string, ...string[]];
    const transient = inner.length > 0 ? inner : [abandoned];
    const touchpoints: Record<string, unknown>[] = transient.map((id, i) => ({
      id,
      department: departments[next() % departments.length]!,
      ...(i === 0 ? { entry: next() % 2 ? true : 1 + (next() % 5) } : next() % 4 === 0 ? { entry: next() % 3 } : {}),
      ...(next() % 3 === 0 ? { name: `Touchpoint ${i}` } : {}),
      ...(next() % 4 === 0 ? { channel: "phone" } : {}),
      steps: steps[i]!,
    }));
    touchpoints.push({ id: resolved, department: departments[0]!, outcome: "resolved", steps: [] });
    if (inner.length > 0) touchpoints.push({ id: abandoned, department: departments[0]!, outcome: "abandoned", steps: [] });
    const all = touchpoints.map((t) => t.id as string);
    const transitions: Record<string, unknown>[] = [];
    transient.forEach((from, i) => {
      const targets = [...new Set([i + 1 < transient.length ? transient[i + 1]! : resolved, all[next() % all.length]!, all[next() % all.length]!])];
      const weights = targets.map((_, k) => (k === 0 ? 1 : 0) + (next() % 4));
      const total = weights.reduce((a, b) => a + b, 0);
      targets.forEach((to, k) =>
        transitions.push({
          from,
          to,
          ...(split === "probability" ? { probability: weights[k]! / total } : split === "volume" ? { volume: weights[k]! } : {}),
          ...(next() % 2 ? { wait: next() } : {}),
          ...(next() % 5 === 0 ? { failure: true } : {}),
        }),
      );
    });
    return {
      id: "generated",
      ...(volume === undefined ? {} : { volume, currency: "EUR" }),
      departments: departments.map((id, k) => (lanes[k] ? { id, lane: lanes[k] } : { id })),
      touchpoints,
      transitions,
    };
  });

/** Every [parent, key] inside a model, to break one of them. */
function slots(value: unknown, out: [Record<PropertyKey, unknown>, string | number][] = []) {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      const k = Array.isArray(value) ? Number(key) : key;
      out.push([value as Record<PropertyKey, unknown>, k]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

/** A valid model with one to three fields replaced by arbitrary JSON or removed. */
const almostModel = fc
  .tuple(validModel, fc.array(fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })), { minLength: 1, maxLength: 3 }))
  .map(([model, changes]) => {
    const copy = structuredClone(model);
    for (const [at, value] of changes) {
      const all = slots(copy);
      const [parent, key] = all[at % all.length]!;
      if (value === undefined) delete parent[key];
      else parent[key] = value;
    }
    return copy;
  });

function expectWellFormedResult(input: unknown) {
  const result = safeParseService(input);
  for (const issue of [...(result.success ? [] : result.issues), ...result.warnings]) {
    expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(issue.path.every((k) => typeof k === "string" || typeof k === "number")).toBe(true);
    expect(issue.message.startsWith(`${formatPath(issue.path)}: `)).toBe(true);
  }
  if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
  return result;
}

describe("safeParseService(input) properties", () => {
  it("never throws on arbitrary JSON, and words every issue with its path", () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => void expectWellFormedResult(json)), { numRuns: 300 });
  });

  it("never throws on models with a few fields broken, and never modifies them", () => {
    fc.assert(
      fc.property(almostModel, (model) => {
        const before = structuredClone(model);
        expectWellFormedResult(deepFreeze(model));
        expect(model).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("a valid generated model parses to the same data, frozen or not", () => {
    fc.assert(
      fc.property(validModel, (model) => {
        const result = safeParseService(deepFreeze(model));
        expect(result.success ? [] : result.issues).toEqual([]);
        expect(result.success && result.data).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  it("whatever validation accepts, serviceGraph builds and every touchpoint's resolved probabilities sum to 1", () => {
    fc.assert(
      fc.property(fc.oneof(validModel, almostModel), (model) => {
        const result = safeParseService(model);
        if (!result.success) return;
        const graph = serviceGraph(result.data);
        const { probabilities } = transitionProbabilities(result.data);
        const sums = new Map<string, number>();
        result.data.transitions.forEach((t, i) => sums.set(t.from, (sums.get(t.from) ?? 0) + probabilities[i]!));
        for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 6);
        expect(graph.order).toBe(result.data.touchpoints.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ids that are Object.prototype names are ordinary ids", () => {
  //   __proto__ (entry) ──0.5──▶ constructor ──1──▶ toString (resolved)
  //        └──────────────0.5──▶ hasOwnProperty (abandoned)
  const hostile = () => ({
    id: "__proto__",
    departments: [{ id: "__proto__" }, { id: "constructor", lane: "backstage" }],
    touchpoints: [
      { id: "__proto__", department: "__proto__", entry: true, steps: [{ name: "toString", type: "value", minutes: 5 }] },
      { id: "constructor", department: "constructor", steps: [] },
      { id: "toString", department: "__proto__", outcome: "resolved", steps: [] },
      { id: "hasOwnProperty", department: "constructor", outcome: "abandoned", steps: [] },
    ],
    transitions: [
      { from: "__proto__", to: "constructor", probability: 0.5 },
      { from: "__proto__", to: "hasOwnProperty", probability: 0.5 },
      { from: "constructor", to: "toString", probability: 1 },
    ],
  });

  it("validates, round-trips through JSON and builds a graph", () => {
    const service: Service = parseService(hostile());
    expect(service).toEqual(hostile());
    expect(parseService(JSON.parse(JSON.stringify(service)))).toEqual(service);
    const graph = serviceGraph(service);
    for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(graph.getNodeAttribute(touchpointKey(graph, id)!, "id")).toBe(id);
    }
    expect(graph.size).toBe(3);
    expect(touchpointKey(graph, "valueOf")).toBeNull();
    expect(({} as Record<string, unknown>).department).toBeUndefined();
  });

  it("is checked like any other id: unknown, duplicate", () => {
    const model: any = hostile();
    model.touchpoints[1].department = "valueOf";
    model.touchpoints.push({ id: "__proto__", department: "__proto__", steps: [] });
    model.transitions.push({ from: "toString", to: "isPrototypeOf", probability: 1 });
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'touchpoints[1].department: unknown department "valueOf" (known: __proto__, constructor)',
      'touchpoints[4].id: duplicate touchpoint id "__proto__" (already used at touchpoints[0]); give each touchpoint its own id',
      'transitions[3].to: unknown touchpoint "isPrototypeOf" (known: __proto__, constructor, toString, hasOwnProperty)',
      'touchpoints[2].outcome: touchpoint "toString" has outcome "resolved" but transitions leave it (transitions[3] → "isPrototypeOf"); an outcome ends the trip: remove the outcome or those transitions',
    ]);
  });

  it("a __proto__ key from JSON.parse is an unknown field, and pollutes nothing", () => {
    const text = JSON.stringify(deskLab()).replace('"id":"desk-lab"', '"id":"desk-lab","__proto__":{"polluted":true}');
    const result = safeParseService(JSON.parse(text));
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'model: unknown field "__proto__" (known: $schema, id, name, volume, currency, noun, mined, workingDayMinutes, departments, touchpoints, transitions)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
