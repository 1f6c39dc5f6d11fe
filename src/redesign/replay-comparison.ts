import { analyse } from "../analysis/analyse.js";
import type { ExpectedValues } from "../analysis/report.js";
import { analyseLog } from "../log-report/analyse-log.js";
import type { EventLog } from "../logs/event-log.js";
import type { LogReport } from "../log-report/log-report.js";
import { mineService, type MineServiceOptions } from "../mining/mine-service.js";
import type { Service } from "../model/types.js";
import { applyRedesign } from "./apply-redesign.js";
import { replayRedesign } from "./replay-redesign.js";
import type { Redesign } from "./types.js";

/**
 * A change in how customers wander, per customer (after − before).
 *
 * @example
 * const d: WanderDelta = { handoffs: -0.036, pingPongs: -0.008, revisits: -0.011 };
 */
export interface WanderDelta {
  handoffs: number;
  pingPongs: number;
  revisits: number;
}

/**
 * A redesign of a mined service, predicted by the model and replayed on the log's cases.
 *
 * @example
 * const { predicted, replayed } = replayComparison(log, redesign);
 * predicted.handoffs === replayed.handoffs; // up to rounding: a relabel keeps every transition's count
 */
export interface ReplayComparison {
  /** The redesign's name ("" when it has none). */
  name: string;
  /** The mined model's expected change: `analyse(applyRedesign(model))` − `analyse(model)`. */
  predicted: WanderDelta;
  /** The change measured on the cases: the replayed log's per-case means − the log's. */
  replayed: WanderDelta;
  /**
   * The change by a model re-mined from the replayed cases (same options) − the mined model:
   * hand-offs and ping-pongs (history ≥ 1) equal `replayed`, revisits come close.
   */
  remined: WanderDelta;
}

/** What the caller has computed already, to reuse (all of one log and one mining). */
export interface ReplayComparisonBefore {
  service: Service;
  expected: ExpectedValues;
  logReport: LogReport;
}

const delta = (after: WanderDelta, before: WanderDelta): WanderDelta => ({
  handoffs: after.handoffs - before.handoffs,
  pingPongs: after.pingPongs - before.pingPongs,
  revisits: after.revisits - before.revisits,
});
const perCase = (r: LogReport): WanderDelta => ({ handoffs: r.handoffs / r.cases, pingPongs: r.pingPongs / r.cases, revisits: r.revisits / r.cases });

/**
 * Puts a redesign that relabels departments (`merge-departments`, `rename-department`) to the
 * test of the cases: the change in hand-offs, ping-pongs and revisits per customer predicted by
 * the mined model, the change replayed on the cases themselves, and the change told by a model
 * re-mined from the replayed cases. The predicted hand-off change is exact (a relabel keeps every
 * transition's count); ping-pongs and revisits are approximations, because a merge joins
 * department runs that the model's history was keyed on — the re-mined model tells them as the
 * cases do. Throws `InvalidRedesignError` for a change that cannot be replayed.
 *
 * @example
 * const r = replayComparison(log, { name: "G96 + G97", changes: [{ op: "merge-departments", departments: ["G96", "G97"], into: "G96" }] });
 * r.replayed.handoffs; // -0.036 per case
 */
export function replayComparison(
  log: EventLog,
  redesign: Redesign,
  options: MineServiceOptions & { before?: ReplayComparisonBefore } = {},
): ReplayComparison {
  const { before: given, ...mining } = options;
  const replayedLog = replayRedesign(log, redesign); // first: refuses what cannot be replayed
  const service = given?.service ?? mineService(log, mining);
  const expected = given?.expected ?? analyse(service).expected;
  const logReport = given?.logReport ?? analyseLog(log);
  const predicted = analyse(applyRedesign(service, redesign)).expected;
  const remined = analyse(mineService(replayedLog, mining)).expected;
  return {
    name: redesign.name ?? "",
    predicted: delta(predicted, expected),
    replayed: delta(perCase(analyseLog(replayedLog)), perCase(logReport)),
    remined: delta(remined, expected),
  };
}
