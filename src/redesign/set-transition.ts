import { transitionProbabilities } from "../graph/transition-probabilities.js";
import { probabilitySource } from "../model/probability-source.js";
import type { Service, Transition } from "../model/types.js";
import type { ChangeContext } from "./change-context.js";
import type { SetTransitionChange } from "./types.js";

/** Probabilities closer than this to 0 or 1 are taken as 0 or 1 (the model's own tolerance is 1e-6). */
const EPSILON = 1e-12;

/**
 * Applies a `set-transition` change to the redesign's working copy. The fields given replace the
 * transition's; a new `from → to` pair is added (it needs a probability). A new probability p
 * rescales the OTHER transitions out of `from` by (1 − p) / (their sum), so the sum stays 1:
 * p = 0 removes the transition, p = 1 removes all the others. When the others have nothing to
 * rescale (none, or all at probability 0) and p < 1, the change is refused (`cannot_rescale`).
 * A touchpoint whose transitions give volumes (or nothing: a uniform split) is first converted to
 * the probabilities those imply, with a warning; its volumes are dropped, as they no longer hold.
 *
 * @example
 * // call → gp 0.6, call → call 0.3, call → done 0.1
 * setTransition(copy, { op: "set-transition", from: "call", to: "call", probability: 0 }, context);
 * // call → gp 0.6 / 0.7 = 0.857…, call → done 0.1 / 0.7 = 0.143…
 */
export function setTransition(service: Service, change: SetTransitionChange, context: ChangeContext): void {
  const ids = service.touchpoints.map((t) => t.id);
  const known = new Set(ids);
  for (const end of ["from", "to"] as const) {
    if (known.has(change[end])) continue;
    const members = service.touchpoints.filter((t) => t.group === change[end]).map((t) => t.id);
    // A group's touchpoints have transitions of their own (that is what refining is for): which
    // of them would change is not for the redesign to guess.
    if (members.length > 0) {
      context.issue(
        "group_transition",
        end,
        `${JSON.stringify(change[end])} is a group of ${members.length} touchpoints: set the transitions of its touchpoints one by one (${members.slice(0, 5).map((id) => JSON.stringify(id)).join(", ")}${members.length > 5 ? ", …" : ""})`,
      );
    } else context.unknown("touchpoint", end, change[end], ids);
  }
  if (context.issues.length > 0) return;

  const outgoing = service.transitions.filter((t) => t.from === change.from);
  let target = outgoing.find((t) => t.to === change.to);
  const p = change.probability;
  if (!target) {
    if (p === undefined) {
      const exits = outgoing.map((t) => t.to).join(", ") || "none";
      context.issue(
        "missing_probability",
        "probability",
        `there is no transition ${change.from} → ${change.to} (its transitions go to: ${exits}); give a probability to add one`,
      );
      return;
    }
    if (p === 0) {
      const exits = outgoing.map((t) => t.to).join(", ") || "none";
      context.issue(
        "unknown_transition",
        "to",
        `there is no transition ${change.from} → ${change.to} to remove (its transitions go to: ${exits})`,
      );
      return;
    }
  }
  if (p !== undefined && probabilitySource(outgoing) !== "probability") {
    convertToProbabilities(service, change.from, context);
  }

  if (!target) {
    target = { from: change.from, to: change.to };
    // Next to the other transitions out of `from`, so the file still reads touchpoint by touchpoint.
    const last = service.transitions.lastIndexOf(outgoing[outgoing.length - 1]!);
    service.transitions.splice(last < 0 ? service.transitions.length : last + 1, 0, target);
  }
  if (change.wait !== undefined) target.wait = change.wait;
  if (change.waste !== undefined) target.waste = change.waste;
  if (change.failure !== undefined) target.failure = change.failure;
  if (p === undefined) return;

  const others = outgoing.filter((t) => t !== target);
  const rest = others.reduce((sum, t) => sum + t.probability!, 0);
  if (rest <= EPSILON && 1 - p > EPSILON && !(p === 0 && others.length === 0)) {
    context.issue(
      "cannot_rescale",
      "probability",
      `cannot give the remaining ${round(1 - p)} to the other transitions out of ${JSON.stringify(change.from)}: ` +
        (others.length === 0 ? "there are none" : `they all have probability 0 (${others.map((t) => t.to).join(", ")})`) +
        `; add or set them first, or use probability 1`,
    );
    return;
  }
  target.probability = p;
  const scale = rest > EPSILON ? (1 - p) / rest : 0;
  for (const t of others) t.probability = t.probability! * scale;
  const removed = new Set<Transition>(p >= 1 - EPSILON ? others : []);
  if (p <= EPSILON) removed.add(target);
  if (removed.size > 0) service.transitions = service.transitions.filter((t) => !removed.has(t));
}

/** Replaces volumes (or a uniform split) by the probabilities they imply, for one touchpoint. */
function convertToProbabilities(service: Service, from: string, context: ChangeContext): void {
  const { probabilities } = transitionProbabilities(service);
  const converted: string[] = [];
  const outgoing = service.transitions.filter((t) => t.from === from);
  const byVolume = probabilitySource(outgoing) === "volume";
  service.transitions.forEach((t, i) => {
    if (t.from !== from) return;
    t.probability = probabilities[i]!;
    delete t.volume;
    converted.push(`${t.to} ${round(t.probability)}`);
  });
  // A single exit without a probability is certain: nothing to say about converting it.
  if (outgoing.length < 2) return;
  context.warn(
    "converted_to_probabilities",
    `the transitions out of ${JSON.stringify(from)} gave ${byVolume ? "volumes" : "no probabilities (a uniform split)"}; ` +
      `converted to probabilities (${converted.join(", ")}) before changing them`,
  );
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
