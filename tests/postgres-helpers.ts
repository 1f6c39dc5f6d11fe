// The PostgreSQL server of the SQL dialect tests: the throwaway one of scripts/test-postgres.sh
// (started by .ci/run), its URL in HUKKA_TEST_POSTGRES. Outside CI a test without a server is
// skipped with one note; on CI it fails, never skips.
import pg from "pg";
import { afterAll, test } from "vitest";

/** The server's URL: `HUKKA_TEST_POSTGRES` (unset or empty: the one scripts/test-postgres.sh starts). */
export const POSTGRES_URL = process.env.HUKKA_TEST_POSTGRES || "postgres://postgres@127.0.0.1:54329/postgres";

/** The note of a PostgreSQL test skipped for want of a server (outside CI), printed once at the end of a run: what is missing and how to run these tests. */
export const NO_POSTGRES = `need PostgreSQL for the SQL dialect tests, and none answers at ${POSTGRES_URL}: start one with \`bash scripts/test-postgres.sh\` and set HUKKA_TEST_POSTGRES to the URL it prints (.ci/run does both)`;

/** A client of the server, its time zone UTC (timestamps without an offset are UTC, as readEventLog reads them), or why it could not connect. */
async function connectPostgres(): Promise<pg.Client | Error> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SET TIME ZONE 'UTC'");
    return client;
  } catch (e) {
    await client.end().catch(() => {});
    return e as Error;
  }
}

/**
 * The client of a test file (`connectPostgres`), ended after the file's tests; null when there is
 * no server, with a failing test in its place on CI (.ci/run always provides the server): the
 * file's tests skip with `NO_POSTGRES` only outside CI.
 */
export async function postgresForFile(): Promise<pg.Client | null> {
  const client = await connectPostgres();
  if (!(client instanceof Error)) {
    afterAll(() => client.end());
    return client;
  }
  if (process.env.CI === "true") {
    test("PostgreSQL is reachable for the SQL tests", () => {
      throw new Error(`cannot reach PostgreSQL at ${POSTGRES_URL} (${client.message}): .ci/run starts it with scripts/test-postgres.sh`);
    });
  }
  return null;
}
