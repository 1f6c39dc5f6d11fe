import type { z } from "zod";
import { DepartmentSchema, MinedSchema, ServiceSchema, StepSchema, TouchpointSchema, TransitionSchema } from "./schema.js";
import type { Service } from "./types.js";
import { CLASSIFIED_FACTS, LANES, MODEL_BOUNDS, OUTCOMES, STEP_TYPES } from "./vocabulary.js";

/**
 * Whether `input` is surely of `ServiceSchema`'s shape, checked in place: a model of 100,000
 * touchpoints and half a million transitions is a million objects, and zod's parse copies each
 * of them (in a fresh process most of `hukka analyse`'s validation time went to that copy and
 * to collecting its garbage). The check is stricter than the schema, never looser: `true` means
 * the schema accepts the input as it stands (its output is an equal copy, as every object is
 * strict and nothing is transformed); `false` means "ask zod", which then says what is wrong —
 * or accepts what this check would not vouch for (a field set to `undefined`, an object that is
 * not a plain one). Which fields each object has, and which it requires, are read from the zod
 * schemas; only the checks of the values are written here. The input is only read.
 *
 * @example
 * isServiceShape({ id: "s", departments: [{ id: "d" }], touchpoints: [{ id: "a", department: "d", entry: true, outcome: "resolved", steps: [] }], transitions: [] }); // true
 * isServiceShape({ id: "s", departments: [], touchpoints: [], transitions: [] }); // false
 */
export function isServiceShape(input: unknown): input is Service {
  return fields(input, SERVICE);
}

type Check = (value: unknown) => boolean;

const text: Check = (v) => typeof v === "string";
const id: Check = (v) => typeof v === "string" && v.length > 0;
const flag: Check = (v) => typeof v === "boolean";
const within =
  (max: number): Check =>
  (v) =>
    typeof v === "number" && v >= 0 && v <= max; // NaN fails both comparisons
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === "string" && set.has(v);
};
const list =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };
const object =
  (shape: Shape): Check =>
  (v) =>
    fields(v, shape);

/** Each field's check and whether it must be present, and how many must. */
interface Shape {
  fields: Map<string, { check: Check; required: boolean }>;
  required: number;
}

/**
 * The shape of one of the schema's objects: its fields, and which are required, are the zod
 * schema's own; `checks` gives each field's value check, and must name every field and no other.
 * (Each field is typed by the one method read: relating zod's schema types to `z.ZodType` as a
 * whole made this file a fifth of the repository's type check.)
 */
function shapeOf(schema: { shape: Record<string, Pick<z.ZodType, "isOptional">> }, checks: Record<string, Check>): Shape {
  const names = Object.keys(schema.shape);
  const unknown = Object.keys(checks).filter((k) => !names.includes(k));
  const unchecked = names.filter((k) => !Object.hasOwn(checks, k));
  if (unknown.length + unchecked.length > 0) {
    throw new Error(`isServiceShape: the checks do not match the schema (unchecked: ${unchecked.join(", ")}; unknown: ${unknown.join(", ")})`);
  }
  const fields = new Map(names.map((k) => [k, { check: checks[k]!, required: !schema.shape[k]!.isOptional() }]));
  let required = 0;
  for (const field of fields.values()) if (field.required) required++;
  return { fields, required };
}

const minutes = within(MODEL_BOUNDS.minutes);
const cost = within(MODEL_BOUNDS.cost);
const weight = within(MODEL_BOUNDS.weight);

const STEP = shapeOf(StepSchema, { name: id, type: oneOf(STEP_TYPES), waste: id, minutes, cost });
const DEPARTMENT = shapeOf(DepartmentSchema, { id, name: text, lane: oneOf(LANES) });
const TOUCHPOINT = shapeOf(TouchpointSchema, {
  id,
  name: text,
  department: id,
  channel: text,
  entry: (v) => flag(v) || weight(v),
  outcome: oneOf(OUTCOMES),
  steps: list(object(STEP)),
  group: id,
});
const TRANSITION = shapeOf(TransitionSchema, {
  from: id,
  to: id,
  probability: within(1),
  volume: weight,
  wait: minutes,
  waste: id,
  workingWait: minutes,
  failure: flag,
});
const MINED = shapeOf(MinedSchema, {
  cases: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  startTimes: flag,
  classified: list(oneOf(CLASSIFIED_FACTS)),
});
const SERVICE = shapeOf(ServiceSchema, {
  $schema: text,
  id,
  name: text,
  volume: weight,
  currency: text,
  noun: id,
  mined: object(MINED),
  workingDayMinutes: (v) => typeof v === "number" && v > 0 && v <= 1440,
  departments: list(object(DEPARTMENT), 1),
  touchpoints: list(object(TOUCHPOINT), 1),
  transitions: list(object(TRANSITION)),
});

/**
 * A plain object (as `JSON.parse` makes them) whose every key is in `shape` with a value its
 * check accepts, holding every required key. Keys are read as zod reads them (`for … in`).
 */
function fields(value: unknown, shape: Shape): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  let required = 0;
  for (const key in record) {
    const field = shape.fields.get(key);
    if (field === undefined || !field.check(record[key])) return false;
    if (field.required) required++;
  }
  return required === shape.required;
}
