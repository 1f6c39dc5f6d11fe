import { logAggregateSql } from "../sql/log-aggregate-sql.js";
import { miningCountsSql } from "../sql/mining-counts-sql.js";
import { sqlDialects, type SqlDialectName } from "../sql/sql-dialects.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { usageLine } from "./usage-line.js";
import { customerOptions, customerSettings } from "./customer-options.js";

const options = {
  dialect: { type: "string", value: "duckdb|postgres|spark|bigquery", required: true, description: "the engine to write the SQL for" },
  table: { type: "string", value: "T", required: true, description: "the table holding the events, as the engine names it, or a parenthesised query" },
  case: { type: "string", value: "C", required: true, description: "the column naming the case" },
  activity: { type: "string", value: "A", required: true, multiple: true, description: "the activity column; several are joined with +" },
  timestamp: { type: "string", value: "T", required: true, description: "the timestamp column (without a time zone: UTC)" },
  "start-timestamp": { type: "string", value: "S", description: "with --mining: the column of the time work on an event started, for service times" },
  department: { type: "string", value: "D", description: "the department column; without it nothing about wandering can be measured" },
  missing: { type: "string", value: "M", multiple: true, description: 'a department value meaning "unknown", e.g. EMPTY (an empty value or NULL always is)' },
  order: { type: "string", value: "COL", description: "a whole-number column (row number, event id) that orders events with the same timestamp" },
  "top-variants": { type: "string", value: "N", default: "10", description: "how many of the most frequent variants to list" },
  mining: { type: "boolean", description: "print the SQL of the mined model's counts (for miningCountsFromAggregate and serviceFromCounts) instead of the log report's" },
  history: { type: "string", value: "0|1|2", default: "2", requires: ["mining"], description: "with --mining: how many previous department runs a mined touchpoint remembers" },
  "missing-department": { type: "string", value: "inherit|unknown", default: "inherit", requires: ["mining"], description: "with --mining: where an event without a department goes" },
  customer: { type: "string", value: "C", description: "the column naming the customer: with --unit customer the partition key" },
  unit: customerOptions.unit,
  "journey-gap": customerOptions["journey-gap"],
} as const satisfies OptionTable;

const usage = usageLine("sql", "", options);

export const sqlCommand: Command = {
  name: "sql",
  usage,
  summary:
    "print the SQL that aggregates an event log where it lives (a warehouse, Postgres, Spark, BigQuery, DuckDB); " +
    "its result rows go to logReportFromAggregate in hukka/sql",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length > 0) throw usageError(`sql takes no file: name the table with --table\nusage: ${usage}`);
    const dialect = values.dialect!;
    if (!Object.hasOwn(sqlDialects, dialect)) {
      throw usageError(`unknown dialect ${JSON.stringify(dialect)}: use one of ${Object.keys(sqlDialects).join(", ")}\nusage: ${usage}`);
    }
    const top = values["top-variants"];
    const topVariants = Number(top);
    if (!(Number.isInteger(topVariants) && topVariants >= 0)) {
      throw usageError(`--top-variants must be a whole number ≥ 0, not ${JSON.stringify(top)}\nusage: ${usage}`);
    }
    const mapping = {
        source: values.table!,
        case: values.case!,
        activity: values.activity!,
        timestamp: values.timestamp!,
        ...(values.department !== undefined && { department: values.department }),
        ...(values["start-timestamp"] !== undefined && { start: values["start-timestamp"] }),
        ...(values.missing !== undefined && { missing: values.missing }),
        ...(values.order !== undefined && { order: values.order }),
        ...(values.customer !== undefined && { customer: values.customer }),
    };
    const { unit, journeyGap } = customerSettings(values, usage);
    if (unit === "customer" && values.customer === undefined) throw usageError(`--unit customer partitions by customer journey: name the customer column with --customer C\nusage: ${usage}`);
    if (values.mining) {
      const history = values.history!;
      const missingDepartment = values["missing-department"]!;
      if (!["0", "1", "2"].includes(history)) throw usageError(`invalid --history ${JSON.stringify(history)}: use 0, 1 or 2\nusage: ${usage}`);
      if (missingDepartment !== "inherit" && missingDepartment !== "unknown") throw usageError(`invalid --missing-department ${JSON.stringify(missingDepartment)}: use inherit or unknown\nusage: ${usage}`);
      io.out(miningCountsSql(mapping, { dialect: dialect as SqlDialectName, history: Number(history) as 0 | 1 | 2, missingDepartment, unit, journeyGap }));
    } else io.out(logAggregateSql(mapping, { dialect: dialect as SqlDialectName, topVariants, unit, journeyGap }));
    return 0;
  },
};
