import { JSONParser } from "@streamparser/json";
import { EventLogError } from "./event-log-error.js";
import type { OcelLogBuilder } from "./ocel-log-builder.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const text = (value: Json | undefined): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;

const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);

const field = (record: Json, key: string): Json | undefined =>
  record !== null && typeof record === "object" && !Array.isArray(record) && Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * Reads OCEL 2.0 JSON text chunks into the builder with a streaming JSON parser
 * (@streamparser/json): each entry of `objectTypes`, `eventTypes`, `objects` and `events` is
 * handed over as it completes and then dropped, so memory holds one entry, not the file.
 * The top-level arrays may come in any order.
 */
export async function readOcelJson(texts: AsyncIterable<string>, builder: OcelLogBuilder, departmentAttribute: string | undefined): Promise<void> {
  const parser = new JSONParser({ paths: ["$.objectTypes.*", "$.eventTypes.*", "$.objects.*", "$.events.*"], keepStack: false });
  const places = { objects: 0, events: 0 };
  let failure: unknown = null;
  parser.onError = (e) => {
    failure ??= new EventLogError("json_error", `not well-formed JSON: ${e.message}`);
  };
  parser.onValue = ({ value, stack }) => {
    if (failure !== null) return;
    try {
      const section = stack[1]?.key;
      const record = value as Json;
      if (section === "objectTypes") builder.objectTypeDeclared(text(field(record, "name")) ?? "");
      else if (section === "eventTypes") {
        const attributes = list(field(record, "attributes")).map((a) => text(field(a, "name")) ?? "");
        builder.eventTypeDeclared(text(field(record, "name")) ?? "", attributes);
      } else if (section === "objects") {
        builder.object(text(field(record, "id")), text(field(record, "type")), ++places.objects);
      } else if (section === "events") {
        let department: string | undefined;
        if (departmentAttribute !== undefined) {
          for (const a of list(field(record, "attributes"))) if (text(field(a, "name")) === departmentAttribute) department = text(field(a, "value")) ?? "";
        }
        const related: string[] = [];
        for (const r of list(field(record, "relationships"))) {
          const id = text(field(r, "objectId"));
          if (id !== undefined) related.push(id);
        }
        builder.event(text(field(record, "id")), text(field(record, "type")), text(field(record, "time")), department, related, ++places.events);
      }
    } catch (e) {
      failure = e;
    }
  };
  for await (const chunk of texts) {
    if (failure !== null) break;
    try {
      parser.write(chunk);
    } catch (e) {
      failure ??= new EventLogError("json_error", `not well-formed JSON: ${(e as Error).message}`);
    }
  }
  if (failure === null && !parser.isEnded) failure = new EventLogError("json_error", "not well-formed JSON: the text ends inside the log (is the file cut short?)");
  if (failure !== null) throw failure;
}
