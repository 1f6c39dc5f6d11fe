import type { z } from "zod";
import { DepartmentSchema, StepSchema, TouchpointSchema, TransitionSchema } from "./schema.js";
import type { Service } from "./types.js";

/** A field of the lenient view: its valid value, `undefined` when absent, `null` when present but invalid. */
export type Lenient<T> = T | null | undefined;

export interface LenientStep {
  name?: Lenient<string>;
  type?: Lenient<Service["touchpoints"][number]["steps"][number]["type"]>;
  waste?: Lenient<string>;
}

export interface LenientTouchpoint {
  id?: Lenient<string>;
  name?: Lenient<string>;
  department?: Lenient<string>;
  group?: Lenient<string>;
  entry?: Lenient<boolean | number>;
  outcome?: Lenient<Service["touchpoints"][number]["outcome"]>;
  /** A step that is not an object is `null`. */
  steps?: Lenient<readonly (LenientStep | null)[]>;
}

export interface LenientTransition {
  from?: Lenient<string>;
  to?: Lenient<string>;
  probability?: Lenient<number>;
  volume?: Lenient<number>;
}

/**
 * What the graph checks read of a model. A valid `Service` is one as it stands; for an input that
 * failed the schema, `lenientService` keeps each field that is valid on its own, so that the graph
 * checks still run on everything they can know and skip what they cannot.
 */
export interface LenientService {
  /** A record that is not an object is `null`; a list that is not an array is `null`. */
  departments?: Lenient<readonly ({ id?: Lenient<string> } | null)[]>;
  touchpoints?: Lenient<readonly (LenientTouchpoint | null)[]>;
  transitions?: Lenient<readonly (LenientTransition | null)[]>;
}

/**
 * The lenient view of an input that failed the schema: every field valid on its own is kept,
 * every invalid one becomes `null`. The input is read, never modified.
 *
 * @example
 * lenientService({ touchpoints: [{ id: "a", department: 3, steps: [] }] }).touchpoints?.[0]?.department; // null
 */
export function lenientService(input: unknown): LenientService {
  const root = record(input);
  return {
    departments: records(root, "departments", (d) => ({ id: field(d, "id", DepartmentSchema.shape.id) })),
    touchpoints: records(root, "touchpoints", (t) => ({
      id: field(t, "id", TouchpointSchema.shape.id),
      name: field(t, "name", TouchpointSchema.shape.name),
      department: field(t, "department", TouchpointSchema.shape.department),
      group: field(t, "group", TouchpointSchema.shape.group),
      entry: field(t, "entry", TouchpointSchema.shape.entry),
      outcome: field(t, "outcome", TouchpointSchema.shape.outcome),
      steps: records(t, "steps", (s) => ({
        name: field(s, "name", StepSchema.shape.name),
        type: field(s, "type", StepSchema.shape.type),
        waste: field(s, "waste", StepSchema.shape.waste),
      })),
    })),
    transitions: records(root, "transitions", (t) => ({
      from: field(t, "from", TransitionSchema.shape.from),
      to: field(t, "to", TransitionSchema.shape.to),
      probability: field(t, "probability", TransitionSchema.shape.probability),
      volume: field(t, "volume", TransitionSchema.shape.volume),
    })),
  };
}

type Record_ = Readonly<Record<string, unknown>>;

function record(value: unknown): Record_ | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record_) : null;
}

// the schema's own type, not one inferred through `z.ZodType<T>` (which costs the type check seconds)
function field<S extends z.ZodType>(object: Record_, key: string, schema: S): Lenient<z.output<S>> {
  if (!Object.hasOwn(object, key) || object[key] === undefined) return undefined;
  const result = schema.safeParse(object[key]);
  return result.success ? result.data : null;
}

function records<T>(parent: Record_ | null, key: string, read: (r: Record_) => T): Lenient<(T | null)[]> {
  if (parent === null) return null;
  if (!Object.hasOwn(parent, key) || parent[key] === undefined) return undefined;
  const list = parent[key];
  if (!Array.isArray(list)) return null;
  // Array.from visits holes too: a hole is a record that is not an object
  return Array.from(list, (item) => {
    const r = record(item);
    return r === null ? null : read(r);
  });
}
