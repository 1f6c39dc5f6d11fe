import { EventLogBuilder } from "./event-log-builder.js";
import { EventLogError } from "./event-log-error.js";
import { MISSING_DEPARTMENT, NO_CUSTOMER, type EventLog } from "./event-log.js";
import { excerpt, excerptList } from "./excerpt.js";
import { StringTable } from "./string-table.js";
import type { TimestampParser } from "./timestamp-parser.js";

/**
 * Which object types and attributes of an object-centric event log (OCEL 2.0) give the
 * customer, the case and the department.
 *
 * @example
 * const mapping: OcelMapping = { customer: "citizen", case: "application", department: "office" };
 */
export interface OcelMapping {
  /** The object type of the customers: an event's related objects of this type are its customers. */
  customer: string;
  /**
   * The object type (or types, for cases of several kinds) whose related object is an event's
   * case: an event related to two such objects is in both cases; one related to none is a case
   * of its own, named `event ID`. Default: the customer, so each customer's events are one case
   * (an event of two customers is in both, each copy naming its own customer).
   */
  case?: string | readonly string[];
  /** An event attribute, or an object type whose related object (its id) is the event's department. */
  department?: string;
  /** Department values meaning "unknown"; an empty value always is. */
  missing?: readonly string[];
}

/** What the readers of the OCEL formats need besides the mapping. */
export interface OcelBuilderOptions {
  parseTime: TimestampParser;
  timestampHint: string;
  skipBadRows: boolean;
}

/**
 * Collects an OCEL 2.0 log as its formats stream it — types, objects and events in any order
 * — and builds the `EventLog` at the end, when every object's type is known: each event goes
 * into the case of each related case object, with its related customers. Memory holds the
 * events' ids, times and relationships (as interned numbers), never the file's text.
 * Not part of the public API.
 */
export class OcelLogBuilder {
  private readonly objects = new StringTable();
  /** Per object: its type's index in `objectTypes`, -1 while the object is only referred to. */
  private objectType = new Int32Array(1024).fill(-1);
  private readonly objectTypes = new StringTable();
  private readonly declaredObjectTypes = new Set<string>();
  /** The first object of each object type, to name it when the type is not declared. */
  private readonly firstObjectOfType = new Map<string, string>();
  private readonly eventTypes = new StringTable();
  /** Attribute names declared by event types, for the department and for error messages. */
  private readonly eventAttributes = new Set<string>();
  private readonly activities = new StringTable();
  private readonly attributeValues = new StringTable();
  private readonly ids = new StringTable();
  private activity = new Uint32Array(1024);
  private time = new Float64Array(1024);
  /** Per event: index into `attributeValues` of the department attribute, or -1. */
  private attribute = new Int32Array(1024);
  private relationStart: number[] = [0];
  private relations: number[] = [];
  private count = 0;
  private sawAttribute = false;
  private readonly builder = new EventLogBuilder();

  constructor(
    private readonly mapping: OcelMapping,
    private readonly options: OcelBuilderOptions,
  ) {}

  get events(): number {
    return this.count;
  }

  objectTypeDeclared(name: string): void {
    this.declaredObjectTypes.add(name);
    this.objectTypes.intern(name);
  }

  eventTypeDeclared(name: string, attributes: readonly string[]): void {
    this.eventTypes.intern(name);
    for (const a of attributes) this.eventAttributes.add(a);
  }

  /** An object of the log; `type` undefined or empty is `missing_type`. */
  object(id: string | undefined, type: string | undefined, place: number): void {
    if (id === undefined || id === "") throw new EventLogError("missing_attribute", `object ${place}: no "id": every OCEL object needs one`, { event: place });
    if (type === undefined || type === "") throw new EventLogError("missing_type", `object ${excerpt(id)}: no "type": give it one of the object types (${excerptList(this.objectTypes.values)})`, { event: place });
    const o = this.objects.intern(id);
    this.ensureObjects();
    if (this.objectType[o]! >= 0) throw new EventLogError("duplicate_object", `object ${excerpt(id)} is given twice: object ids must be unique`, { event: place });
    this.objectType[o] = this.objectTypes.intern(type);
    if (!this.firstObjectOfType.has(type)) this.firstObjectOfType.set(type, id);
  }

  /**
   * An event of the log, in file order. `department` is the value of the department attribute
   * when the event has it. A bad time is a row problem (`skipBadRows` may skip it).
   */
  event(id: string | undefined, type: string | undefined, stamp: string | undefined, department: string | undefined, related: readonly string[], place: number): void {
    const name = id === undefined || id === "" ? `event ${place}` : `event ${excerpt(id)}`;
    if (id === undefined || id === "") throw new EventLogError("missing_attribute", `${name}: no "id": every OCEL event needs one`, { event: place });
    if (type === undefined || type === "") throw new EventLogError("missing_type", `${name}: no "type": name its event type`, { event: place });
    const time = stamp === undefined ? NaN : this.options.parseTime(stamp);
    if (Number.isNaN(time)) {
      const what = stamp === undefined || stamp === "" ? `no "time"` : `cannot read the time ${excerpt(stamp)}`;
      const message = `${name}: ${what}: expected ${this.options.timestampHint}`;
      if (this.options.skipBadRows) return this.builder.skip(message);
      throw new EventLogError(stamp === undefined || stamp === "" ? "missing_attribute" : "bad_timestamp", `${message} (or skip such events with skipBadRows, --skip-bad-rows)`, { event: place });
    }
    if (this.ids.intern(id) < this.count) throw new EventLogError("duplicate_event", `${name} is given twice: event ids must be unique`, { event: place });
    if (this.count === this.time.length) this.grow();
    const i = this.count++;
    this.activity[i] = this.activities.intern(type);
    this.time[i] = time;
    this.attribute[i] = department === undefined ? -1 : this.attributeValues.intern(department);
    if (department !== undefined) this.sawAttribute = true;
    for (const r of related) this.relations.push(this.objects.intern(r));
    this.relationStart.push(this.relations.length);
    this.ensureObjects();
  }

  private ensureObjects(): void {
    if (this.objects.size <= this.objectType.length) return;
    let size = this.objectType.length;
    while (size < this.objects.size) size *= 2;
    const next = new Int32Array(size).fill(-1, this.objectType.length);
    next.set(this.objectType);
    this.objectType = next;
  }

  private grow(): void {
    const size = this.time.length * 2;
    const activity = new Uint32Array(size);
    activity.set(this.activity);
    this.activity = activity;
    const time = new Float64Array(size);
    time.set(this.time);
    this.time = time;
    const attribute = new Int32Array(size);
    attribute.set(this.attribute);
    this.attribute = attribute;
  }

  /** The object type named by the mapping, or an error listing the log's object types. */
  private typeOf(name: string, role: string): number {
    const t = this.objectTypes.findRange(name, 0, name.length);
    if (t < 0) {
      throw new EventLogError(
        "missing_column",
        `no object type ${excerpt(name)} for the ${role} (object types: ${excerptList(closestFirst(this.objectTypes.values, name))})`,
      );
    }
    return t;
  }

  build(): EventLog {
    const { mapping } = this;
    if (this.objectTypes.size === 0 && this.count > 0) throw new EventLogError("not_ocel", "the log declares no object types: an OCEL 2.0 log lists them under \"objectTypes\" (JSON) or <object-types> (XML)");
    this.ensureObjects();
    for (const [type, id] of this.firstObjectOfType) {
      if (!this.declaredObjectTypes.has(type)) {
        throw new EventLogError("unknown_type", `object ${excerpt(id)}: the object type ${excerpt(type)} is not declared: add it to "objectTypes" (JSON) or <object-types> (XML)`);
      }
    }
    const customerType = this.typeOf(mapping.customer, "customer");
    const caseTypes = new Set(mapping.case === undefined ? [customerType] : (typeof mapping.case === "string" ? [mapping.case] : mapping.case).map((t) => this.typeOf(t, "case")));
    const casePerCustomer = mapping.case === undefined;
    let eventsWithSeveralCustomers = 0;
    let departmentType = -1;
    if (mapping.department !== undefined) {
      const d = mapping.department;
      departmentType = this.objectTypes.findRange(d, 0, d.length);
      if (departmentType < 0 && !this.sawAttribute && !this.eventAttributes.has(d)) {
        const names = [...this.objectTypes.values, ...this.eventAttributes];
        throw new EventLogError(
          "missing_column",
          `no event attribute or object type ${excerpt(d)} for the department (object types and event attributes: ${excerptList(closestFirst(names, d))})`,
        );
      }
    }
    const missing = new Set(mapping.missing ?? []);
    const builder = this.builder;
    /** Department of each attribute value, interned once. */
    const departmentOfValue = new Int32Array(this.attributeValues.size).fill(-2);
    const departmentOfObject = new Map<number, number>();
    const named = (o: number) => {
      let d = departmentOfObject.get(o);
      if (d === undefined) {
        const id = this.objects.values[o]!;
        d = missing.has(id) ? MISSING_DEPARTMENT : builder.departments.intern(id);
        departmentOfObject.set(o, d);
      }
      return d;
    };
    for (let a = 0; a < this.activities.size; a++) {
      const type = this.activities.values[a]!;
      if (this.eventTypes.size > 0 && this.eventTypes.findRange(type, 0, type.length) < 0) {
        const i = this.activity.indexOf(a);
        throw new EventLogError(
          "unknown_type",
          `event ${excerpt(this.ids.values[i]!)}: the event type ${excerpt(type)} is not declared: add it to "eventTypes" (JSON) or <event-types> (XML)`,
          { event: i + 1 },
        );
      }
    }
    const cases: number[] = [];
    const customers: number[] = [];
    for (let i = 0; i < this.count; i++) {
      cases.length = 0;
      customers.length = 0;
      let department = MISSING_DEPARTMENT;
      for (let r = this.relationStart[i]!; r < this.relationStart[i + 1]!; r++) {
        const o = this.relations[r]!;
        const type = this.objectType[o]!;
        if (type < 0) {
          throw new EventLogError(
            "unknown_object",
            `event ${excerpt(this.ids.values[i]!)}: relates the object ${excerpt(this.objects.values[o]!)}, which the log does not have: add it to the objects, or remove the relationship`,
            { event: i + 1 },
          );
        }
        if (type === customerType && !customers.includes(o)) customers.push(o);
        if (caseTypes.has(type) && !cases.includes(o)) cases.push(o);
        if (type === departmentType && department === MISSING_DEPARTMENT) department = named(o);
      }
      if (departmentType < 0 && mapping.department !== undefined) {
        const v = this.attribute[i]!;
        if (v >= 0) {
          let d = departmentOfValue[v]!;
          if (d === -2) {
            const text = this.attributeValues.values[v]!;
            d = text === "" || missing.has(text) ? MISSING_DEPARTMENT : builder.departments.intern(text);
            departmentOfValue[v] = d;
          }
          department = d;
        }
      }
      if (customers.length > 1) eventsWithSeveralCustomers++;
      const customerIndices = customers.map((o) => builder.customers.intern(this.objects.values[o]!));
      const first = customerIndices.length > 0 ? customerIndices[0]! : NO_CUSTOMER;
      const more = customerIndices.length > 1 ? customerIndices.slice(1) : undefined;
      const activity = builder.activities.intern(this.activities.values[this.activity[i]!]!);
      const time = this.time[i]!;
      if (cases.length === 0) {
        builder.add(builder.cases.intern(`event ${this.ids.values[i]!}`), activity, department, time, NaN, first, more);
      } else if (casePerCustomer) {
        // each customer's copy of the event names that customer only: the case is theirs
        for (let k = 0; k < cases.length; k++) builder.add(builder.cases.intern(this.objects.values[cases[k]!]!), activity, department, time, NaN, customerIndices[k]!);
      } else {
        for (const o of cases) builder.add(builder.cases.intern(this.objects.values[o]!), activity, department, time, NaN, first, more);
      }
    }
    if (this.count === 0) throw new EventLogError("empty_log", "the log has no events");
    return { ...builder.build("ocel", true), eventsWithSeveralCustomers };
  }
}

/** Names sorted so that those closest to `wanted` come first (case-insensitive prefix, then the rest in order). */
function closestFirst(names: readonly string[], wanted: string): string[] {
  const w = wanted.toLowerCase();
  const score = (n: string) => {
    const l = n.toLowerCase();
    return l === w ? 0 : l.includes(w) || w.includes(l) ? 1 : 2;
  };
  return [...names].sort((a, b) => score(a) - score(b));
}
