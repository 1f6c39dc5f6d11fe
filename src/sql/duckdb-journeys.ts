import type { CustomerReport } from "../log-report/customer-report.js";
import type { LogReport } from "../log-report/log-report.js";
import type { Connection } from "./duckdb-events.js";
import { unitSteps, type SqlUnitOptions } from "./journey-steps.js";
import { sqlDialects } from "./sql-dialects.js";

const MICROS_PER_MINUTE = 60_000_000;

/**
 * Makes the customer journeys of the good rows (`hukka_case_events`) in DuckDB, with the steps
 * of the published SQL (`unitSteps`), as tables `hukka_unit_case_bounds`, `…_customer_cases`,
 * `…_journey_cases`, `…_journey_numbers` and `hukka_unit_events`: the journeys' events with the
 * journey (`customer #n`) as the case and `file_order` their order in (customer, journey, case,
 * file order). Not part of the public API.
 *
 * @example
 * await duckdbJourneyTables(connection, { journeyGap: 43200 });
 */
export async function duckdbJourneyTables(connection: Connection, options: SqlUnitOptions): Promise<void> {
  const events = { name: "events", sql: "  SELECT case_id, activity, department, t, st, rn AS file_order, customer FROM hukka_case_events" };
  const mapping = { source: "hukka_case_events", case: "case_id", activity: "activity", timestamp: "t", customer: "customer" };
  const steps = unitSteps(events, mapping, sqlDialects.duckdb, { ...options, unit: "customer" }, "duckdbMine");
  const named = (sql: string) => sql.replace(/\b(case_events|case_bounds|customer_ranks|customer_cases|journey_cases|journey_numbers)\b/g, "hukka_unit_$1");
  for (const step of steps) await connection.run(`CREATE OR REPLACE TEMP TABLE hukka_unit_${step.name} AS ${named(step.sql)}`);
}

/**
 * The customers block of `analyseLog` (`customerReport`) from the journey tables of
 * `duckdbJourneyTables` and the report of the journeys (`journeys`: hand-offs, ping-pongs,
 * revisits and durations are the journeys' own). Returns, concurrent journeys and the cases per
 * journey are counted in SQL as `customerReport` counts them. Not part of the public API.
 *
 * @example
 * await duckdbCustomerReport(connection, journeyReport, { journeyGap: null, returnWindow: 10080 });
 */
export async function duckdbCustomerReport(
  connection: Connection,
  journeys: LogReport,
  options: { journeyGap: number | null; returnWindow: number },
): Promise<CustomerReport> {
  const window = Math.round(options.returnWindow * MICROS_PER_MINUTE);
  // a case is a return when it starts at or after the end of an earlier case of one of its
  // customers (earlier: by first event, ties in case order), and at most the window after it
  const sql = `
WITH pairs AS (SELECT c.customer, c.case_id, b.first_t, b.last_t, b.case_rank FROM hukka_unit_customer_cases c JOIN hukka_unit_case_bounds b ON b.case_id = c.case_id),
per_journey AS (SELECT customer, journey_no, COUNT(*) AS cases FROM hukka_unit_journey_numbers GROUP BY customer, journey_no),
returns AS (SELECT DISTINCT c.case_id FROM pairs c JOIN pairs e ON e.customer = c.customer
  WHERE e.last_t <= c.first_t AND e.last_t >= c.first_t - ${window} AND (e.first_t < c.first_t OR (e.first_t = c.first_t AND e.case_rank < c.case_rank)))
SELECT
  (SELECT COUNT(DISTINCT customer) FROM hukka_unit_customer_cases) AS customers,
  (SELECT COUNT(DISTINCT case_id) FROM hukka_unit_customer_cases) AS cases,
  (SELECT COUNT(*) FROM hukka_unit_case_bounds) AS all_cases,
  (SELECT COUNT(*) FROM (SELECT case_id FROM hukka_unit_customer_cases GROUP BY case_id HAVING COUNT(*) > 1)) AS several,
  (SELECT COUNT(*) FROM per_journey) AS journeys,
  (SELECT CAST(SUM(cases) AS DOUBLE) FROM per_journey) AS journey_cases,
  (SELECT CAST(median(cases) AS DOUBLE) FROM per_journey) AS median_cases,
  (SELECT MAX(cases) FROM per_journey) AS max_cases,
  (SELECT COUNT(*) FROM (SELECT DISTINCT j.customer, n.journey_no FROM hukka_unit_journey_cases j
     JOIN hukka_unit_journey_numbers n ON n.case_id = j.case_id AND n.customer = j.customer WHERE j.first_t < j.previous_end)) AS concurrent,
  (SELECT COUNT(*) FROM returns) AS returns`;
  const row = (await connection.runAndReadAll(sql)).getRowObjectsJS()[0]!;
  const n = (key: string) => Number(row[key] ?? 0);
  const journeyCount = n("journeys");
  const withCustomer = n("cases");
  return {
    customers: n("customers"),
    cases: withCustomer,
    journeys: journeyCount,
    casesPerJourney: { mean: journeyCount === 0 ? 0 : n("journey_cases") / journeyCount, median: n("median_cases"), max: n("max_cases") },
    concurrentJourneys: n("concurrent"),
    handoffs: journeys.handoffs,
    pingPongs: journeys.pingPongs,
    revisits: journeys.revisits,
    journeyMinutes: journeys.caseMinutes,
    returns: n("returns"),
    returnShare: withCustomer === 0 ? 0 : n("returns") / withCustomer,
    casesWithSeveralCustomers: n("several"),
    eventsWithSeveralCustomers: 0,
    casesWithoutCustomer: n("all_cases") - withCustomer,
    returnWindowMinutes: options.returnWindow,
    journeyGapMinutes: options.journeyGap,
  };
}
