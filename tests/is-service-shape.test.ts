// The in-place shape check that lets a valid model skip zod's copy: on anything JSON can hold it
// must say exactly what the schema says, and on anything else it may only be stricter.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseService, ServiceSchema } from "../src/index.js";
import { isServiceShape } from "../src/model/is-service-shape.js";
import { safeParseOwnedService } from "../src/model/parse-service.js";
import { randomService } from "./analysis-random-services.js";

const healthCentre = JSON.parse(readFileSync(new URL("../examples/health-centre/service.json", import.meta.url), "utf8"));

/** A model with every optional field the schema knows, all valid. */
function everyField() {
  return {
    $schema: "https://example.org/schema.json",
    id: "s",
    name: "S",
    volume: 1000,
    currency: "EUR",
    noun: "patient",
    mined: { cases: 3, startTimes: true, classified: ["type", "failure"] },
    workingDayMinutes: 435,
    departments: [{ id: "d", name: "D", lane: "backstage" }, { id: "e" }],
    touchpoints: [
      {
        id: "a",
        name: "A",
        department: "d",
        channel: "phone",
        entry: 2,
        steps: [{ name: "x", type: "waste", waste: "delay", minutes: 3, cost: 4 }],
        group: "a",
      },
      { id: "b", department: "e", entry: true, steps: [] },
      { id: "done", department: "e", outcome: "resolved", steps: [] },
    ],
    transitions: [
      { from: "a", to: "done", probability: 1, wait: 5, waste: "movement", workingWait: 2, failure: false },
      { from: "b", to: "done", volume: 7 },
    ],
  };
}

/** Values a field may wrongly (or rightly) hold. */
const VALUES = [
  null, "", "x", "resolved", "abandoned", "value", "waste", "support", "type", 0, -0, -1, 0.5, 1, 1.5, 2, 1440, 1441,
  1e9, 1e9 + 1, 1e15, 1e15 * 1.01, 2 ** 53, NaN, Infinity, -Infinity, true, false, [], {}, ["type"], ["nope"],
  { id: "d" }, [{ id: "d" }],
];

/** Every place in a JSON value, as the container and its key. */
function places(value: unknown, into: [Record<string | number, unknown>, string | number][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (into.push([value as never, i]), places(v, into)));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.push([value as Record<string, unknown>, k]);
      places(v, into);
    }
  }
  return into;
}

type Edit = { kind: "set"; at: number; value: number } | { kind: "delete"; at: number } | { kind: "add"; at: number; key: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: fc.nat(VALUES.length - 1) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), key: fc.constantFrom("extra", "constructor", "id", "toString") }),
);

function edited(model: unknown, edits: Edit[]): unknown {
  const copy = structuredClone(model);
  for (const e of edits) {
    const all = places(copy);
    if (all.length === 0) break;
    const [container, key] = all[e.at % all.length]!;
    if (e.kind === "set") container[key] = structuredClone(VALUES[e.value]);
    else if (e.kind === "delete") {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
    } else {
      const target = container[key];
      if (target !== null && typeof target === "object" && !Array.isArray(target)) (target as Record<string, unknown>)[e.key] = "x";
    }
  }
  return copy;
}

const models = [healthCentre, everyField(), ...Array.from({ length: 30 }, (_, s) => randomService(s))];

describe("isServiceShape", () => {
  it("vouches for valid models: the example, every optional field, random ones", () => {
    for (const model of models) {
      expect(ServiceSchema.safeParse(model).success).toBe(true);
      expect(isServiceShape(model)).toBe(true);
    }
  });

  it("says what the schema says on edited models (wrong values, missing and unknown keys)", () => {
    fc.assert(
      fc.property(fc.nat(models.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        const input = edited(models[which], edits);
        expect(isServiceShape(input)).toBe(ServiceSchema.safeParse(input).success);
      }),
      { numRuns: 3000, seed: 27 },
    );
  });

  it("says what the schema says at each edge of each bound", () => {
    const cases: [string, (m: ReturnType<typeof everyField>, v: unknown) => void][] = [
      ["minutes", (m, v) => (m.touchpoints[0]!.steps[0]!.minutes = v as number)],
      ["cost", (m, v) => (m.touchpoints[0]!.steps[0]!.cost = v as number)],
      ["wait", (m, v) => (m.transitions[0]!.wait = v as number)],
      ["probability", (m, v) => (m.transitions[0]!.probability = v as number)],
      ["volume", (m, v) => (m.volume = v as number)],
      ["entry", (m, v) => (m.touchpoints[0]!.entry = v as number)],
      ["cases", (m, v) => (m.mined.cases = v as number)],
      ["workingDayMinutes", (m, v) => (m.workingDayMinutes = v as number)],
      ["id", (m, v) => (m.touchpoints[0]!.id = v as string)],
      ["name", (m, v) => (m.touchpoints[0]!.name = v as string)],
      ["step name", (m, v) => (m.touchpoints[0]!.steps[0]!.name = v as string)],
      ["step waste", (m, v) => (m.touchpoints[0]!.steps[0]!.waste = v as string)],
      ["transition waste", (m, v) => (m.transitions[0]!.waste = v as string)],
      ["from", (m, v) => (m.transitions[0]!.from = v as string)],
      ["group", (m, v) => (m.touchpoints[0]!.group = v as string)],
      ["department", (m, v) => (m.touchpoints[0]!.department = v as string)],
      ["department id", (m, v) => (m.departments[0]!.id = v as string)],
      ["noun", (m, v) => (m.noun = v as string)],
      ["currency", (m, v) => (m.currency = v as string)],
      ["service id", (m, v) => (m.id = v as string)],
      ["workingWait", (m, v) => (m.transitions[0]!.workingWait = v as number)],
    ];
    const values = [-1, -0, 0, 5e-324, 0.5, 1, 1 + 2 ** -52, 1440, 1440.5, 1e9, 1e9 + 1, 1e15, 1e15 + 1, 2 ** 53 - 1, 2 ** 53, NaN, Infinity, "", "\ud800", "a"];
    for (const [name, set] of cases) {
      for (const v of values) {
        const m = everyField();
        set(m, v);
        expect(isServiceShape(m), `${name} = ${String(v)}`).toBe(ServiceSchema.safeParse(m).success);
      }
    }
  });

  it("is never looser than the schema: undefined fields, objects that are not plain, a __proto__ key", () => {
    const withUndefined = { ...everyField(), name: undefined };
    expect(isServiceShape(withUndefined)).toBe(false);
    expect(ServiceSchema.safeParse(withUndefined).success).toBe(true); // zod decides, and accepts
    const proto = JSON.parse('{"__proto__": 1, "id": "s"}');
    expect(isServiceShape({ ...everyField(), ...proto })).toBe(false);
    expect(ServiceSchema.safeParse({ ...everyField(), ...proto }).success).toBe(false);
    class Model {
      constructor() {
        Object.assign(this, everyField());
      }
    }
    expect(isServiceShape(new Model())).toBe(false);
    expect(isServiceShape(Object.assign(Object.create(null), everyField()))).toBe(true);
    fc.assert(
      fc.property(fc.nat(models.length - 1), fc.nat(), (which, at) => {
        const copy = structuredClone(models[which]);
        const all = places(copy);
        const [container, key] = all[at % all.length]!;
        container[key] = undefined;
        if (isServiceShape(copy)) expect(ServiceSchema.safeParse(copy).success).toBe(true);
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it("lets safeParseOwnedService give a valid model back as it stands, and run every graph check", () => {
    const model = everyField();
    const before = structuredClone(model);
    const owned = safeParseOwnedService(model);
    expect(owned.success && owned.data).toBe(model);
    expect(model).toEqual(before);
    // the public parse still gives its own copy, with the same problems and warnings
    const copied = safeParseService(model);
    expect(copied.success && copied.data).not.toBe(model);
    expect(copied).toEqual(owned);
    // of the schema's shape, but a transition to a touchpoint that does not exist
    const dangling = everyField();
    dangling.transitions[1]!.to = "nowhere";
    expect(isServiceShape(dangling)).toBe(true);
    const bad = safeParseOwnedService(dangling);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues.map((i) => i.path)).toContainEqual(["transitions", 1, "to"]);
    expect(bad).toEqual(safeParseService(dangling));
  });

  it("gives the same result as safeParseService on random valid and edited models", () => {
    fc.assert(
      fc.property(fc.nat(models.length - 1), fc.array(edit, { maxLength: 2 }), (which, edits) => {
        const input = edited(models[which], edits);
        expect(safeParseOwnedService(input)).toEqual(safeParseService(input));
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
