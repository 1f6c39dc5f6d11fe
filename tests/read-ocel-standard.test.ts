// The hand-written OCEL test logs are standard OCEL 2.0, not a dialect of hukka's reader: each
// validates against a schema written from the OCEL 2.0 specification (Berti et al., OCEL
// (Object-Centric Event Log) 2.0 Specification, 2023) — XML Schema checked by libxml2
// (xmllint-wasm), JSON Schema by Ajv with referential integrity checked beside it — and the
// same municipal log stored in the standard's SQLite layout (written here with sql.js) reads
// as the JSON does.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import initSqlJs from "sql.js";
import { describe, expect, test } from "vitest";
import { validateXML } from "xmllint-wasm";
import { analyseLog, readOcel } from "../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ocel/${name}`, import.meta.url), "utf8");
const MUNICIPAL = { customer: "citizen", case: ["application", "complaint"], department: "office" };

interface OcelJson {
  objectTypes: { name: string; attributes: { name: string; type: string }[] }[];
  eventTypes: { name: string; attributes: { name: string; type: string }[] }[];
  objects: { id: string; type: string; attributes?: { name: string; time: string; value: string }[]; relationships?: { objectId: string }[] }[];
  events: { id: string; type: string; time: string; attributes?: { name: string; value: string }[]; relationships?: { objectId: string; qualifier: string }[] }[];
}

/** What JSON Schema cannot say: ids unique, types declared, relationships naming objects of the log. */
function integrityProblems(log: OcelJson): string[] {
  const problems: string[] = [];
  const objects = new Set(log.objects.map((o) => o.id));
  const objectTypes = new Set(log.objectTypes.map((t) => t.name));
  const eventTypes = new Set(log.eventTypes.map((t) => t.name));
  if (objects.size !== log.objects.length) problems.push("duplicate object id");
  if (new Set(log.events.map((e) => e.id)).size !== log.events.length) problems.push("duplicate event id");
  for (const o of log.objects) if (!objectTypes.has(o.type)) problems.push(`object ${o.id}: undeclared type ${o.type}`);
  for (const e of log.events) if (!eventTypes.has(e.type)) problems.push(`event ${e.id}: undeclared type ${e.type}`);
  for (const x of [...log.objects, ...log.events]) for (const r of x.relationships ?? []) if (!objects.has(r.objectId)) problems.push(`${x.id}: unknown object ${r.objectId}`);
  return problems;
}

describe("the hand-written OCEL logs are standard OCEL 2.0", () => {
  test("municipal.xmlocel is valid against the OCEL 2.0 XML schema, and a broken reference is not", async () => {
    const schema = fixture("ocel20.xsd");
    const valid = await validateXML({ xml: [{ fileName: "municipal.xmlocel", contents: fixture("municipal.xmlocel") }], schema: [schema] });
    expect(valid.errors).toEqual([]);
    expect(valid.valid).toBe(true);
    const broken = fixture("municipal.xmlocel").replace('object-id="K1" qualifier="complaint"/>\n        <relationship object-id="registry"', 'object-id="K9" qualifier="complaint"/>\n        <relationship object-id="registry"');
    const invalid = await validateXML({ xml: [{ fileName: "broken.xmlocel", contents: broken }], schema: [schema] });
    expect(invalid.valid).toBe(false);
    expect(invalid.errors.map((e) => e.message).join("\n")).toContain("K9");
  });

  test("municipal.jsonocel is valid against the OCEL 2.0 JSON schema, ids and references included", () => {
    // the standard schema gives an attribute's value a union type ("type": [string, number,
    // boolean]), which Ajv's strict mode allows only when told so (else a warning on stderr)
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fixture("ocel20.schema.json")));
    const log = JSON.parse(fixture("municipal.jsonocel")) as OcelJson;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(integrityProblems(log)).toEqual([]);
    // the schema has teeth: an event without a time, or with a time that is no date-time, fails
    expect(validate({ ...log, events: [{ id: "x", type: "submit" }] })).toBe(false);
    expect(validate({ ...log, events: [{ id: "x", type: "submit", time: "9.3.2024" }] })).toBe(false);
  });

  test("the JSON and XML files hold the same log", () => {
    const json = JSON.parse(fixture("municipal.jsonocel")) as OcelJson;
    const xml = fixture("municipal.xmlocel");
    const xmlEvents = [...xml.matchAll(/<event id="([^"]+)" type="([^"]+)" time="([^"]+)">([\s\S]*?)<\/event>/g)].map((m) => ({
      id: m[1],
      type: m[2],
      time: m[3],
      related: [...m[4]!.matchAll(/object-id="([^"]+)"/g)].map((r) => r[1]),
    }));
    expect(xmlEvents).toEqual(json.events.map((e) => ({ id: e.id, type: e.type, time: e.time, related: (e.relationships ?? []).map((r) => r.objectId) })));
  });
});

describe("OCEL 2.0 SQLite", () => {
  /** The municipal log in the standard's relational layout (event, event_<type>, object, event_object, the map tables). */
  async function municipalSqlite(): Promise<Uint8Array> {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    const log = JSON.parse(fixture("municipal.jsonocel")) as OcelJson;
    db.run("CREATE TABLE event (ocel_id TEXT PRIMARY KEY, ocel_type TEXT)");
    db.run("CREATE TABLE event_map_type (ocel_type TEXT, ocel_type_map TEXT)");
    db.run("CREATE TABLE object (ocel_id TEXT PRIMARY KEY, ocel_type TEXT)");
    db.run("CREATE TABLE object_map_type (ocel_type TEXT, ocel_type_map TEXT)");
    db.run("CREATE TABLE event_object (ocel_event_id TEXT, ocel_object_id TEXT, ocel_qualifier TEXT)");
    db.run("CREATE TABLE object_object (ocel_source_id TEXT, ocel_target_id TEXT, ocel_qualifier TEXT)");
    for (const t of log.eventTypes) {
      const map = t.name.replace(/\W/g, "");
      db.run("INSERT INTO event_map_type VALUES (?, ?)", [t.name, map]);
      db.run(`CREATE TABLE event_${map} (ocel_id TEXT, ocel_time TIMESTAMP${t.attributes.map((a) => `, "${a.name}" TEXT`).join("")})`);
    }
    for (const t of log.objectTypes) {
      const map = t.name.replace(/\W/g, "");
      db.run("INSERT INTO object_map_type VALUES (?, ?)", [t.name, map]);
      db.run(`CREATE TABLE object_${map} (ocel_id TEXT, ocel_time TIMESTAMP, ocel_changed_field TEXT)`);
    }
    for (const o of log.objects) db.run("INSERT INTO object VALUES (?, ?)", [o.id, o.type]);
    for (const e of log.events) {
      db.run("INSERT INTO event VALUES (?, ?)", [e.id, e.type]);
      const type = log.eventTypes.find((t) => t.name === e.type)!;
      const values = type.attributes.map((a) => e.attributes?.find((x) => x.name === a.name)?.value ?? null);
      db.run(`INSERT INTO event_${e.type.replace(/\W/g, "")} VALUES (?, ?${values.map(() => ", ?").join("")})`, [e.id, e.time.replace("T", " ").replace("Z", ""), ...values]);
      for (const r of e.relationships ?? []) db.run("INSERT INTO event_object VALUES (?, ?, ?)", [e.id, r.objectId, r.qualifier]);
    }
    const bytes = db.export();
    db.close();
    return bytes;
  }

  test("the municipal log as an OCEL 2.0 SQLite database reads as the JSON does", async () => {
    const sqlite = await municipalSqlite();
    const fromSqlite = await readOcel(sqlite, MUNICIPAL);
    const fromJson = await readOcel(fixture("municipal.jsonocel"), MUNICIPAL);
    expect(analyseLog(fromSqlite)).toEqual(analyseLog(fromJson));
    expect(analyseLog(fromSqlite).customers!.returns).toBe(2);
  });
});
