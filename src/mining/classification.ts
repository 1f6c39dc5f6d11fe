import { z } from "zod";
import { formatPath } from "../model/format-path.js";
import { issueMessage } from "../model/issue-message.js";
import type { Problem } from "../model/problem.js";
import { MODEL_BOUNDS, OUTCOMES, STANDARD_WASTES, STEP_TYPES } from "../model/vocabulary.js";
import type { Issue } from "../model/types.js";

const ClassifiedActivitySchema = z.strictObject({
  activity: z.string().min(1).describe("The activity name as the log spells it (joined, when several columns make the activity)."),
  type: z.enum(STEP_TYPES).describe("value, necessary or waste."),
  waste: z.string().min(1).optional().describe(`Waste category of a waste activity: ${STANDARD_WASTES.join(", ")}, or a custom one.`),
  // bounded as a model's minutes and cost are: the mined model's steps take them
  minutes: z.number().finite().nonnegative().max(MODEL_BOUNDS.minutes).optional().describe("The customer's minutes in this activity (0 when absent)."),
  cost: z.number().finite().nonnegative().max(MODEL_BOUNDS.cost).optional().describe("The organisation's cost of this activity."),
  failure: z.boolean().optional().describe("A visit to this activity is failure demand."),
  outcome: z.enum(OUTCOMES).optional().describe("A case that ends with this activity ends so (resolved when absent)."),
});

/**
 * The zod schema of a classification file (`hukka mine --classify FILE`); `parseClassification`
 * words its problems.
 *
 * @example
 * ClassificationSchema.safeParse({ activities: [{ activity: "Return ER", type: "waste", waste: "errors" }] }).success; // true
 */
export const ClassificationSchema = z
  .strictObject({
    $schema: z.string().optional(),
    activities: z.array(ClassifiedActivitySchema),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.activities.forEach((a, i) => {
      const first = seen.get(a.activity);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["activities", i, "activity"], message: `duplicate activity ${JSON.stringify(a.activity)} (also activities[${first}]): classify each activity once`, params: { code: "duplicate_id" } });
      } else seen.set(a.activity, i);
      if (a.type === "waste" && a.waste === undefined) {
        ctx.addIssue({ code: "custom", path: ["activities", i, "waste"], message: `a waste activity needs a waste category (${STANDARD_WASTES.join(", ")}, or a custom one)`, params: { code: "missing_waste_category" } });
      }
      if (a.type !== "waste" && a.waste !== undefined) {
        ctx.addIssue({ code: "custom", path: ["activities", i, "waste"], message: `a waste category on a ${a.type} activity: set type "waste" or drop the category`, params: { code: "waste_category_on_non_waste" } });
      }
    });
  });

/**
 * How the activities of a log count for the customer: step type, waste category, minutes,
 * failure demand, and whether a case ending with the activity is abandoned.
 *
 * @example
 * const classification: Classification = parseClassification({
 *   activities: [{ activity: "Return ER", type: "waste", waste: "errors", failure: true }],
 * });
 */
export type Classification = z.infer<typeof ClassificationSchema>;
/**
 * How one activity of a log counts for the customer.
 *
 * @example
 * const activity: ClassifiedActivity = { activity: "T03 Adjust confirmation of receipt", type: "waste", waste: "errors" };
 */
export type ClassifiedActivity = Classification["activities"][number];

/**
 * Thrown by `parseClassification`; `.issues` lists every problem.
 *
 * @example
 * try { parseClassification({ activities: [{ activity: "x", type: "waste" }] }); }
 * catch (e) { (e as InvalidClassificationError).issues[0].code; } // "missing_waste_category"
 */
export class InvalidClassificationError extends Error {
  override name = "InvalidClassificationError";
  constructor(readonly issues: Issue[]) {
    super(`invalid classification (${issues.length === 1 ? "1 problem" : `${issues.length} problems`}):\n${issues.map((i) => `  ${i.message}`).join("\n")}`);
  }
}

/**
 * Validates a classification (parsed JSON) and lists every problem at once: each issue has a
 * snake_case `code`, a JSON `path` and a message naming the place and the fix.
 *
 * @example
 * parseClassification({ activities: [
 *   { activity: "Return ER", type: "waste", waste: "errors", failure: true, outcome: "abandoned" },
 *   { activity: "ER Triage", type: "necessary", minutes: 10 },
 * ] });
 * parseClassification({ activities: [{ activity: "x", type: "waste" }] });
 * // throws: activities[0].waste: a waste activity needs a waste category (delay, …)
 */
export function parseClassification(input: unknown): Classification {
  const result = ClassificationSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new InvalidClassificationError(
    result.error.issues.map((i) => {
      const code = i.code === "custom" ? String((i.params as { code?: string } | undefined)?.code ?? "custom") : i.code;
      const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      return { code, path, message: classificationMessage(i) };
    }),
  );
}

/** A zod issue of a classification in hukka's words ("must be ≤ 1e9, got 1e+308"), as model problems are worded. */
function classificationMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") return `${formatPath(issue.path)}: ${issue.message}`;
  if (issue.code === "unrecognized_keys") {
    // the fields of a classification, not of a service model
    const known = issue.path.length === 0 ? ["$schema", "activities"] : Object.keys(ClassifiedActivitySchema.shape);
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(", ");
    return `${formatPath(issue.path)}: unknown field${issue.keys.length === 1 ? "" : "s"} ${keys} (known: ${known.join(", ")})`;
  }
  return issueMessage(issue as Problem);
}
