import { SaxesParser, type SaxesTagPlain } from "saxes";
import { EventLogError } from "./event-log-error.js";
import type { OcelLogBuilder } from "./ocel-log-builder.js";

/**
 * Reads OCEL 2.0 XML text chunks into the builder with saxes, the streaming parser XES is read
 * with (no entity expansion; a DOCTYPE is refused). Only what the mapping can use is kept:
 * type names, objects' ids and types, and of each event its id, type, time, department
 * attribute and related object ids. A relationship is `<relationship object-id="…">` (the
 * specification's examples) or `<object object-id="…">` (its schema); both are read.
 */
export async function readOcelXml(texts: AsyncIterable<string>, builder: OcelLogBuilder, departmentAttribute: string | undefined): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const path: string[] = [];
  const places = { objects: 0, events: 0 };
  let typeName = "";
  let typeAttributes: string[] = [];
  let event: { id?: string; type?: string; time?: string; department?: string; related: string[]; line: number } | null = null;
  let attributeText: string[] | null = null;

  parser.on("doctype", () => {
    throw new EventLogError("xml_entities", `line ${parser.line}: the OCEL file declares a DOCTYPE; hukka refuses DOCTYPEs because entity expansion is unsafe: remove the DOCTYPE`, { line: parser.line });
  });
  parser.on("error", (e) => {
    throw new EventLogError("xml_error", `not well-formed XML: ${e.message}`, { line: parser.line });
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const parent = path[path.length - 1];
    const grand = path[path.length - 2];
    const a = tag.attributes as Record<string, string | undefined>;
    if (path.length === 0 && tag.name !== "log") {
      throw new EventLogError("not_ocel", `the XML root element is <${tag.name}>, not <log>: this is not an OCEL 2.0 log`, { line: parser.line });
    }
    if (path.length === 1 && tag.name === "trace") {
      throw new EventLogError("not_ocel", `line ${parser.line}: a <trace> element: this is an XES log, not OCEL; read it without the OCEL options`, { line: parser.line });
    }
    if ((tag.name === "object-type" || tag.name === "event-type") && path.length === 2) {
      typeName = a.name ?? "";
      typeAttributes = [];
    } else if (tag.name === "attribute" && (grand === "event-type" || grand === "object-type")) {
      typeAttributes.push(a.name ?? "");
    } else if (tag.name === "object" && parent === "objects" && path.length === 2) {
      builder.object(a.id, a.type, ++places.objects);
    } else if (tag.name === "event" && parent === "events" && path.length === 2) {
      event = { id: a.id, type: a.type, time: a.time, related: [], line: parser.line };
    } else if (event !== null && tag.name === "attribute" && parent === "attributes" && grand === "event") {
      if (a.name === departmentAttribute) attributeText = [];
    } else if (event !== null && (tag.name === "relationship" || tag.name === "object") && parent === "objects" && grand === "event") {
      if (a["object-id"] !== undefined) event.related.push(a["object-id"]);
    }
    path.push(tag.name);
  });
  parser.on("text", (t) => {
    attributeText?.push(t);
  });
  parser.on("closetag", (tag) => {
    path.pop();
    if (tag.name === "object-type" && path.length === 2) builder.objectTypeDeclared(typeName);
    else if (tag.name === "event-type" && path.length === 2) builder.eventTypeDeclared(typeName, typeAttributes);
    else if (tag.name === "attribute" && attributeText !== null && event !== null) {
      event.department = attributeText.join("").trim();
      attributeText = null;
    } else if (tag.name === "event" && event !== null && path.length === 2) {
      const e = event;
      event = null;
      builder.event(e.id, e.type, e.time, e.department, e.related, ++places.events);
    }
  });
  for await (const chunk of texts) parser.write(chunk);
  parser.close();
}
