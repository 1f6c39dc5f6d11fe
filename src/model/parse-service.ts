import { InvalidServiceError } from "./invalid-service-error.js";
import { issueMessage } from "./issue-message.js";
import { isServiceShape } from "./is-service-shape.js";
import { groupProblems } from "./group-problems.js";
import { journeyEndProblems } from "./journey-end-problems.js";
import { lenientService, type LenientService } from "./lenient-service.js";
import { modelIndex, type ModelIndex } from "./model-index.js";
import { nearlyClosedLoops } from "./nearly-closed-loops.js";
import { probabilityProblems } from "./probability-problems.js";
import { WARNING_CODES, type Problem } from "./problem.js";
import { reachabilityProblems } from "./reachability-problems.js";
import { referenceProblems } from "./reference-problems.js";
import { ServiceSchema } from "./schema.js";
import { stepProblems } from "./step-problems.js";
import { rememberTransitionEnds } from "./transition-ends.js";
import type { Issue, Service } from "./types.js";

/**
 * What `safeParseService` returns: the service, or every issue; warnings either way.
 *
 * @example
 * const result = safeParseService(json);
 * if (result.success) analyse(result.data);
 * else for (const issue of result.issues) console.error(issue.message);
 */
export type SafeParseServiceResult =
  | { success: true; data: Service; warnings: Issue[] }
  | { success: false; issues: Issue[]; warnings: Issue[] };

/**
 * Validates a service model and reports every problem at once; never throws.
 * The schema runs first; the graph checks then run on what is valid, even when some fields
 * failed the schema, so that one pass lists problems of every kind; a model valid so far is
 * then solved for its expected visits (`nearly_closed_loop`). Warnings (`uniform_split`,
 * `unreachable_touchpoint`) never make a model invalid. The input is not modified, and the data
 * is the schema's copy of it: changing the input afterwards cannot make the data invalid.
 *
 * @example
 * const result = safeParseService(json);
 * if (!result.success) for (const issue of result.issues) console.error(issue.message);
 * // touchpoints[3].department: unknown department "radiology" (known: health-centre, lab, clinic)
 */
export function safeParseService(input: unknown): SafeParseServiceResult {
  return checked(input, ServiceSchema.safeParse(input, { reportInput: true }));
}

/**
 * `safeParseService` for a caller that owns its input and lets the result share it: the CLI,
 * with the object `JSON.parse` has just made of a model file. A model surely of the schema's
 * shape (`isServiceShape`, a check in place) is given back as it stands instead of as zod's
 * copy — a model of 100,000 touchpoints is a million objects, and in a fresh process copying
 * them and collecting the garbage took most of validation's time; anything else goes to zod,
 * which says what is wrong. The same problems and the same data, never a copy of it: a caller
 * that changes its input afterwards changes the result too.
 *
 * @example
 * const result = safeParseOwnedService(JSON.parse(await readFile(path, "utf8")));
 */
export function safeParseOwnedService(input: unknown): SafeParseServiceResult {
  return checked(input, isServiceShape(input) ? { success: true, data: input } : ServiceSchema.safeParse(input, { reportInput: true }));
}

/** The graph checks on what the schema (or the shape check) let through, and the result. */
function checked(
  input: unknown,
  parsed: { success: true; data: Service } | { success: false; error: { issues: Problem[] } },
): SafeParseServiceResult {
  // a valid Service is its own lenient view; otherwise keep each field that is valid on its own
  const view: LenientService = parsed.success ? parsed.data : lenientService(input);
  const index = modelIndex(view);
  // kept for the probability split and `analyse`, which resolve the same ids
  if (parsed.success) rememberTransitionEnds(parsed.data, index);
  const problems: Problem[] = [...(parsed.success ? [] : parsed.error.issues), ...graphProblems(view, index)];
  // the expected visits are solved only for a model that is otherwise valid
  if (parsed.success && problems.every((p) => WARNING_CODES.has(p.code))) problems.push(...nearlyClosedLoops(parsed.data, index));
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  for (const problem of problems) {
    const issue = { code: problem.code, path: problem.path.map(pathKey), message: issueMessage(problem) };
    (WARNING_CODES.has(problem.code) ? warnings : issues).push(issue);
  }
  return parsed.success && issues.length === 0
    ? { success: true, data: parsed.data, warnings }
    : { success: false, issues, warnings };
}

/**
 * Validates a service model; returns it typed, or throws `InvalidServiceError` carrying every problem.
 *
 * @example
 * const service = parseService(JSON.parse(text)); // throws when invalid
 * service.touchpoints.length; // 14
 */
export function parseService(input: unknown): Service {
  const result = safeParseService(input);
  if (!result.success) throw new InvalidServiceError(result.issues, result.warnings);
  return result.data;
}

/** The graph checks, in the order their problems are listed. */
function graphProblems(view: LenientService, index: ModelIndex): Problem[] {
  return [
    ...referenceProblems(view, index),
    ...groupProblems(view),
    ...journeyEndProblems(view, index),
    ...stepProblems(view),
    ...probabilityProblems(view, index),
    ...reachabilityProblems(view, index),
  ];
}

/** zod paths may hold symbols in general; a model's never do, but an Issue path is JSON. */
function pathKey(key: PropertyKey): string | number {
  return typeof key === "number" ? key : String(key);
}
