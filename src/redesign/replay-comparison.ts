import { analyse } from "../analysis/analyse.js";
import type { ExpectedValues } from "../analysis/report.js";
import { analyseLog } from "../log-report/analyse-log.js";
import type { EventLog } from "../logs/event-log.js";
import type { LogReport } from "../log-report/log-report.js";
import { mineService, type MineServiceOptions } from "../mining/mine-service.js";
import type { Issue, Service } from "../model/types.js";
import { safeApplyRedesign } from "./apply-redesign.js";
import { InvalidRedesignError } from "./invalid-redesign-error.js";
import { redesignWaits, type RedesignWaits } from "./redesign-waits.js";
import { replayedCases } from "./replayed-cases.js";
import type { Redesign } from "./types.js";

/**
 * Per customer: how customers wander and how long they take (minutes), as figures or as a
 * change (after − before).
 *
 * @example
 * const d: WanderDelta = { handoffs: -0.036, pingPongs: -0.008, revisits: -0.011, minutes: -120 };
 */
export interface WanderDelta {
  handoffs: number;
  pingPongs: number;
  revisits: number;
  minutes: number;
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
  /**
   * The assumption about time of the redesign's merges (`merge-departments` `waits`): `keep` when
   * every merge keeps its waits (or there is no merge), `as-within` when every merge takes
   * within-department waits, `mixed` otherwise.
   */
  waits: RedesignWaits;
  /** The mined model's expected change: `analyse(applyRedesign(model))` − `analyse(model)`. */
  predicted: WanderDelta;
  /** The change measured on the cases: the replayed log's per-case means − the log's. */
  replayed: WanderDelta;
  /**
   * The change by a model re-mined from the replayed cases (same options) − the mined model:
   * hand-offs, ping-pongs (history ≥ 1) and minutes equal `replayed`, revisits come close.
   */
  remined: WanderDelta;
  /**
   * The figures the changes start from: the mined model's expected ones (the base of `predicted`
   * and `remined`) and the log's per-case means (the base of `replayed`).
   */
  before: { model: WanderDelta; log: WanderDelta };
  /** What the model and the replay fell back on (`merge_wait_fallback`, `merge_wait_kept`), and the model's other warnings. */
  warnings: Issue[];
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
  minutes: after.minutes - before.minutes,
});
const perCase = (r: LogReport): WanderDelta => ({
  handoffs: r.handoffs / r.cases,
  pingPongs: r.pingPongs / r.cases,
  revisits: r.revisits / r.cases,
  minutes: r.caseMinutes.meanMinutes ?? 0,
});
const expected = (e: ExpectedValues): WanderDelta => ({ handoffs: e.handoffs, pingPongs: e.pingPongs, revisits: e.revisits, minutes: e.minutes });

/**
 * Puts a redesign that relabels departments (`merge-departments`, `rename-department`) to the
 * test of the cases: the change in hand-offs, ping-pongs, revisits and minutes per customer
 * predicted by the mined model, the change replayed on the cases themselves, and the change told
 * by a model re-mined from the replayed cases. The predicted hand-off change is exact (a relabel
 * keeps every transition's count); ping-pongs and revisits are approximations, because a merge
 * joins department runs that the model's history was keyed on — the re-mined model tells them as
 * the cases do. Minutes move only under `waits: "as-within"`, by the same rule on both sides
 * (`withinWaits` on the model, `replayedCases` on the cases). Throws `InvalidRedesignError` for
 * a change that cannot be replayed.
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
  // first: refuses what cannot be replayed
  const replay = replayedCases(log, redesign, { missingDepartment: mining.missingDepartment });
  const service = given?.service ?? mineService(log, mining);
  const model = expected(given?.expected ?? analyse(service).expected);
  const logBefore = perCase(given?.logReport ?? analyseLog(log));
  const applied = safeApplyRedesign(service, redesign);
  if (!applied.success) throw new InvalidRedesignError(applied.issues, applied.warnings);
  const predicted = analyse(applied.data).expected;
  const remined = analyse(mineService(replay.log, mining)).expected;
  return {
    name: redesign.name ?? "",
    waits: redesignWaits(redesign),
    predicted: delta(expected(predicted), model),
    replayed: delta(perCase(analyseLog(replay.log)), logBefore),
    remined: delta(expected(remined), model),
    before: { model, log: logBefore },
    warnings: [...applied.warnings.map((w) => ({ ...w, message: `mined model: ${w.message}` })), ...replay.warnings.map((w) => ({ ...w, message: `cases: ${w.message}` }))],
  };
}
