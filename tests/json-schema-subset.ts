// A checker for the small part of JSON Schema that `serviceJsonSchema()` uses, so that the tests
// can validate models against the shipped schema without another dependency. An unknown keyword
// throws: if the generated schema grows one, this helper must learn it rather than ignore it.

type Schema = Record<string, any>;
const ANNOTATIONS = new Set(["$schema", "title", "description"]);
const KNOWN = new Set([
  ...ANNOTATIONS,
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "minLength",
  "minimum",
  "maximum",
  "minItems",
  "anyOf",
]);

/** The places where `value` breaks `schema`, as "path: reason" lines; [] when it conforms. */
export function jsonSchemaErrors(schema: Schema, value: unknown, path = "$"): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`json-schema-subset: unsupported keyword ${key} at ${path}`);
  const errors: string[] = [];
  if (schema.anyOf && !schema.anyOf.some((s: Schema) => jsonSchemaErrors(s, value, path).length === 0)) errors.push(`${path}: matches no anyOf branch`);
  if (schema.type && !typeOk(schema.type, value)) return [...errors, `${path}: not of type ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum.join(", ")}`);
  if (typeof value === "string" && schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: too short`);
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...jsonSchemaErrors(schema.items, item, `${path}[${i}]`)));
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!Object.hasOwn(object, key)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      const sub = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (sub) errors.push(...jsonSchemaErrors(sub, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unknown property ${key}`);
    }
  }
  return errors;
}

function typeOk(type: string, value: unknown): boolean {
  switch (type) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}
