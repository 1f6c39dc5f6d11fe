// The words of the service model that code reads as values: step types, lanes, outcomes, the
// standard waste categories, the bounds of its figures. They live apart from the zod schemas
// (src/model/schema.ts, which builds on them) so that code that only needs the words — the
// report's script in the browser among it — does not load zod.

/**
 * The largest minutes, wait or cost a model may give, and the largest entry weight or volume:
 * bounds under which every figure of a report stays a finite number.
 *
 * @example
 * MODEL_BOUNDS.minutes; // 1e9 (about 1,900 years)
 */
export const MODEL_BOUNDS = Object.freeze({ minutes: 1e9, cost: 1e9, weight: 1e15 });

/**
 * The seven service wastes (Bonaccorsi, Carmignani & Zammori, 2011); custom categories are any other non-empty string.
 *
 * @example
 * STANDARD_WASTES.includes("delay"); // true
 */
export const STANDARD_WASTES = [
  "delay",
  "duplication",
  "movement",
  "unclear-communication",
  "incorrect-inventory",
  "opportunity-lost",
  "errors",
] as const;

export const LANES = ["frontstage", "backstage", "support"] as const;
export const STEP_TYPES = ["value", "necessary", "waste"] as const;
export const OUTCOMES = ["resolved", "abandoned"] as const;

/**
 * What a mined model's classification named, one word per kind of fact: `type` (step types),
 * `minutes`, `cost`, `failure` (failure demand) and `outcome` (abandoned outcomes).
 *
 * @example
 * CLASSIFIED_FACTS.includes("failure"); // true
 */
export const CLASSIFIED_FACTS = ["type", "minutes", "cost", "failure", "outcome"] as const;
