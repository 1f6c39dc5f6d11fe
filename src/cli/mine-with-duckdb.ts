import { analyse } from "../analysis/analyse.js";
import type { WasteReport } from "../analysis/report.js";
import { EventLogError } from "../logs/event-log-error.js";
import type { LogReport } from "../log-report/log-report.js";
import type { CountMiningOptions } from "../mining/count-mining.js";
import { miningFidelityFromTotals, type MiningFidelity } from "../mining/mining-fidelity.js";
import { serviceFromCounts } from "../mining/service-from-counts.js";
import type { Service } from "../model/types.js";
import type { LogMapping } from "../logs/read-event-log.js";
import type { DuckDBMineOptions } from "../sql/duckdb-mine.js";
import { CliError } from "./cli-error.js";

/** What `hukka mine --engine duckdb` prints and writes: the log report, the mined model, and its fidelity. */
export interface MinedWithDuckDB {
  report: LogReport;
  /** The mined model, measured, and its fidelity; `null` when it is too large to build and no output needs it. */
  model: { service: Service; analysed: WasteReport; fidelity: MiningFidelity } | null;
  /** Why the model was left out. */
  note: string | null;
}

/**
 * `hukka mine LOG --engine duckdb`: the log report and the mining counts computed by DuckDB in
 * SQL (the events never enter this process), the mined model made and measured from the counts,
 * and its fidelity to the log, as the default engine reports it. DuckDB (an optional dependency)
 * loads only here.
 */
export async function mineWithDuckDB(
  path: string,
  mapping: LogMapping,
  options: DuckDBMineOptions,
  mining: Required<CountMiningOptions>,
  model: Parameters<typeof serviceFromCounts>[1],
  modelNeeded: boolean,
  usage: string,
): Promise<MinedWithDuckDB> {
  const { duckdbMine } = await import("../sql/duckdb-mine.js");
  const { logReportFromAggregate } = await import("../sql/log-report-from-aggregate.js");
  try {
    // the fidelity needs the model; without --model or --html a model too large to build is left out, not refused
    const { aggregate, caseAggregate, customers, counts, caseMinutes, transitions } = await duckdbMine(path, mapping, { ...options, ...mining, skipLargeModel: !modelNeeded });
    // the report of the cases, with the customers block where asked; the fidelity against the unit mined (cases or journeys)
    const report: LogReport = { ...logReportFromAggregate(caseAggregate), ...(customers !== null && { customers }) };
    const unitReport = aggregate === caseAggregate ? report : logReportFromAggregate(aggregate);
    if (counts === null) {
      const smaller = mining.history > 0 ? `; --history ${mining.history - 1} keeps the model smaller` : "";
      return { report, model: null, note: `no fidelity: the mined model would have ${transitions.toLocaleString("en")} transitions, too many to build and analyse in memory${smaller}` };
    }
    const service = serviceFromCounts(counts, model);
    const analysed = analyse(service);
    return { report, model: { service, analysed, fidelity: miningFidelityFromTotals(unitReport, caseMinutes, counts.hasStartTimes, analysed.expected, null, options.unit) }, note: null };
  } catch (e) {
    if (e instanceof EventLogError) {
      const usageProblem = e.code === "mapping_required" || e.code === "bad_option" || e.code === "missing_engine";
      throw new CliError(`${e.message.startsWith(path) ? "" : `${path}: `}${e.message}${usageProblem ? `\nusage: ${usage}` : ""}`, usageProblem ? 2 : 1);
    }
    throw e;
  }
}
