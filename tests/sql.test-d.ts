import { expectTypeOf, test } from "vitest";
import type { LogReport } from "../src/index.js";
import {
  duckdbLogAggregate,
  logAggregateSql,
  logReportFromAggregate,
  sqlDialects,
  type AggregateNumber,
  type LogAggregateRow,
  type SqlDialectName,
  type SqlLogMapping,
} from "../src/sql/index.js";

test("hukka/sql is typed", () => {
  expectTypeOf(logReportFromAggregate).returns.toEqualTypeOf<LogReport>();
  expectTypeOf(logAggregateSql).returns.toEqualTypeOf<string>();
  expectTypeOf(duckdbLogAggregate).returns.resolves.toEqualTypeOf<LogAggregateRow[]>();
  expectTypeOf<keyof typeof sqlDialects>().toEqualTypeOf<SqlDialectName>();
  expectTypeOf<SqlDialectName>().toEqualTypeOf<"duckdb" | "postgres" | "spark" | "bigquery">();
  // drivers give numbers, bigints or decimal strings
  expectTypeOf<AggregateNumber>().toEqualTypeOf<number | bigint | string | null>();
  expectTypeOf<{ source: string; case: string; activity: string; timestamp: string }>().toExtend<SqlLogMapping>();
  // @ts-expect-error a mapping needs the source
  const noSource: SqlLogMapping = { case: "c", activity: "a", timestamp: "t" };
  void noSource;
});
