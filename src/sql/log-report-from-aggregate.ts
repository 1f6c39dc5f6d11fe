import type { HandoffCount } from "../analysis/report.js";
import type { DirectlyFollows, LogReport, Variant } from "../log-report/log-report.js";
import type { MinutesSummary } from "../log-report/minutes-summary.js";
import type { AggregateNumber, LogAggregateRow } from "./log-aggregate-row.js";

const MICROS_PER_MINUTE = 60_000_000;

const TOTALS = [
  "cases",
  "events",
  "activities",
  "departments",
  "handoffs",
  "ping_pongs",
  "revisits",
  "repeats",
  "cases_with_handoff",
  "cases_with_ping_pong",
  "cases_with_revisit",
  "variants",
] as const;

type Total = (typeof TOTALS)[number];

const isTotal = (name: string): name is Total => (TOTALS as readonly string[]).includes(name);

/** A pair ranked where it first occurs: first case, then position in it. */
interface Ranked {
  rank: number;
  position: number;
}

function numberOf(value: AggregateNumber, where: string, column: string): number {
  const n = typeof value === "string" ? (value.trim() === "" ? NaN : Number(value)) : Number(value);
  if (value === null || !Number.isFinite(n)) throw new TypeError(`logReportFromAggregate: ${where}: ${column} must be a number, not ${JSON.stringify(String(value))}`);
  return n;
}

function nameOf(value: string | null, where: string, column: string): string {
  if (typeof value !== "string") throw new TypeError(`logReportFromAggregate: ${where}: ${column} must be a name, not ${JSON.stringify(value)}`);
  return value;
}

/** Most frequent first; equal counts in order of first occurrence, as `analyseLog` lists them. */
const byCountThenFirst = (a: { count: number } & Ranked, b: { count: number } & Ranked) => b.count - a.count || a.rank - b.rank || a.position - b.position;

function summary(row: LogAggregateRow | undefined, where: string): MinutesSummary {
  if (row === undefined) return { count: 0, meanMinutes: null, medianMinutes: null };
  const count = numberOf(row.n, where, "n");
  if (count === 0) return { count: 0, meanMinutes: null, medianMinutes: null };
  return {
    count,
    meanMinutes: numberOf(row.micros, where, "micros") / count / MICROS_PER_MINUTE,
    medianMinutes: numberOf(row.median_micros, where, "median_micros") / MICROS_PER_MINUTE,
  };
}

/**
 * Builds the `LogReport` of `analyseLog` from the rows of the aggregate that `logAggregateSql`
 * computes in a database or warehouse: the last step of the SQL route, pure and small (its
 * input grows with activities, departments and variants, not with events). The rows may come
 * in any order; equal counts are listed in order of first occurrence, as `analyseLog` does.
 *
 * @example
 * const rows = await pg.query(logAggregateSql(mapping, { dialect: "postgres" }));
 * const report = logReportFromAggregate(rows.rows);
 * report.handoffs; // as analyseLog(await readEventLog(…)) counts them
 */
export function logReportFromAggregate(rows: readonly LogAggregateRow[]): LogReport {
  const totals = new Map<Total, number>();
  const handoffs: (HandoffCount & Ranked)[] = [];
  const follows: (DirectlyFollows & Ranked)[] = [];
  const variantSteps = new Map<number, { count: number; steps: { position: number; activity: string }[] }>();
  const minutes = new Map<string, LogAggregateRow>();
  let skippedRows = 0;
  rows.forEach((row, i) => {
    const where = `row ${i} (${row.part})`;
    const num = (column: "n" | "micros" | "rank" | "position") => numberOf(row[column], where, column);
    switch (row.part) {
      case "total": {
        const name = nameOf(row.name, where, "name");
        // rows the DuckDB engine skipped as bad (skipBadRows): not part of the SQL's own totals
        if (name === "skipped_rows") {
          skippedRows = num("n");
          break;
        }
        if (!isTotal(name)) throw new TypeError(`logReportFromAggregate: ${where}: unknown total ${JSON.stringify(name)} (known: ${TOTALS.join(", ")}, skipped_rows)`);
        // SUM over no cases is NULL in SQL: no cases, nothing counted
        totals.set(name, row.n === null ? 0 : num("n"));
        break;
      }
      case "handoff":
        handoffs.push({ from: nameOf(row.name, where, "name"), to: nameOf(row.next_name, where, "next_name"), count: num("n"), rank: num("rank"), position: num("position") });
        break;
      case "follows": {
        const count = num("n");
        follows.push({
          from: nameOf(row.name, where, "name"),
          to: nameOf(row.next_name, where, "next_name"),
          count,
          meanMinutes: num("micros") / count / MICROS_PER_MINUTE,
          rank: num("rank"),
          position: num("position"),
        });
        break;
      }
      case "variant": {
        const rank = num("rank");
        const variant = variantSteps.get(rank) ?? { count: num("n"), steps: [] };
        variant.steps.push({ position: num("position"), activity: nameOf(row.name, where, "name") });
        variantSteps.set(rank, variant);
        break;
      }
      case "minutes":
        minutes.set(nameOf(row.name, where, "name"), row);
        break;
      default:
        throw new TypeError(`logReportFromAggregate: ${where}: unknown part ${JSON.stringify(row.part)} (known: total, handoff, follows, variant, minutes)`);
    }
  });
  const missing = TOTALS.filter((t) => !totals.has(t));
  if (missing.length > 0) throw new TypeError(`logReportFromAggregate: the aggregate lacks the totals ${missing.join(", ")}: pass every row of the query`);
  const total = (name: Total) => totals.get(name)!;
  const variants: Variant[] = [...variantSteps.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, v]) => ({ activities: v.steps.sort((a, b) => a.position - b.position).map((s) => s.activity), count: v.count }));
  return {
    cases: total("cases"),
    events: total("events"),
    activities: total("activities"),
    departments: total("departments"),
    handoffs: total("handoffs"),
    pingPongs: total("ping_pongs"),
    revisits: total("revisits"),
    repeats: total("repeats"),
    casesWithHandoff: total("cases_with_handoff"),
    casesWithPingPong: total("cases_with_ping_pong"),
    casesWithRevisit: total("cases_with_revisit"),
    handoffsByPair: handoffs.sort(byCountThenFirst).map(({ from, to, count }) => ({ from, to, count })),
    directlyFollows: follows.sort(byCountThenFirst).map(({ from, to, count, meanMinutes }) => ({ from, to, count, meanMinutes })),
    variants,
    variantCount: total("variants"),
    caseMinutes: summary(minutes.get("cases"), "minutes of cases"),
    waiting: { departmentChanges: summary(minutes.get("changes"), "minutes of changes"), departmentStays: summary(minutes.get("stays"), "minutes of stays") },
    skippedRows,
  };
}
