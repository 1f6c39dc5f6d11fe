// readOcel on a small municipal service written by hand (tests/fixtures/ocel/municipal.*), with
// figures computed by hand below, and on bad OCEL.
//
//   citizens anna, ben, cara (and dan, who has no event); offices registry (reg), building (bld),
//   helpdesk (help); cases of two kinds — applications A1…A4 and the complaint K1 — and a call
//   related to no case object (a case of its own, "event e4")
//
//   anna  A1  e1 submit  03-01 09:00 reg   e2 review 03-02 10:00 bld   e3 decide 03-05 12:00 reg
//         e4  call 03-08 12:00 help                         (starts 3 d after A1 ended: a return)
//         A2  e5 submit  03-15 12:00:01 reg   e6 review 03-18 09:00 bld   e7 decide 03-20 15:00 (no office)
//                                              (starts 7 d 1 s after the call ended: no return)
//   ben   A3  e8 submit  03-04 08:00 reg   e10 review 03-06 08:00 bld   e12 decide 03-09 10:00 reg
//         K1  e9 complain 03-05 14:00 help   e11 answer 03-06 08:00 reg  (opens while A3 is open;
//                                              e10 and e11 tie: A3 appeared first, so e10 first)
//         A4  e13 submit 03-14 09:00 reg (ben and cara)   e14 decide 03-16 09:00 bld
//                                              (4 d 23 h after A3 ended: a return for ben)
//   cara  A4  (the same case: cara's first)
//
// Without a journey gap, 3 journeys:
//   anna  reg bld reg help reg bld        5 hand-offs, 2 ping-pongs (reg bld reg, reg help reg), 6 − 3 = 3 revisits
//   ben   reg help bld reg(e11 e12 e13) bld   4 hand-offs, 1 ping-pong (bld reg bld), 5 − 3 = 2 revisits
//   cara  reg bld                         1 hand-off
//   totals 10, 3, 5; cases per journey 3, 3, 1; 1 concurrent journey (ben); returns e4 and A4: 2 of 6 cases
//   journey minutes: anna 03-01 09:00 → 03-20 15:00 = 19 d 6 h = 27,720; ben 03-04 08:00 → 03-16 09:00
//   = 12 d 1 h = 17,340; cara 2 d = 2,880
// With a 5-day gap, anna's A2 (7 d 1 s after the call) starts a second journey; ben's A4 (4 d 23 h) does not:
//   anna#1 reg bld reg help: 3, 1, 1   anna#2 reg bld: 1, 0, 0   ben 4, 1, 2   cara 1, 0, 0
//   totals 9, 2, 3; cases per journey 2, 1, 3, 1 (mean 1.75, median 1.5, max 3)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { analyseLog, EventLogError, readOcel, type OcelMapping } from "../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ocel/${name}`, import.meta.url));
const MUNICIPAL: OcelMapping = { customer: "citizen", case: ["application", "complaint"], department: "office" };
const DAY = 24 * 60;

const HAND = {
  customers: 3,
  cases: 6,
  journeys: 3,
  casesPerJourney: { mean: 7 / 3, median: 3, max: 3 },
  concurrentJourneys: 1,
  handoffs: 10,
  pingPongs: 3,
  revisits: 5,
  journeyMinutes: { count: 3, meanMinutes: (27_720 + 17_340 + 2_880) / 3, medianMinutes: 17_340 },
  returns: 2,
  returnShare: 2 / 6,
  casesWithSeveralCustomers: 1,
  eventsWithSeveralCustomers: 1,
  casesWithoutCustomer: 0,
  returnWindowMinutes: 7 * DAY,
  journeyGapMinutes: null,
};

async function failure(text: string, mapping: OcelMapping = MUNICIPAL): Promise<EventLogError> {
  try {
    await readOcel(text, mapping);
  } catch (e) {
    expect(e).toBeInstanceOf(EventLogError);
    return e as EventLogError;
  }
  throw new Error("readOcel resolved; expected an EventLogError");
}

describe("readOcel on a hand-made municipal service", () => {
  for (const name of ["municipal.jsonocel", "municipal.xmlocel"]) {
    test(`${name}: the customers block equals the hand-computed figures`, async () => {
      const log = await readOcel(fixture(name), MUNICIPAL);
      expect(log.format).toBe("ocel");
      expect(log.cases).toEqual(["A1", "event e4", "A2", "A3", "K1", "A4"]);
      expect(log.events).toBe(14);
      expect(log.departments).toEqual(["registry", "building", "helpdesk"]);
      const report = analyseLog(log);
      expect(report.customers).toEqual({ ...HAND, casesPerJourney: { ...HAND.casesPerJourney, mean: expect.closeTo(7 / 3, 12) }, returnShare: expect.closeTo(1 / 3, 12) });
      // the case figures of the same log: A1 reg bld reg (2 hand-offs, 1 ping-pong), A2 reg bld (1),
      // A3 reg bld reg (2, 1), K1 help reg (1), A4 reg bld (1), the call none
      expect([report.cases, report.handoffs, report.pingPongs, report.revisits]).toEqual([6, 7, 2, 2]);
    });

    test(`${name}: a 5-day journey gap cuts anna's journey at the call, not ben's`, async () => {
      const log = await readOcel(fixture(name), MUNICIPAL);
      const c = analyseLog(log, { journeyGap: 5 * DAY }).customers!;
      expect([c.journeys, c.handoffs, c.pingPongs, c.revisits, c.concurrentJourneys, c.returns]).toEqual([4, 9, 2, 3, 1, 2]);
      expect(c.casesPerJourney).toEqual({ mean: 1.75, median: 1.5, max: 3 });
      expect(c.journeyGapMinutes).toBe(5 * DAY);
    });
  }

  test("a return window of 7 days and 1 second takes in anna's second application too", async () => {
    const log = await readOcel(fixture("municipal.jsonocel"), MUNICIPAL);
    expect(analyseLog(log, { returnWindow: 7 * DAY + 1 / 60 }).customers!.returns).toBe(3);
    expect(analyseLog(log, { returnWindow: 3 * DAY - 1 }).customers!.returns).toBe(0);
  });

  test("gzip-compressed, and as a web stream, the log reads the same", async () => {
    const plain = analyseLog(await readOcel(fixture("municipal.xmlocel"), MUNICIPAL));
    const zipped = gzipSync(fixture("municipal.jsonocel"));
    const stream = new Blob([zipped]).stream();
    expect(analyseLog(await readOcel(stream, MUNICIPAL))).toEqual(plain);
  });

  test("the department as an event attribute, and the customer's objects as the cases", async () => {
    const json = JSON.parse(fixture("municipal.jsonocel").toString("utf8"));
    for (const e of json.events) {
      const office = e.relationships.find((r: { objectId: string }) => ["registry", "building", "helpdesk"].includes(r.objectId));
      e.attributes.push({ name: "desk", value: office ? office.objectId : "" });
    }
    json.eventTypes.forEach((t: { attributes: unknown[] }) => t.attributes.push({ name: "desk", type: "string" }));
    const byAttribute = await readOcel(JSON.stringify(json), { ...MUNICIPAL, department: "desk" });
    expect(analyseLog(byAttribute).customers).toEqual(analyseLog(await readOcel(fixture("municipal.jsonocel"), MUNICIPAL)).customers);
    // without a case type each customer's events are one case: ben's and cara's joint e13 is in both
    const perCustomer = await readOcel(fixture("municipal.jsonocel"), { customer: "citizen", department: "office" });
    expect(perCustomer.cases).toEqual(["anna", "event e2", "event e3", "event e6", "event e7", "ben", "event e10", "event e11", "event e12", "cara", "event e14"]);
    expect(analyseLog(perCustomer).customers).toMatchObject({ casesWithSeveralCustomers: 0, eventsWithSeveralCustomers: 1 });
  });
});

describe("readOcel refuses bad OCEL with the event's id", () => {
  const text = fixture("municipal.jsonocel").toString("utf8");
  test("an event relating an object the log does not have", async () => {
    const e = await failure(text.replace('"objectId": "K1", "qualifier": "complaint" }, { "objectId": "registry"', '"objectId": "K9", "qualifier": "complaint" }, { "objectId": "registry"'));
    expect(e.code).toBe("unknown_object");
    expect(e.message).toBe('event "e11": relates the object "K9", which the log does not have: add it to the objects, or remove the relationship');
  });
  test("an event without a type, and an object of an undeclared type", async () => {
    const e = await failure(text.replace('{ "id": "e7", "type": "decide",', '{ "id": "e7",'));
    expect([e.code, e.message]).toEqual(["missing_type", 'event "e7": no "type": name its event type']);
    const o = await failure(text.replace('{ "id": "K1", "type": "complaint"', '{ "id": "K1", "type": "grievance"'));
    expect(o.code).toBe("unknown_type");
    expect(o.message).toContain('object "K1": the object type "grievance" is not declared');
  });
  test("a time that cannot be read", async () => {
    const e = await failure(text.replace('"2024-03-09T10:00:00Z"', '"9.3.2024 klo 10"'));
    expect(e.code).toBe("bad_timestamp");
    expect(e.message).toMatch(/^event "e12": cannot read the time "9\.3\.2024 klo 10": expected ISO 8601/);
    const skipped = await readOcel(text.replace('"2024-03-09T10:00:00Z"', '"9.3.2024 klo 10"'), MUNICIPAL, { skipBadRows: true });
    expect([skipped.events, skipped.skipped]).toEqual([13, 1]);
  });
  test("a mapping naming what the log does not have lists what it has", async () => {
    const e = await failure(text, { customer: "citizens", department: "office" });
    expect(e.code).toBe("missing_column");
    expect(e.message).toBe('no object type "citizens" for the customer (object types: "citizen", "application", "complaint", "office")');
    const d = await failure(text, { customer: "citizen", department: "desk" });
    expect(d.message).toContain('no event attribute or object type "desk" for the department');
  });
  test("broken JSON, an XES log and no OCEL at all", async () => {
    expect((await failure(text.slice(0, 500))).code).toBe("json_error");
    expect((await failure('<log><trace><string key="concept:name" value="1"/></trace></log>')).code).toBe("not_ocel");
    expect((await failure('<!DOCTYPE log [<!ENTITY a "aaaa">]><log/>')).code).toBe("xml_entities");
    const e = await (async () => {
      try {
        await readOcel(new TextEncoder().encode("case,activity\n1,a\n"), MUNICIPAL);
      } catch (err) {
        return err as EventLogError;
      }
    })();
    expect(e?.code).toBe("not_ocel");
  });
  test("hostile ids are data", async () => {
    const hostile = text.replaceAll('"anna"', '"__proto__"').replaceAll('"registry"', '"<img src=x onerror=alert(1)>"');
    const log = await readOcel(hostile, MUNICIPAL);
    expect(log.customers).toContain("__proto__");
    expect(log.departments).toContain("<img src=x onerror=alert(1)>");
    expect(analyseLog(log).customers!.handoffs).toBe(10);
  });
});
