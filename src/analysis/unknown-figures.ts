import type { Service } from "../model/types.js";
import type { UnknownFigure } from "./report.js";

/**
 * The expected figures of a mined model that rest on a default rather than on its log (DESIGN §5):
 * `valueMinutes` and `flowEfficiency` when no step has minutes (no start times, no classified
 * minutes: all of a case's time counts as waiting), `failureDemandShare` when no classification
 * named failure demand, `resolved` and `abandoned` when none named an abandoned outcome (every
 * outcome is the miner's default, resolved). A designed model (no `mined` record) states its
 * figures: nothing is unknown.
 *
 * @example
 * unknownFigures(mineService(log)).map((u) => u.field);
 * // ["valueMinutes", "flowEfficiency", "failureDemandShare", "resolved", "abandoned"]
 */
export function unknownFigures(service: Service): UnknownFigure[] {
  const mined = service.mined;
  if (mined === undefined) return [];
  const unknown: UnknownFigure[] = [];
  const timed = service.touchpoints.some((t) => t.steps.some((s) => s.minutes > 0));
  if (!timed) {
    const reason = mined.startTimes
      ? "no activity took any time between its start and its completion, so all of a case's time is waiting"
      : "the log has no start times and no classification gives minutes, so all of a case's time counts as waiting";
    unknown.push({ field: "valueMinutes", reason }, { field: "flowEfficiency", reason });
  }
  if (!mined.classified.includes("failure")) {
    unknown.push({ field: "failureDemandShare", reason: "no classification names the activities that are failure demand" });
  }
  if (!mined.classified.includes("outcome")) {
    const reason = "every outcome is the miner's default (resolved): no classification names how a case ends";
    unknown.push({ field: "resolved", reason }, { field: "abandoned", reason });
  }
  return unknown;
}
