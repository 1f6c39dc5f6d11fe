import { z } from "zod";
import { LANES, MODEL_BOUNDS, STEP_TYPES } from "../model/vocabulary.js";

/**
 * The zod schemas of a redesign file: a name and a list of changes, each an `op`
 * with its own fields. `safeParseRedesign` turns zod's issues into messages that name the change.
 */

const id = z.string().min(1);

/**
 * The assumptions a `merge-departments` change can make about time: `keep` (the default) keeps
 * every wait, `as-within` lets a move that stops being a hand-off wait as moves within one
 * department do.
 *
 * @example
 * MERGE_WAITS.includes("as-within"); // true
 */
export const MERGE_WAITS = ["keep", "as-within"] as const;
const note = z.string().optional().describe("Why this change: free text, kept for the reader.");
const stepSelector = {
  touchpoint: id.describe("The id of the touchpoint whose step changes."),
  step: z.string().min(1).describe("The step's name, exactly as in the model."),
  occurrence: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Which step of that name (1 = the first) when the touchpoint has several; required then."),
};

export const RemoveStepSchema = z
  .strictObject({ op: z.literal("remove-step"), ...stepSelector, note })
  .describe("Remove one step of a touchpoint.");

export const SetStepSchema = z
  .strictObject({
    op: z.literal("set-step"),
    ...stepSelector,
    name: z.string().min(1).optional().describe("A new name for the step."),
    minutes: z.number().finite().nonnegative().max(MODEL_BOUNDS.minutes).optional(),
    cost: z.number().finite().nonnegative().max(MODEL_BOUNDS.cost).optional(),
    type: z.enum(STEP_TYPES).optional(),
    waste: z.string().min(1).optional().describe("Waste category; dropped when the type becomes value or necessary."),
    note,
  })
  .refine((c) => ["name", "minutes", "cost", "type", "waste"].some((k) => k in c), {
    message: "set-step changes nothing: give at least one of name, minutes, cost, type, waste",
  })
  .describe("Change the name, minutes, cost, type or waste category of one step.");

export const MergeDepartmentsSchema = z
  .strictObject({
    op: z.literal("merge-departments"),
    departments: z.array(id).min(1).describe("The departments merged; each must exist."),
    into: id.describe("The merged department: an existing one (its record is kept) or a new id."),
    name: z.string().optional().describe("Display name of the merged department."),
    lane: z.enum(LANES).optional().describe("Lane of the merged department; by default the lane it had, or the first merged one's."),
    waits: z
      .enum(MERGE_WAITS)
      .optional()
      .describe(
        'How long a move that stops being a hand-off waits: "keep" (default) its wait as it was, so the merge alone saves no time; "as-within" as long as moves within one department into the same touchpoint wait.',
      ),
    note,
  })
  .describe("Merge departments into one: their touchpoints move to `into`, the others are removed.");

export const RenameDepartmentSchema = z
  .strictObject({
    op: z.literal("rename-department"),
    department: id.describe("The department renamed; it must exist."),
    to: id.describe("Its new id; no other department may have it (to join two, use merge-departments)."),
    name: z.string().optional().describe("A new display name."),
    note,
  })
  .describe("Give a department a new id (and name): its touchpoints follow; nothing else changes.");

export const SetTransitionSchema = z
  .strictObject({
    op: z.literal("set-transition"),
    from: id,
    to: id,
    probability: z
      .number()
      .finite()
      .min(0)
      .max(1)
      .optional()
      .describe("New probability; the other transitions out of `from` are rescaled to keep the sum 1. 0 removes it."),
    wait: z.number().finite().nonnegative().max(MODEL_BOUNDS.minutes).optional().describe("Minutes the customer waits between the two."),
    waste: z.string().min(1).optional().describe("Waste category of the wait."),
    failure: z.boolean().optional().describe("The visit this transition leads to is failure demand."),
    note,
  })
  .refine((c) => ["probability", "wait", "waste", "failure"].some((k) => k in c), {
    message: "set-transition changes nothing: give at least one of probability, wait, waste, failure",
  })
  .describe("Change, add or (probability 0) remove the transition from → to.");

/**
 * The operations a redesign can use, in the order the docs list them.
 *
 * @example
 * REDESIGN_OPS.includes("set-step"); // true
 */
export const REDESIGN_OPS = ["remove-step", "set-step", "merge-departments", "rename-department", "set-transition"] as const;

/**
 * One change of a redesign, told apart by its `op`.
 *
 * @example
 * RedesignChangeSchema.parse({ op: "remove-step", touchpoint: "call", step: "Queue on the phone" });
 */
export const RedesignChangeSchema = z.discriminatedUnion("op", [
  RemoveStepSchema,
  SetStepSchema,
  MergeDepartmentsSchema,
  RenameDepartmentSchema,
  SetTransitionSchema,
]);

/**
 * A redesign file. `safeParseRedesign` gives its problems as messages that name the
 * change; `applyRedesign` checks the ids against the service.
 *
 * @example
 * RedesignSchema.safeParse({ name: "One-stop desk", changes: [] }).success; // true
 */
export const RedesignSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().optional().describe("What the redesign is called, e.g. One-stop desk."),
    description: z.string().optional(),
    changes: z.array(RedesignChangeSchema).describe("Applied in order; each must leave a valid model."),
  })
  .describe("A hukka redesign: what-if changes to a service model.");
