import { EventLogError } from "../logs/event-log-error.js";
import type { CountMiningOptions } from "../mining/count-mining.js";
import type { LogReport } from "../log-report/log-report.js";
import type { MiningCounts } from "../mining/mining-counts.js";
import type { LogMapping } from "../logs/read-event-log.js";
import type { DuckDBLogOptions } from "../sql/duckdb-log-aggregate.js";
import { CliError } from "./cli-error.js";

/**
 * `hukka mine LOG --engine duckdb`: the log report, and the mining counts when a model is
 * wanted, computed by DuckDB in SQL; the events never enter this process. DuckDB (an optional
 * dependency) loads only here.
 */
export async function mineWithDuckDB(
  path: string,
  mapping: LogMapping,
  options: DuckDBLogOptions,
  mining: Required<CountMiningOptions> | null,
  usage: string,
): Promise<{ report: LogReport; counts: MiningCounts | null }> {
  const { duckdbLogAggregate } = await import("../sql/duckdb-log-aggregate.js");
  const { duckdbMiningCounts } = await import("../sql/duckdb-mining-counts.js");
  const { logReportFromAggregate } = await import("../sql/log-report-from-aggregate.js");
  try {
    const report = logReportFromAggregate(await duckdbLogAggregate(path, mapping, options));
    return { report, counts: mining === null ? null : await duckdbMiningCounts(path, mapping, { ...options, ...mining }) };
  } catch (e) {
    if (e instanceof EventLogError) {
      const usageProblem = e.code === "mapping_required" || e.code === "bad_option" || e.code === "missing_engine";
      throw new CliError(`${e.message.startsWith(path) ? "" : `${path}: `}${e.message}${usageProblem ? `\nusage: ${usage}` : ""}`, usageProblem ? 2 : 1);
    }
    throw e;
  }
}
