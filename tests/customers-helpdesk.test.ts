// The customer figures of the helpdesk log (I. Verenich, Helpdesk, Mendeley Data, 2016,
// doi:10.17632/39bp3vv62t.1): department org:resource, customer `customer`, with and without a
// 30-day journey gap. The expected figures come from a separate count written here, sharing
// no code with hukka: the XES text is cut into traces and events with regular expressions, and
// journeys, returns and wander metrics are counted with plain arrays, pairs checked naively.
// The same log is then written as OCEL 2.0 JSON and XML (customers and tickets as objects; the
// resource an event attribute in JSON, an object in XML) and read back with readOcel.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect } from "vitest";
import { analyse, analyseLog, journeyLog, mineService, readOcel, type CustomerReport } from "../src/index.js";
import { dataPath, readRealLog, testWithLog } from "./logs-helpers.js";

const LOG = "helpdesk/helpdesk.xes.gz";
const DAY = 24 * 60;
const MAPPING = { department: "org:resource", customer: "customer" };

interface Ev { activity: string; resource: string; time: number; customer: string }
interface Case { name: string; events: Ev[] }

/** Traces and their events from the XES text; each case's events sorted by time, ties in file order. */
function parseHelpdesk(): Case[] {
  const text = gunzipSync(readFileSync(dataPath(LOG))).toString("utf8");
  const cases: Case[] = [];
  for (const trace of text.split("<trace>").slice(1)) {
    const body = trace.split("</trace>")[0]!;
    const [head, ...events] = body.split("<event>");
    const name = /key="concept:name" value="([^"]*)"/.exec(head!)![1]!;
    const value = (e: string, key: string) => new RegExp(`key="${key}" value="([^"]*)"`).exec(e)?.[1] ?? "";
    const parsed = events.map((e, k) => ({ k, ev: { activity: value(e, "concept:name"), resource: value(e, "org:resource"), time: Date.parse(value(e, "time:timestamp")), customer: value(e, "customer") } }));
    parsed.sort((a, b) => a.ev.time - b.ev.time || a.k - b.k);
    cases.push({ name, events: parsed.map((p) => p.ev) });
  }
  return cases;
}

interface Counted {
  report: Omit<CustomerReport, "journeyMinutes">;
  /** Per journey: hand-offs, ping-pongs, minutes. */
  journeys: { handoffs: number; pingPongs: number; minutes: number }[];
}

function countCustomers(cases: Case[], gapMinutes: number | null, windowMinutes: number): Counted {
  const start = (c: number) => cases[c]!.events[0]!.time;
  const end = (c: number) => cases[c]!.events.at(-1)!.time;
  const byCustomer = new Map<string, number[]>();
  let several = 0;
  cases.forEach((c, index) => {
    const names = [...new Set(c.events.map((e) => e.customer).filter((n) => n !== ""))];
    if (names.length > 1) several++;
    for (const n of names) byCustomer.set(n, [...(byCustomer.get(n) ?? []), index]);
  });
  const journeys: number[][] = [];
  const isReturn = new Set<number>();
  for (const list of byCustomer.values()) {
    const sorted = [...list].sort((a, b) => start(a) - start(b) || a - b);
    let current: number[] = [];
    sorted.forEach((c, p) => {
      const earlier = sorted.slice(0, p);
      const cut = gapMinutes !== null && p > 0 && earlier.every((q) => start(c) - end(q) > gapMinutes * 60_000);
      if (p > 0 && cut) {
        journeys.push(current);
        current = [];
      }
      current.push(c);
      if (earlier.some((q) => end(q) <= start(c) && start(c) - end(q) <= windowMinutes * 60_000)) isReturn.add(c);
    });
    journeys.push(current);
  }
  let handoffs = 0;
  let pingPongs = 0;
  let revisits = 0;
  let concurrent = 0;
  const perJourney: Counted["journeys"] = [];
  for (const j of journeys) {
    if (j.some((c, p) => j.slice(0, p).some((q) => start(c) < end(q)))) concurrent++;
    const events = j.flatMap((c) => cases[c]!.events.map((e, k) => ({ e, c, k })));
    events.sort((a, b) => a.e.time - b.e.time || a.c - b.c || a.k - b.k);
    const runs: string[] = [];
    for (const { e } of events) if (e.resource !== "" && runs.at(-1) !== e.resource) runs.push(e.resource);
    const h = Math.max(0, runs.length - 1);
    let pp = 0;
    for (let i = 0; i + 2 < runs.length; i++) if (runs[i] === runs[i + 2]) pp++;
    handoffs += h;
    pingPongs += pp;
    revisits += runs.length - new Set(runs).size;
    perJourney.push({ handoffs: h, pingPongs: pp, minutes: (events.at(-1)!.e.time - events[0]!.e.time) / 60_000 });
  }
  const sizes = journeys.map((j) => j.length).sort((a, b) => a - b);
  const n = sizes.length;
  return {
    journeys: perJourney,
    report: {
      customers: byCustomer.size,
      cases: cases.length,
      journeys: n,
      casesPerJourney: { mean: sizes.reduce((a, b) => a + b, 0) / n, median: n % 2 ? sizes[n >> 1]! : (sizes[n / 2 - 1]! + sizes[n / 2]!) / 2, max: sizes[n - 1]! },
      concurrentJourneys: concurrent,
      handoffs,
      pingPongs,
      revisits,
      returns: isReturn.size,
      returnShare: isReturn.size / cases.length,
      casesWithSeveralCustomers: several,
      eventsWithSeveralCustomers: 0,
      casesWithoutCustomer: 0,
      returnWindowMinutes: windowMinutes,
      journeyGapMinutes: gapMinutes,
    },
  };
}

const withoutMinutes = ({ journeyMinutes: _, ...rest }: CustomerReport) => rest;

/** The helpdesk log as OCEL 2.0 JSON: tickets and customers as objects, the resource an event attribute. */
function asOcelJson(cases: Case[]): string {
  const customers = [...new Set(cases.flatMap((c) => c.events.map((e) => e.customer)))];
  const activities = [...new Set(cases.flatMap((c) => c.events.map((e) => e.activity)))];
  return JSON.stringify({
    objectTypes: [{ name: "customer", attributes: [] }, { name: "ticket", attributes: [] }],
    eventTypes: activities.map((name) => ({ name, attributes: [{ name: "org:resource", type: "string" }] })),
    objects: [...customers.map((id) => ({ id: `customer ${id}`, type: "customer" })), ...cases.map((c) => ({ id: c.name, type: "ticket" }))],
    events: cases.flatMap((c) =>
      c.events.map((e, k) => ({
        id: `${c.name}/${k}`,
        type: e.activity,
        time: new Date(e.time).toISOString(),
        attributes: [{ name: "org:resource", value: e.resource }],
        relationships: [{ objectId: c.name, qualifier: "ticket" }, { objectId: `customer ${e.customer}`, qualifier: "customer" }],
      })),
    ),
  });
}

/** The helpdesk log as OCEL 2.0 XML, the resource an object related to the event. */
function asOcelXml(cases: Case[]): string {
  const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
  const customers = [...new Set(cases.flatMap((c) => c.events.map((e) => e.customer)))];
  const resources = [...new Set(cases.flatMap((c) => c.events.map((e) => e.resource)))];
  const activities = [...new Set(cases.flatMap((c) => c.events.map((e) => e.activity)))];
  const out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<log>", "<object-types>"];
  for (const t of ["customer", "ticket", "resource"]) out.push(`<object-type name="${t}"><attributes/></object-type>`);
  out.push("</object-types>", "<event-types>");
  for (const a of activities) out.push(`<event-type name="${esc(a)}"><attributes/></event-type>`);
  out.push("</event-types>", "<objects>");
  for (const c of customers) out.push(`<object id="customer ${esc(c)}" type="customer"><attributes/></object>`);
  for (const r of resources) out.push(`<object id="resource ${esc(r)}" type="resource"><attributes/></object>`);
  for (const c of cases) out.push(`<object id="${esc(c.name)}" type="ticket"><attributes/></object>`);
  out.push("</objects>", "<events>");
  for (const c of cases) {
    c.events.forEach((e, k) => {
      out.push(`<event id="${esc(c.name)}/${k}" type="${esc(e.activity)}" time="${new Date(e.time).toISOString()}"><attributes/><objects>`);
      out.push(`<relationship object-id="${esc(c.name)}" qualifier="ticket"/><relationship object-id="customer ${esc(e.customer)}" qualifier="customer"/>`);
      out.push(`<relationship object-id="resource ${esc(e.resource)}" qualifier="handled by"/></objects></event>`);
    });
  }
  out.push("</events>", "</log>");
  return out.join("\n");
}

describe("customers across cases on the helpdesk log", () => {
  let cases: Case[] | undefined;
  const helpdesk = () => (cases ??= parseHelpdesk());

  for (const gap of [null, 30 * DAY]) {
    testWithLog(`the customers block equals a separate count (journey gap ${gap === null ? "none" : "30 days"})`, LOG, async () => {
      const counted = countCustomers(helpdesk(), gap, 7 * DAY);
      expect(counted.report.customers).toBe(397);
      expect(counted.report.casesWithSeveralCustomers).toBe(7);
      const log = await readRealLog(LOG, MAPPING);
      const customers = analyseLog(log, { journeyGap: gap }).customers!;
      expect(withoutMinutes(customers)).toEqual({
        ...counted.report,
        casesPerJourney: { ...counted.report.casesPerJourney, mean: expect.closeTo(counted.report.casesPerJourney.mean, 12) },
        returnShare: expect.closeTo(counted.report.returnShare, 12),
      });
      const minutes = counted.journeys.map((j) => j.minutes);
      expect(customers.journeyMinutes.meanMinutes).toBeCloseTo(minutes.reduce((a, b) => a + b, 0) / minutes.length, 6);
    });

    testWithLog(`mining with the customer journey as the unit reproduces the journeys (gap ${gap === null ? "none" : "30 days"})`, LOG, async () => {
      const counted = countCustomers(helpdesk(), gap, 7 * DAY);
      const log = await readRealLog(LOG, MAPPING);
      const expected = analyse(mineService(log, { unit: "customer", journeyGap: gap })).expected;
      const n = counted.journeys.length;
      const mean = (f: (j: Counted["journeys"][number]) => number) => counted.journeys.reduce((a, j) => a + f(j), 0) / n;
      expect(Math.abs(expected.handoffs - mean((j) => j.handoffs)) / mean((j) => j.handoffs)).toBeLessThan(1e-9);
      expect(Math.abs(expected.pingPongs - mean((j) => j.pingPongs)) / mean((j) => j.pingPongs)).toBeLessThan(1e-9);
      expect(Math.abs(expected.minutes - mean((j) => j.minutes)) / mean((j) => j.minutes)).toBeLessThan(1e-9);
      expect(journeyLog(log, { journeyGap: gap })!.cases.length).toBe(n);
    }, 60_000);
  }

  testWithLog("the same log written as OCEL 2.0 JSON and XML gives the same figures", LOG, async () => {
    const log = await readRealLog(LOG, MAPPING);
    const json = await readOcel(asOcelJson(helpdesk()), { customer: "customer", case: "ticket", department: "org:resource" });
    const xml = await readOcel(new TextEncoder().encode(asOcelXml(helpdesk())), { customer: "customer", case: "ticket", department: "resource" });
    for (const gap of [null, 30 * DAY]) {
      const xes = analyseLog(log, { journeyGap: gap });
      for (const ocel of [json, xml]) {
        const r = analyseLog(ocel, { journeyGap: gap });
        expect(r.customers).toEqual(xes.customers);
        expect([r.cases, r.events, r.handoffs, r.pingPongs, r.revisits, r.caseMinutes]).toEqual([xes.cases, xes.events, xes.handoffs, xes.pingPongs, xes.revisits, xes.caseMinutes]);
      }
    }
  }, 60_000);
});
