import { z } from "zod";
import { ServiceSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the service model, generated from the zod schemas, for
 * editors to autocomplete and check model files (`"$schema": "…/service.schema.json"`).
 *
 * @example
 * serviceJsonSchema().properties.touchpoints.type; // "array"
 * serviceJsonSchema().required; // ["id", "departments", "touchpoints", "transitions"]
 */
export function serviceJsonSchema(): Record<string, any> {
  const schema = z.toJSONSchema(ServiceSchema, { target: "draft-2020-12" });
  // `$schema` first, as editors and readers expect it
  return { $schema: schema.$schema, title: "hukka service model", ...schema };
}
