import { logAggregateSql } from "../sql/log-aggregate-sql.js";
import { sqlDialects, type SqlDialectName } from "../sql/sql-dialects.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { parseOptions } from "./parse-options.js";

const usage = "hukka sql --dialect duckdb|postgres|spark|bigquery --table T --case C --activity A --timestamp T [options]";
const fullUsage =
  "hukka sql --dialect duckdb|postgres|spark|bigquery --table T --case C --activity A [--activity B] --timestamp T " +
  "[--department D] [--missing M]… [--order COL] [--top-variants N]";

const options = {
  dialect: { type: "string" },
  table: { type: "string" },
  case: { type: "string" },
  activity: { type: "string", multiple: true },
  timestamp: { type: "string" },
  department: { type: "string" },
  missing: { type: "string", multiple: true },
  order: { type: "string" },
  "top-variants": { type: "string" },
} as const;

export const sqlCommand: Command = {
  name: "sql",
  usage,
  summary:
    "print the SQL that aggregates an event log where it lives (a warehouse, Postgres, Spark, BigQuery, DuckDB); " +
    "its result rows go to logReportFromAggregate in hukka/sql; options: --department D, --missing M, --order COL (ties in time keep its order), --top-variants N",
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, fullUsage);
    if (positionals.length > 0) throw usageError(`sql takes no file: name the table with --table\nusage: ${fullUsage}`);
    const dialect = values.dialect ?? "";
    if (!Object.hasOwn(sqlDialects, dialect)) {
      throw usageError(`${dialect === "" ? "no --dialect" : `unknown dialect ${JSON.stringify(dialect)}`}: use one of ${Object.keys(sqlDialects).join(", ")}\nusage: ${fullUsage}`);
    }
    const missingOptions = (["table", "case", "activity", "timestamp"] as const).filter((k) => values[k] === undefined);
    if (missingOptions.length > 0) throw usageError(`sql needs ${missingOptions.map((k) => `--${k}`).join(", ")}\nusage: ${fullUsage}`);
    const top = values["top-variants"];
    const topVariants = top === undefined ? undefined : Number(top);
    if (topVariants !== undefined && !(Number.isInteger(topVariants) && topVariants >= 0)) {
      throw usageError(`--top-variants must be a whole number ≥ 0, not ${JSON.stringify(top)}\nusage: ${fullUsage}`);
    }
    const sql = logAggregateSql(
      {
        source: values.table!,
        case: values.case!,
        activity: values.activity!,
        timestamp: values.timestamp!,
        ...(values.department !== undefined && { department: values.department }),
        ...(values.missing !== undefined && { missing: values.missing }),
        ...(values.order !== undefined && { order: values.order }),
      },
      { dialect: dialect as SqlDialectName, ...(topVariants !== undefined && { topVariants }) },
    );
    io.out(sql);
    return 0;
  },
};
