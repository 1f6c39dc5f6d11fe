import type { SqlDialect } from "./sql-dialects.js";
import type { SqlLogMapping } from "./sql-log-mapping.js";
import type { SqlStep } from "./sql-query.js";

/** Throws a TypeError, prefixed with `caller`, that names what the mapping lacks. */
function checkMapping(caller: string, mapping: SqlLogMapping): void {
  const bad = (what: string) => {
    throw new TypeError(`${caller}: ${what}`);
  };
  if (typeof mapping.source !== "string" || mapping.source.trim() === "") bad("the mapping needs a source: the table (or a parenthesised query) holding the events");
  if (mapping.start !== undefined && (typeof mapping.start !== "string" || mapping.start === "")) bad("the start column, when given, must be a column name (mapping.start)");
  for (const key of ["case", "timestamp"] as const) {
    if (typeof mapping[key] !== "string" || mapping[key] === "") bad(`the mapping needs the ${key} column (mapping.${key})`);
  }
  const activities = typeof mapping.activity === "string" ? [mapping.activity] : (mapping.activity ?? []);
  if (activities.length === 0 || activities.some((a) => typeof a !== "string" || a === "")) bad("the mapping needs the activity column, or several (mapping.activity)");
}

/**
 * The first step of both aggregations, `events`: the mapped columns of the source as `case_id`,
 * `activity` (several columns joined with `activitySeparator`), `department` (NULL where empty
 * or a missing marker), `t` (microseconds since 1970), `st` (the start time likewise, NULL without one) and `file_order` (the order column, or
 * the time where there is none). Checks the mapping first, naming `caller` in the error.
 *
 * @example
 * eventsStep("logAggregateSql", { source: "events", case: "id", activity: "a", timestamp: "ts" }, sqlDialects.postgres, "+").name; // "events"
 */
export function eventsStep(caller: string, mapping: SqlLogMapping, d: SqlDialect, activitySeparator: string): SqlStep {
  checkMapping(caller, mapping);
  const column = (c: string) => d.identifier(c);
  const text = (c: string) => `CAST(${column(c)} AS ${d.text})`;
  const activities = typeof mapping.activity === "string" ? [mapping.activity] : mapping.activity;
  const activity = activities.length === 1 ? text(activities[0]!) : d.joinNonEmpty(activities.map(text), activitySeparator);
  const markers = ["", ...(mapping.missing ?? [])].map(d.literal).join(", ");
  const department =
    mapping.department === undefined
      ? `CAST(NULL AS ${d.text})`
      : `CASE WHEN ${text(mapping.department)} IN (${markers}) THEN NULL ELSE ${text(mapping.department)} END`;
  const micros = d.epochMicros(column(mapping.timestamp));
  const customer = mapping.customer === undefined ? "" : `, CASE WHEN ${text(mapping.customer)} = '' THEN NULL ELSE ${text(mapping.customer)} END AS customer`;
  const startMicros = mapping.start === undefined ? `CAST(NULL AS ${d.bigint})` : d.epochMicros(column(mapping.start));
  // Without an order column, ties in time have no defined order: the case id keeps results repeatable.
  const fileOrder = mapping.order === undefined ? micros : `CAST(${column(mapping.order)} AS ${d.bigint})`;
  return {
    name: "events",
    sql: `  SELECT ${text(mapping.case)} AS case_id, ${activity} AS activity, ${department} AS department,
    ${micros} AS t, ${startMicros} AS st, ${fileOrder} AS file_order${customer}
  FROM ${mapping.source}`,
  };
}
