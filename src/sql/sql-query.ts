/** One step of a query: a common table expression, which reads the steps before it. */
export interface SqlStep {
  readonly name: string;
  readonly sql: string;
  /** Read by several later steps: worth computing once where the engine can keep it. */
  readonly kept?: boolean;
}

/**
 * One of hukka's aggregations as its steps and the final `SELECT` that reads them: written as
 * one statement for a warehouse (`withStatement`), or run step by step by the DuckDB engine,
 * each step a table of its own. Not part of the public API.
 */
export interface SqlQuery {
  readonly steps: readonly SqlStep[];
  readonly select: string;
}

/**
 * The query as one statement, `WITH` its steps; `kept` steps get the dialect's `MATERIALIZED`.
 *
 * @example
 * withStatement({ steps: [{ name: "a", sql: "SELECT 1 AS x" }], select: "SELECT x FROM a" }, "");
 * // "WITH a AS (\nSELECT 1 AS x\n)\nSELECT x FROM a"
 */
export function withStatement(query: SqlQuery, materialized: string): string {
  const steps = query.steps.map((step) => `${step.name} AS ${step.kept && materialized !== "" ? `${materialized} ` : ""}(\n${step.sql}\n)`);
  return `WITH ${steps.join(",\n")}\n${query.select}`;
}
