import { journeyLog } from "../log-report/journey-log.js";
import type { EventLog } from "../logs/event-log.js";

/**
 * What a mined model follows: the case (default), or the customer journey across cases.
 *
 * @example
 * mineService(log, { unit: "customer", journeyGap: 30 * 24 * 60 });
 */
export interface MiningUnitOptions {
  /** `case`: one journey per case; `customer`: one per customer journey (the log needs a customer mapping). */
  unit?: "case" | "customer";
  /** With `unit: "customer"`: minutes away after which a customer's next case begins a new journey (default: no cut). */
  journeyGap?: number | null;
}

/**
 * The log whose cases a model is mined from: the log itself, or with `unit: "customer"` its
 * journey log (`journeyLog`), whose cases are the customer journeys — so the model's fidelity
 * holds per journey.
 *
 * @example
 * miningUnitLog(log, { unit: "customer" }).cases; // ["Value 1", "Value 2", …]
 */
export function miningUnitLog(log: EventLog, options: MiningUnitOptions = {}): EventLog {
  const unit = options.unit ?? "case";
  if (unit === "case") return log;
  if (unit !== "customer") throw new RangeError(`invalid unit ${JSON.stringify(unit)}: use "case" or "customer"`);
  const journeys = journeyLog(log, { journeyGap: options.journeyGap ?? null });
  if (journeys === null) throw new RangeError('unit "customer" needs a log read with a customer mapping (customer, --customer; or an OCEL log)');
  return journeys;
}
