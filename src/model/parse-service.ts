import { ServiceSchema } from "./schema.js";
import { InvalidServiceError } from "./invalid-service-error.js";
import type { Issue, Service } from "./types.js";

export type SafeParseServiceResult =
  | { success: true; data: Service; warnings: Issue[] }
  | { success: false; issues: Issue[]; warnings: Issue[] };

/**
 * Validates a service model and reports every problem at once (never throws).
 * TODO(foundation): graph checks (duplicate ids, unknown references, entries, outcomes, sums, reachability).
 */
export function safeParseService(input: unknown): SafeParseServiceResult {
  const result = ServiceSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({
      code: i.code,
      path: i.path as (string | number)[],
      message: `${i.path.join(".")}: ${i.message}`,
    }));
    return { success: false, issues, warnings: [] };
  }
  return { success: true, data: result.data, warnings: [] };
}

/** Validates a service model; throws `InvalidServiceError` carrying every problem. */
export function parseService(input: unknown): Service {
  const result = safeParseService(input);
  if (!result.success) throw new InvalidServiceError(result.issues, result.warnings);
  return result.data;
}
