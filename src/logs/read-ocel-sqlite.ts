import { EventLogError } from "./event-log-error.js";
import type { OcelLogBuilder } from "./ocel-log-builder.js";

interface SqlJsStatement {
  step(): boolean;
  get(): (string | number | null | Uint8Array)[];
  free(): void;
}
interface SqlJsDatabase {
  prepare(sql: string): SqlJsStatement;
  close(): void;
}
type SqlJsInit = () => Promise<{ Database: new (bytes: Uint8Array) => SqlJsDatabase }>;

/** sql.js, an optional dependency: SQLite compiled to WebAssembly, loaded only for an SQLite log. */
async function loadSqlJs(): Promise<SqlJsInit> {
  try {
    const name = "sql.js";
    const module = (await import(/* @vite-ignore */ name)) as { default?: SqlJsInit };
    return (module.default ?? (module as unknown as SqlJsInit));
  } catch {
    throw new EventLogError(
      "sqlite_unavailable",
      "reading an OCEL SQLite log needs the package sql.js (SQLite in WebAssembly): npm install sql.js — or export the log as OCEL 2.0 JSON or XML",
    );
  }
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

function rows(db: SqlJsDatabase, sql: string, table: string): (string | number | null | Uint8Array)[][] {
  let statement: SqlJsStatement;
  try {
    statement = db.prepare(sql);
  } catch (e) {
    throw new EventLogError("not_ocel", `not an OCEL 2.0 SQLite log: ${(e as Error).message} (the table ${table} of the standard's layout is missing or different)`);
  }
  const out: (string | number | null | Uint8Array)[][] = [];
  try {
    while (statement.step()) out.push(statement.get());
  } finally {
    statement.free();
  }
  return out;
}

const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

/**
 * Reads an OCEL 2.0 SQLite database (the standard's tables `event`, `event_map_type`,
 * `event_<type>`, `object`, `object_map_type`, `event_object`) into the builder through sql.js.
 * SQLite needs the whole file in memory, so unlike JSON and XML this format is not streamed.
 * Events come in the order of the `event` table's rows.
 */
export async function readOcelSqlite(chunks: AsyncIterable<Uint8Array>, builder: OcelLogBuilder, departmentAttribute: string | undefined): Promise<void> {
  const init = await loadSqlJs();
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    parts.push(c);
    size += c.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  parts.length = 0;
  const SQL = await init();
  const db = new SQL.Database(bytes);
  try {
    for (const [type] of rows(db, "SELECT ocel_type FROM object_map_type", "object_map_type")) builder.objectTypeDeclared(str(type) ?? "");
    const eventTables = rows(db, "SELECT ocel_type, ocel_type_map FROM event_map_type", "event_map_type");
    /** Per event id: its time and department attribute, from the table of its type. */
    const details = new Map<string, { time: string | undefined; department: string | undefined }>();
    for (const [type, map] of eventTables) {
      const table = `event_${str(map) ?? ""}`;
      const columns = rows(db, `PRAGMA table_info(${quoteName(table)})`, table).map((r) => String(r[1]));
      builder.eventTypeDeclared(str(type) ?? "", columns.filter((c) => c !== "ocel_id" && c !== "ocel_time"));
      const withDepartment = departmentAttribute !== undefined && columns.includes(departmentAttribute);
      const sql = `SELECT ocel_id, ocel_time${withDepartment ? `, ${quoteName(departmentAttribute!)}` : ""} FROM ${quoteName(table)}`;
      for (const [id, time, department] of rows(db, sql, table)) details.set(String(id), { time: str(time), department: withDepartment ? (str(department) ?? "") : undefined });
    }
    let place = 0;
    for (const [id, type] of rows(db, "SELECT ocel_id, ocel_type FROM object ORDER BY rowid", "object")) builder.object(str(id), str(type), ++place);
    const related = new Map<string, string[]>();
    for (const [event, object] of rows(db, "SELECT ocel_event_id, ocel_object_id FROM event_object ORDER BY rowid", "event_object")) {
      const key = String(event);
      const list = related.get(key);
      if (list) list.push(String(object));
      else related.set(key, [String(object)]);
    }
    place = 0;
    for (const [id, type] of rows(db, "SELECT ocel_id, ocel_type FROM event ORDER BY rowid", "event")) {
      const key = str(id) ?? "";
      const d = details.get(key);
      builder.event(str(id), str(type), d?.time, d?.department, related.get(key) ?? [], ++place);
    }
  } finally {
    db.close();
  }
}
