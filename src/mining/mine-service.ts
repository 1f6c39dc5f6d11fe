import type { Service } from "../model/types.js";
import type { Classification } from "./classification.js";
import { countMining, type CountMiningOptions } from "./count-mining.js";
import type { EventLog } from "../logs/event-log.js";
import { miningUnitLog, type MiningUnitOptions } from "./mining-unit-log.js";
import { serviceFromCounts, type ServiceFromCountsOptions } from "./service-from-counts.js";

/**
 * Options of `mineService`: those of `countMining` (how the log is counted) and of
 * `serviceFromCounts` (how the model is named and classified).
 *
 * @example
 * mineService(log, { id: "receipt", name: "Receipt phase", history: 1, missingDepartment: "inherit" });
 */
export interface MineServiceOptions extends CountMiningOptions, ServiceFromCountsOptions, MiningUnitOptions {}

/**
 * Mines a service model that tells the same story as the log: one touchpoint per
 * (activity, department) — a missing department inherited from the case's previous known one —
 * refined by the departments of the customer's previous `history` runs (default 2); transitions
 * weighted by how often one state directly follows the other, with the mean wait between them;
 * entries weighted by the cases starting there; one outcome per state that ends cases; service
 * time from start times when the log has them. Measured on the log's own cases, the model's
 * expected hand-offs, ping-pongs (history ≥ 1) and minutes per customer equal the log's
 * per-case means. It is `serviceFromCounts(countMining(log, options), options)`: the two steps
 * are public so that the counts can come from elsewhere (SQL).
 *
 * @example
 * const service = mineService(log, { id: "sepsis", classification: parseClassification(json) });
 * analyse(service).expected.handoffs; // = analyseLog(log).handoffs / analyseLog(log).cases
 */
export function mineService(log: EventLog, options?: MineServiceOptions): Service;
/**
 * The form of hukka 0.1, kept working: the classification as the second argument.
 *
 * @deprecated pass `{ classification }` in the options.
 * @example
 * mineService(log, classification, { id: "sepsis" });
 */
export function mineService(log: EventLog, classification: Classification | undefined, options?: MineServiceOptions): Service;
export function mineService(
  log: EventLog,
  second?: MineServiceOptions | Classification,
  third: MineServiceOptions = {},
): Service {
  const legacy = second !== undefined && Array.isArray((second as Classification).activities);
  const options: MineServiceOptions = legacy ? { ...third, classification: second as Classification } : ((second as MineServiceOptions | undefined) ?? third);
  return serviceFromCounts(countMining(miningUnitLog(log, options), options), options);
}
