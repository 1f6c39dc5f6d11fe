import { excerptId } from "./excerpt-id.js";
import { formatPath } from "./format-path.js";
import type { ModelProblem, TransitionRef } from "./problem.js";
import { STANDARD_WASTES } from "./vocabulary.js";

/** Lists longer than this are cut, with a count of the rest: a 100k-touchpoint model stays readable. */
const LIST_LIMIT = 10;

/**
 * The English message of one of hukka's model problems (a schema's issue is worded by
 * `issueMessage`), prefixed by its path in JavaScript notation. It needs no zod: the report's
 * script in the browser words the warnings it shows with it.
 *
 * @example
 * problemMessage({ code: "unknown_department", path: ["touchpoints", 3, "department"],
 *   value: "radiology", known: ["health-centre", "lab", "clinic"] });
 * // 'touchpoints[3].department: unknown department "radiology" (known: health-centre, lab, clinic)'
 */
export function problemMessage(problem: ModelProblem): string {
  return `${formatPath(problem.path)}: ${describeProblem(problem)}`;
}

/** The words of a model problem, without its path. */
export function describeProblem(p: ModelProblem): string {
  switch (p.code) {
    case "duplicate_id":
      return `duplicate ${p.kind} id ${quote(p.id)} (already used at ${formatPath(p.first)}); give each ${p.kind} its own id`;
    case "unknown_department":
      return `unknown department ${quote(p.value)} (known: ${list(p.known.map(excerptId))})`;
    case "unknown_touchpoint":
      return `unknown touchpoint ${quote(p.value)} (known: ${list(p.known.map(excerptId))})`;
    case "group_mismatch":
      return `${p.field} ${quote(p.value)} differs from ${quote(p.expected)} of touchpoints[${p.first}] in group ${quote(p.group)}: touchpoints of one group share their name and department (they are one touchpoint refined); give it the same ${p.field} or another group`;
    case "duplicate_transition":
      return `duplicate transition ${quote(p.from)} → ${quote(p.to)} (already at transitions[${p.first}]); a pair of touchpoints has at most one transition: merge them`;
    case "no_entry":
      return `no entry: no touchpoint has an entry weight > 0; add "entry": true to the touchpoint where customers start`;
    case "missing_outcome":
      return `touchpoint ${quote(p.id)} is a dead end: no transition leaves it and it has no outcome; add "outcome": "resolved" or "abandoned", or a transition out of it`;
    case "outcome_with_exits":
      return `touchpoint ${quote(p.id)} has outcome ${quote(p.outcome)} but transitions leave it (${refs(p.transitions)}); an outcome ends the trip: remove the outcome or those transitions`;
    case "probabilities_do_not_sum_to_one":
      return `probabilities out of touchpoint ${quote(p.id)} sum to ${round(p.sum)}, not 1 (${refs(p.transitions)}); make them add up to 1`;
    case "mixed_probabilities":
      return `touchpoint ${quote(p.id)}: ${refs(p.without)} ${p.without.length === 1 ? "gives" : "give"} no probability while ${p.given} other ${plural(p.given, "transition")} out of it ${p.given === 1 ? "gives" : "give"} one; give a probability on every transition out of ${quote(p.id)}, or on none`;
    case "mixed_volumes":
      return `touchpoint ${quote(p.id)}: ${refs(p.without)} ${p.without.length === 1 ? "gives" : "give"} no volume while ${p.given} other ${plural(p.given, "transition")} out of it ${p.given === 1 ? "gives" : "give"} one, and none gives a probability; give a volume on every transition out of ${quote(p.id)}, or probabilities`;
    case "zero_volumes":
      return `the volumes of the ${p.count} ${plural(p.count, "transition")} out of touchpoint ${quote(p.id)} are all 0, so they give no split; give a volume > 0 or probabilities`;
    case "missing_waste_category":
      return `waste step ${quote(p.step)} has no waste category; add "waste": one of ${STANDARD_WASTES.join(", ")}, or a custom category`;
    case "unexpected_waste_category":
      return `${p.type} step ${quote(p.step)} has a waste category (${quote(p.waste)}); only waste steps have one: remove "waste", or make the step "type": "waste"`;
    case "unreachable_outcome":
      return p.loop.length === 1
        ? `customers who reach touchpoint ${quote(p.loop[0]!)} never get to an outcome: it only leads back to itself; add a transition towards an outcome`
        : `customers who reach touchpoint ${quote(p.loop[0]!)} never get to an outcome: touchpoints ${list(p.loop.map(quote))} only lead to each other; add a transition from one of them towards an outcome`;
    case "nearly_closed_loop": {
      const where = p.loop.length === 1 ? `go round it` : `go round the loop of touchpoints ${list(p.loop.map(quote))}`;
      const often =
        p.visits === null ? "so often that the count is beyond any figure" : `about ${Number(p.visits.toPrecision(2)).toExponential()} times on average`;
      return `customers who reach touchpoint ${quote(p.loop[0]!)} ${where} ${often} before they leave (more than 1e9): a loop this nearly closed gives no meaningful figure; give the transitions out of it a realistic probability or volume`;
    }
    case "unreachable_touchpoint":
      return `touchpoint ${quote(p.id)} is never reached: no transition with a probability > 0 leads to it from an entry; add one, make it an entry, or remove it`;
    case "uniform_split":
      return `touchpoint ${quote(p.id)} gives neither probabilities nor volumes on its ${p.count} transitions; assumed a uniform split (1/${p.count} each)`;
  }
}

function refs(transitions: TransitionRef[]): string {
  const shown = transitions.slice(0, LIST_LIMIT).map(
    (t) => `transitions[${t.index}] → ${quote(t.to)}${t.probability === undefined ? "" : ` ${round(t.probability)}`}`,
  );
  const rest = transitions.length - shown.length;
  return shown.join(", ") + (rest > 0 ? ` and ${rest.toLocaleString("en-US")} more` : "");
}

function list(ids: string[]): string {
  if (ids.length === 0) return "none";
  const rest = ids.length - LIST_LIMIT;
  return ids.slice(0, LIST_LIMIT).join(", ") + (rest > 0 ? `, … and ${rest.toLocaleString("en-US")} more` : "");
}

/** A value as the user wrote it: strings quoted (and cut when long), containers by kind. */
export function value(input: unknown): string {
  if (typeof input === "string") return quote(input);
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  if (typeof input === "object") return "an object";
  return String(input);
}

export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** Sums of floats shown without binary noise: 0.6 + 0.3 is 0.9 here. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}
