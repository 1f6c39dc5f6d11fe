type DuckDB = typeof import("@duckdb/node-api");
type Instance = Awaited<ReturnType<DuckDB["DuckDBInstance"]["create"]>>;
type Connection = Awaited<ReturnType<Instance["connect"]>>;

/** A connection of its own for one read of a log, and how to end it. */
export interface DuckDBSession {
  readonly connection: Connection;
  /** Closes the connection (its temporary tables and views go with it) and the instance, or keeps the instance for the next small log. */
  close(): Promise<void>;
}

/**
 * Global settings the engine changes on its connection (`duckdbMine`), set back before the
 * instance is used again: DuckDB keeps them per instance, not per connection.
 */
const CHANGED_SETTINGS = ["preserve_insertion_order"];

/** The instance kept for the next small log, with its settings as made; null while none is idle (never made, or in use). */
let idle: { instance: Instance; settings: string } | null = null;

/** Every setting of the instance, and how many tables and views it holds outside a connection's temporary ones. */
const STATE = `SELECT (SELECT string_agg(name || '=' || coalesce(value, ''), ';' ORDER BY name) FROM duckdb_settings()) AS settings,
  (SELECT count(*) FROM duckdb_tables() WHERE NOT temporary) + (SELECT count(*) FROM duckdb_views() WHERE NOT internal AND NOT temporary) AS tables`;

/** Whether an instance made with `config` may serve another log: in memory, one thread, no other setting. */
const reusable = (database: string, config: Record<string, string>) =>
  database === ":memory:" && Object.keys(config).length === 1 && config["threads"] === "1";

/**
 * Opens a DuckDB connection for one log. A log read in memory by one thread and no other
 * setting (every small file: `duckdbThreads`) takes the instance the last such log left idle,
 * if there is one: making an instance and warming it costs about as much CPU as the whole
 * engine's work on a small log (docs/decisions/sql.md). Each log has the instance to itself
 * while it runs (a second log at the same time gets a new one), its temporary tables live and
 * die with its connection, and the settings it changed are set back; the instance is kept only
 * if every setting is then as it was made and it holds no table or view of its own, else (or
 * when it no longer answers) it is closed. Any other setting (a
 * database, memory limit, temporary directory, threads) gets an instance of its own, closed
 * afterwards. Not part of the public API.
 *
 * @example
 * const session = await openDuckDB(await import("@duckdb/node-api"), ":memory:", { threads: "1" });
 * try { await session.connection.run("SELECT 1"); } finally { await session.close(); }
 */
export async function openDuckDB(duckdb: DuckDB, database: string, config: Record<string, string>): Promise<DuckDBSession> {
  const keep = reusable(database, config);
  const kept = keep ? idle : null;
  if (kept !== null) idle = null;
  const connected = kept === null ? null : await kept.instance.connect().catch(() => null); // one that no longer answers is left to the garbage collector
  const instance = connected === null ? await duckdb.DuckDBInstance.create(database, config) : kept!.instance;
  const connection = connected ?? (await instance.connect());
  const settings = connected !== null ? kept!.settings : keep ? await state(connection).then((s) => s?.settings ?? null) : null;
  return {
    connection,
    async close() {
      const after = settings === null ? null : await reset(connection);
      connection.closeSync();
      const clean = settings !== null && after !== null && after.settings === settings && after.tables === 0;
      if (clean && idle === null) idle = { instance, settings };
      else instance.closeSync();
    },
  };
}

/** The instance's settings and tables (see STATE); null when the connection no longer answers. */
async function state(connection: Connection): Promise<{ settings: string; tables: number } | null> {
  try {
    const row = (await connection.runAndReadAll(STATE)).getRowObjectsJS()[0]!;
    return { settings: String(row["settings"]), tables: Number(row["tables"]) };
  } catch {
    return null;
  }
}

/** Sets back what the engine changed, and reads the state the instance is left in; null when it no longer answers (it is not kept then). */
async function reset(connection: Connection): Promise<{ settings: string; tables: number } | null> {
  try {
    for (const name of CHANGED_SETTINGS) await connection.run(`RESET ${name}`);
  } catch {
    return null;
  }
  return state(connection);
}
