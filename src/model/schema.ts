import { z } from "zod";
import { CLASSIFIED_FACTS, LANES, MODEL_BOUNDS, OUTCOMES, STANDARD_WASTES, STEP_TYPES } from "./vocabulary.js";

// The zod schemas of the service model, the single source of the input types. The JSON Schema
// shipped as `hukka/schema.json` and printed by `hukka schema` is generated from these, so every
// `.describe()` here is what an editor shows while a model is written (and what the API pages
// show beside each field).

const id = z.string().min(1).describe("A non-empty identifier; any string works, `__proto__` included.");
const minutes = z.number().finite().nonnegative().max(MODEL_BOUNDS.minutes);
const cost = z.number().finite().nonnegative().max(MODEL_BOUNDS.cost);
const weight = z.number().finite().nonnegative().max(MODEL_BOUNDS.weight);

const wasteCategory = z
  .string()
  .min(1)
  .describe(`Waste category: one of ${STANDARD_WASTES.join(", ")}, or any other non-empty string as a custom category.`);

/**
 * The zod schema of a department; `Department` is its type.
 *
 * @example
 * DepartmentSchema.parse({ id: "lab", lane: "support" });
 */
export const DepartmentSchema = z
  .strictObject({
    id,
    name: z.string().optional().describe("Display name; defaults to the id."),
    lane: z
      .enum(LANES)
      .optional()
      .describe("Blueprint lane: frontstage (the customer sees it, the default), backstage or support."),
  })
  .describe("A department, team or organisation unit the customer meets or depends on.");

/**
 * The zod schema of a step; `Step` is its type.
 *
 * @example
 * StepSchema.parse({ name: "Tell symptoms", type: "value", minutes: 6 });
 */
export const StepSchema = z
  .strictObject({
    name: z.string().min(1).describe("What happens, from the customer's point of view."),
    type: z
      .enum(STEP_TYPES)
      .describe("value: the customer would pay for it; necessary: required (law, safety), reduce it; waste: remove it."),
    waste: wasteCategory.optional(),
    minutes: minutes.describe("The customer's time on this step, in minutes."),
    cost: cost.optional().describe("The organisation's cost of this step."),
  })
  .describe("One step of a touchpoint.");

/**
 * The zod schema of a touchpoint; `Touchpoint` is its type.
 *
 * @example
 * TouchpointSchema.parse({ id: "done", department: "clinic", outcome: "resolved", steps: [] });
 */
export const TouchpointSchema = z
  .strictObject({
    id,
    name: z.string().optional().describe("Display name; defaults to the id."),
    department: id.describe("The id of the department that owns this touchpoint."),
    channel: z.string().optional().describe("Free text: phone, desk, web, letter, …"),
    entry: z
      .union([z.boolean(), weight])
      .optional()
      .describe("Entry weight: customers start here (true = 1). At least one touchpoint needs one."),
    outcome: z
      .enum(OUTCOMES)
      .optional()
      .describe("Terminal touchpoints only: the customer's trip ends here, resolved or abandoned."),
    steps: z.array(StepSchema).describe("The steps of a visit, in order."),
    group: id
      .optional()
      .describe(
        "The id of the touchpoint this one refines (a mined model's history): touchpoints of one group share its name and department and are drawn and addressed as one.",
      ),
  })
  .describe("A place where the customer meets the service.");

/**
 * The zod schema of a transition; `Transition` is its type.
 *
 * @example
 * TransitionSchema.parse({ from: "call", to: "call", probability: 0.3, failure: true });
 */
export const TransitionSchema = z
  .strictObject({
    from: id.describe("The touchpoint the customer leaves."),
    to: id.describe("The touchpoint the customer goes to next."),
    probability: z.number().finite().min(0).max(1).optional().describe("Share of customers leaving `from` who go to `to`."),
    volume: weight
      .optional()
      .describe("Count of customers taking this transition; used for the probabilities when none are given."),
    wait: minutes.optional().describe("Minutes the customer waits between the two touchpoints (waste, `delay` by default)."),
    waste: wasteCategory.optional().describe("Waste category of the wait; `delay` by default."),
    workingWait: minutes
      .optional()
      .describe("The part of `wait` inside working hours, in minutes (the working clock; a mined model's, with a calendar)."),
    failure: z.boolean().optional().describe("The visit this transition leads to is failure demand."),
  })
  .describe("A move from one touchpoint to another.");

/**
 * The zod schema of a mined model's record of what its log could tell (`mined` on a service).
 *
 * @example
 * MinedSchema.parse({ cases: 1050, startTimes: false, classified: [] });
 */
export const MinedSchema = z
  .strictObject({
    cases: z.number().int().nonnegative().describe("The cases (or customer journeys) the model was mined from."),
    startTimes: z.boolean().describe("The log had start times, so the touchpoints carry service minutes."),
    classified: z
      .array(z.enum(CLASSIFIED_FACTS))
      .describe(`What a classification named for the activities (${CLASSIFIED_FACTS.join(", ")}); empty without one.`),
  })
  .describe("Set by the miner: what the event log could tell. A figure resting on a default rather than on the log is reported as unknown.");

/**
 * The zod schema of a service model (its shape only: `parseService` adds the graph checks).
 *
 * @example
 * ServiceSchema.safeParse(json).success;
 */
export const ServiceSchema = z
  .strictObject({
    $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
    id,
    name: z.string().optional().describe("Display name; defaults to the id."),
    volume: weight.optional().describe("Customers per year, for yearly totals."),
    currency: z.string().optional().describe("Currency of the cost fields, e.g. EUR."),
    noun: z
      .string()
      .min(1)
      .optional()
      .describe('What the service calls its customer, singular ("patient", "taxpayer"): the word of every headline; "customer" when absent.'),
    mined: MinedSchema.optional(),
    workingDayMinutes: z
      .number()
      .positive()
      .max(1440)
      .optional()
      .describe("The length of a working day in minutes, for working time in days (`workingWait`): e.g. 435 for 7 h 15 min."),
    departments: z.array(DepartmentSchema).min(1).describe("The departments, teams or units: at least one."),
    touchpoints: z.array(TouchpointSchema).min(1).describe("The touchpoints: at least one, and at least one with an entry weight."),
    transitions: z.array(TransitionSchema).describe("Where customers go from each touchpoint that is not an outcome."),
  })
  .describe("A hukka service model, version 1.");
