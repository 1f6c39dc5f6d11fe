import { SaxesParser, type SaxesTagPlain } from "saxes";
import { closestNames, didYouMean } from "./closest-names.js";
import { EventLogError } from "./event-log-error.js";
import { excerpt, excerptList } from "./excerpt.js";
import type { LogFix } from "./log-fix.js";
import { MISSING_DEPARTMENT } from "./event-log.js";
import { badRow, type ReaderConfig } from "./reader-config.js";

/** One event of the open trace: the values of the attributes the mapping wants, by key. */
interface PendingEvent {
  values: Map<string, string>;
  line: number;
}

const quoted = excerpt;

/**
 * Characters a tag, an attribute value or a text may run to: past it, no event log is being
 * read (V8 itself cannot hold a string past 512 MB and would fail with "Invalid string length").
 */
const MAX_SPAN_CHARS = 1 << 24;

/** The attribute keys remembered for "did you mean": a hostile file may have any number. */
const MAX_KEYS = 10_000;

/** The XES lifecycle attribute: `start` events give the next `complete` of their activity its start time. */
const LIFECYCLE = "lifecycle:transition";

/**
 * Reads XES (IEEE 1849) text chunks into the builder with saxes, a streaming parser that never
 * expands entities; a DOCTYPE is refused outright (`xml_entities`), so a billion-laughs file is a
 * quick clear error. The case is an attribute of the `<trace>`; activity, timestamp and
 * department are attributes of the `<event>`, and an event without one of them falls back to
 * its trace's attribute of that key. Nested attributes and `<global>` defaults are not used.
 *
 * An event whose `lifecycle:transition` is `start` is not an event of its own: its time becomes
 * the start time of the next `complete` event of the same activity (the activity named without
 * the lifecycle) in the same trace, first in first out. A `start` never completed stays an
 * event, with its own time as start and end.
 *
 * Nothing is dropped without a word: an `<event>` outside a `<trace>` (directly under `<log>`)
 * or a `<trace>` inside another is `misplaced_event`, and an attribute the mapping reads given
 * twice on one event or trace is `duplicate_attribute`. A tag or value over 16M characters is
 * `record_too_long`. An attribute the mapping names that no trace or event of the log has is
 * `unknown_attribute`, listing the attributes the log has, the closest first: until such a key has
 * been seen, events lacking it are held back as problems, and they become row problems only once
 * the key turns up.
 */
export async function readXesEvents(texts: AsyncIterable<string>, config: ReaderConfig): Promise<void> {
  const tooLong = () =>
    new EventLogError(
      "record_too_long",
      `line ${parser.line}: a tag, attribute value or text runs over ${MAX_SPAN_CHARS.toLocaleString("en")} characters: no attribute of an event log is this long (is the file damaged?)`,
      { line: parser.line },
    );
  const { builder, missing } = config;
  const wanted = new Set([config.caseKey, config.timestampKey, LIFECYCLE, ...config.activityKeys]);
  const pairingKeys = config.activityKeys.filter((k) => k !== LIFECYCLE);
  if (config.departmentKey !== null) wanted.add(config.departmentKey);
  const parser = new SaxesParser({ xmlns: false, position: true });

  /** Every attribute key of a trace or an event, in order of first appearance (up to MAX_KEYS). */
  const seenKeys = new Set<string>();
  /** The mapped keys, by what they name, for the check at the end. */
  const mapped = new Map<string, string>([[config.caseKey, "the case"], ...config.activityKeys.map((k) => [k, "the activity"] as [string, string]), [config.timestampKey, "the timestamp"]]);
  if (config.departmentKey !== null) mapped.set(config.departmentKey, "the department");
  /** Row problems caused by a mapped key never seen so far: held until the key turns up (then real) or the end (then the key is unknown). */
  const held = new Map<string, { count: number; first: { code: string; message: string; place: EventLogError["place"]; fixes: readonly LogFix[] }[] }>();
  const problem = (key: string, code: string, message: string, place: EventLogError["place"], fixes: readonly LogFix[] = []) => {
    if (seenKeys.has(key)) return badRow(config, code, message, place, fixes);
    const list = held.get(key) ?? { count: 0, first: [] };
    list.count++;
    if (list.first.length < 10) list.first.push({ code, message, place, fixes });
    held.set(key, list);
  };
  /** A key turns up: what it held back is a row problem after all (thrown, or skipped and counted). */
  const see = (key: string) => {
    if (seenKeys.size < MAX_KEYS) seenKeys.add(key);
    const list = held.get(key);
    if (list === undefined) return;
    held.delete(key);
    for (let i = 0; i < list.count; i++) {
      const p = list.first[Math.min(i, list.first.length - 1)]!;
      badRow(config, p.code, p.message, p.place, p.fixes);
    }
  };
  let sawEvent = false;

  let depth = 0;
  let traceCount = 0;
  let traceLine = 0;
  let traceValues: Map<string, string> | null = null;
  let events: PendingEvent[] = [];
  let event: PendingEvent | null = null;
  let sawLog = false;

  const flushTrace = () => {
    const trace = traceCount;
    const caseText = traceValues!.get(config.caseKey) ?? "";
    if (caseText === "") {
      const message = `trace ${trace} (line ${traceLine}): no ${quoted(config.caseKey)} attribute naming the case`;
      if (events.length === 0) return;
      for (let e = 0; e < events.length; e++) problem(config.caseKey, "missing_attribute", message, { trace });
      return;
    }
    const caseIndex = builder.cases.intern(caseText);
    /** Start times waiting for their `complete`, by activity (without the lifecycle). */
    const open = new Map<string, { time: number; e: number }[]>();
    const kept: { e: number; activity: string; department: number; time: number; start: number }[] = [];
    for (let e = 0; e < events.length; e++) {
      const { values, line } = events[e]!;
      const get = (key: string) => values.get(key) ?? traceValues!.get(key) ?? "";
      const place = { trace, event: e + 1 };
      const where = `trace ${trace} (case ${quoted(caseText)}), event ${e + 1} (line ${line})`;
      let activity = "";
      for (const key of config.activityKeys) {
        const part = get(key);
        if (part !== "") activity = activity === "" ? part : activity + config.activitySeparator + part;
      }
      if (activity === "") {
        const unseen = config.activityKeys.find((k) => !seenKeys.has(k)) ?? config.activityKeys[0]!;
        problem(unseen, "missing_attribute", `${where}: no activity (${config.activityKeys.map(quoted).join(" + ")})`, place);
        continue;
      }
      const stamp = get(config.timestampKey);
      const time = config.parseTime(stamp);
      if (Number.isNaN(time)) {
        const what = stamp === "" ? `no ${quoted(config.timestampKey)} attribute` : `cannot read the timestamp ${quoted(stamp)}`;
        problem(config.timestampKey, stamp === "" ? "missing_attribute" : "bad_timestamp", `${where}: ${what}: expected ${config.timestampHint}`, place, config.timestampFixes);
        continue;
      }
      let department = MISSING_DEPARTMENT;
      if (config.departmentKey !== null) {
        const d = get(config.departmentKey);
        if (d !== "" && !missing.has(d)) department = builder.departments.intern(d);
      }
      const lifecycle = get(LIFECYCLE).toLowerCase();
      const base = lifecycle === "start" || lifecycle === "complete" ? pairingKeys.map(get).join("\u0000") : "";
      if (lifecycle === "start") {
        const queue = open.get(base);
        const started = { time, e: kept.length };
        if (queue) queue.push(started);
        else open.set(base, [started]);
        kept.push({ e, activity, department, time, start: time });
        continue;
      }
      let start = Number.NaN;
      const queue = lifecycle === "complete" ? open.get(base) : undefined;
      if (queue !== undefined && queue.length > 0) {
        const started = queue.shift()!;
        start = started.time;
        kept[started.e]!.e = -1; // paired: no event of its own
      }
      kept.push({ e, activity, department, time, start });
    }
    for (const k of kept) {
      if (k.e >= 0) builder.add(caseIndex, builder.activities.intern(k.activity), k.department, k.time, k.start);
    }
  };

  parser.on("doctype", () => {
    throw new EventLogError(
      "xml_entities",
      `line ${parser.line}: the XES file declares a DOCTYPE; hukka refuses DOCTYPEs because entity expansion and external entities are unsafe (billion laughs, XXE): remove the DOCTYPE`,
      { line: parser.line },
    );
  });
  parser.on("error", (e) => {
    throw new EventLogError("xml_error", `not well-formed XML: ${e.message}`, { line: parser.line });
  });
  const misplaced = (what: string) =>
    new EventLogError(
      "misplaced_event",
      `line ${parser.line}: ${what}: hukka reads the events inside each <trace> (the case) only; move it into the <trace> of its case`,
      { line: parser.line },
    );
  /** Sets a wanted attribute, refusing a second value for the same key. */
  const setOnce = (values: Map<string, string>, key: string, value: string, where: string) => {
    const earlier = values.get(key);
    if (earlier !== undefined) {
      throw new EventLogError(
        "duplicate_attribute",
        `${where}: the attribute ${quoted(key)} is given twice (${quoted(earlier)}, then ${quoted(value)}): keep one, so that it is clear which one to read`,
        { line: parser.line },
      );
    }
    values.set(key, value);
  };
  let mark = 0; // where the last tag ended, in characters
  parser.on("opentag", (tag: SaxesTagPlain) => {
    mark = parser.position;
    if (tag.name === "event" && (depth !== 2 || traceValues === null)) {
      throw misplaced(depth === 1 ? "an <event> directly under <log>, outside any <trace>" : `an <event> at depth ${depth}, not directly in a <trace>`);
    }
    if (tag.name === "trace" && depth > 1) throw misplaced("a <trace> inside a <trace>");
    if (depth === 0) {
      if (tag.name !== "log") {
        throw new EventLogError("not_xes", `the XML root element is <${tag.name}>, not <log>: this is not an XES event log`, { line: parser.line });
      }
      sawLog = true;
    } else if (depth === 1 && tag.name === "trace") {
      traceCount++;
      traceLine = parser.line;
      traceValues = new Map();
      events = [];
    } else if (depth === 2 && traceValues !== null) {
      if (tag.name === "event") {
        event = { values: new Map(), line: parser.line };
        sawEvent = true;
      } else {
        const key = tag.attributes.key;
        if (key !== undefined) see(key);
        if (key !== undefined && wanted.has(key) && tag.attributes.value !== undefined) {
          setOnce(traceValues, key, tag.attributes.value, `trace ${traceCount} (line ${parser.line})`);
        }
      }
    } else if (depth === 3 && event !== null) {
      const key = tag.attributes.key;
      if (key !== undefined) see(key);
      if (key !== undefined && wanted.has(key) && tag.attributes.value !== undefined) {
        setOnce(event.values, key, tag.attributes.value, `trace ${traceCount}, event ${events.length + 1} (line ${event.line})`);
      }
    }
    depth++;
  });
  parser.on("closetag", (tag) => {
    mark = parser.position;
    depth--;
    if (depth === 2 && event !== null && tag.name === "event") {
      events.push(event);
      event = null;
    } else if (depth === 1 && traceValues !== null && tag.name === "trace") {
      flushTrace();
      traceValues = null;
      events = [];
    }
  });

  for await (const text of texts) {
    try {
      parser.write(text);
    } catch (e) {
      if (e instanceof RangeError) throw tooLong();
      throw e;
    }
    if (parser.position - mark > MAX_SPAN_CHARS) throw tooLong();
  }
  parser.close();
  if (!sawLog) throw new EventLogError("empty_log", "the log is empty: expected an XES <log> element");
  if (sawEvent) {
    for (const [key, what] of mapped) if (!seenKeys.has(key)) throw unknownAttribute(key, what, [...seenKeys]);
  }
}

/** A mapped attribute no trace or event has: the attributes the log has, the closest first. */
function unknownAttribute(key: string, what: string, keys: string[]): EventLogError {
  const { ordered, suggested } = closestNames(key, keys);
  const hint = didYouMean(suggested, quoted);
  return new EventLogError(
    "unknown_attribute",
    `no trace or event of the log has the attribute ${quoted(key)} named for ${what}${hint ? `: ${hint}` : ""} (attributes${hint ? ", closest first" : ""}: ${keys.length === 0 ? "none" : excerptList(hint ? ordered : keys)}): name one of these`,
  );
}
