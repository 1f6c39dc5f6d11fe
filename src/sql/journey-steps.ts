import type { SqlDialect } from "./sql-dialects.js";
import type { SqlLogMapping } from "./sql-log-mapping.js";
import type { SqlStep } from "./sql-query.js";

/**
 * What the aggregation follows: the case (default), or the customer journey across cases, as
 * `unit: "customer"` does in `mineService` and `journeyLog`.
 *
 * @example
 * logAggregateSql({ ...mapping, customer: "customer_id" }, { unit: "customer", journeyGap: 43200 });
 */
export interface SqlUnitOptions {
  /** `case`, or `customer`: partition by customer journey (the mapping needs `customer`). */
  unit?: "case" | "customer";
  /** With `unit: "customer"`: minutes after the end of all a customer's earlier cases past which a case begins a new journey (default: no cut). */
  journeyGap?: number | null;
}

/**
 * The first steps of an aggregation: the `events` step as it is, or with `unit: "customer"`
 * the events regrouped into customer journeys — the customer as the partition key, as
 * `journeyLog` does in process. Each customer's cases are ordered by their first event (ties:
 * the case that appeared first); a case starting more than `journeyGap` after the latest end of
 * the customer's earlier cases begins a new journey; a case of two customers is in both
 * journeys. The journey's events keep their times, and its ties are broken by case order, then
 * file order: the `file_order` of the journey events is their rank in (customer, journey, case,
 * file order), so the steps that follow read journeys exactly as they read cases.
 *
 * @example
 * unitSteps(eventsStep(...), { ...mapping, customer: "client" }, sqlDialects.duckdb, { unit: "customer" }).map((s) => s.name);
 * // ["case_events", "case_bounds", "customer_ranks", "customer_cases", "journey_cases", "journey_numbers", "events"]
 */
export function unitSteps(events: SqlStep, mapping: SqlLogMapping, d: SqlDialect, options: SqlUnitOptions, caller: string): SqlStep[] {
  const unit = options.unit ?? "case";
  if (unit === "case") return [events];
  if (unit !== "customer") throw new TypeError(`${caller}: unknown unit ${JSON.stringify(unit)}: use "case" or "customer"`);
  if (mapping.customer === undefined || mapping.customer === "") throw new TypeError(`${caller}: unit "customer" needs the customer column (mapping.customer)`);
  const gap = options.journeyGap ?? null;
  if (gap !== null && !(gap >= 0 && Number.isFinite(gap))) throw new TypeError(`${caller}: journeyGap must be a number of minutes ≥ 0, not ${String(gap)}`);
  // microseconds, as `t` counts them
  const cut = gap === null ? "0" : `CASE WHEN previous_end IS NOT NULL AND first_t - previous_end > ${Math.round(gap * 60_000_000)} THEN 1 ELSE 0 END`;
  return [
    { name: "case_events", kept: true, sql: events.sql },
    { name: "case_bounds", sql: `  SELECT case_id, MIN(t) AS first_t, MAX(t) AS last_t, MIN(file_order) AS case_rank FROM case_events GROUP BY case_id` },
    { name: "customer_ranks", sql: `  SELECT customer, MIN(file_order) AS customer_rank FROM case_events WHERE customer IS NOT NULL GROUP BY customer` },
    { name: "customer_cases", sql: `  SELECT DISTINCT case_id, customer FROM case_events WHERE customer IS NOT NULL` },
    { name: "journey_cases", sql: `  SELECT c.case_id, c.customer, r.customer_rank, b.case_rank, b.first_t,
    MAX(b.last_t) OVER (PARTITION BY c.customer ORDER BY b.first_t, b.case_rank ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end
  FROM customer_cases c JOIN case_bounds b ON b.case_id = c.case_id JOIN customer_ranks r ON r.customer = c.customer` },
    { name: "journey_numbers", sql: `  SELECT case_id, customer, customer_rank, case_rank,
    SUM(${cut}) OVER (PARTITION BY customer ORDER BY first_t, case_rank ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS journey_no
  FROM journey_cases` },
    { name: "events", sql: `  SELECT j.customer || ' #' || CAST(j.journey_no + 1 AS ${d.text}) AS case_id, e.activity, e.department, e.t, e.st,
    ROW_NUMBER() OVER (ORDER BY j.customer_rank, j.journey_no, j.case_rank, e.file_order) AS file_order
  FROM case_events e JOIN journey_numbers j ON j.case_id = e.case_id` },
  ];
}
