// The observed customer journey across its cases, drawn in Node's linkedom DOM, on the municipal
// OCEL log (tests/read-ocel.test.ts has its figures by hand): anna's journey is drawn — it has a
// return (the call, 3 days after A1 ended) as ben's has (A4), and more hand-offs (5 against 4).
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyse, analyseLog, departmentFlows, mineService, observedCustomerJourney, observedJourneys, readOcel } from "../src/index.js";
import { layoutCaseBands, renderReport } from "../src/viz/index.js";

const page = () => parseHTML("<!doctype html><html><head></head><body></body></html>").document;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/ocel/${name}`, import.meta.url));
const MUNICIPAL = { customer: "citizen", case: ["application", "complaint"], department: "office" };

describe("an observed customer journey across its cases", () => {
  test("observedCustomerJourney picks the journey with the most returns, then hand-offs", async () => {
    const log = await readOcel(fixture("municipal.jsonocel"), MUNICIPAL);
    const j = observedCustomerJourney(log)!;
    expect(j.customer).toBe("anna");
    expect(j.cases.map((c) => [c.case, c.return])).toEqual([["A1", false], ["event e4", true], ["A2", false]]);
    expect(j.events.map((e) => e.caseIndex)).toEqual([0, 0, 0, 1, 2, 2, 2]);
    expect([j.handoffs, j.pingPongs, j.revisits, j.returns, j.minutes]).toEqual([5, 2, 3, 1, 27_720]);
  });

  test("cases open at the same time get bands one above the other", () => {
    // ben: A3 (events 0, 2, 4), K1 (1, 3) open inside A3, A4 (5, 6) after both
    const journey = { cases: ["A3", "K1", "A4"].map((c) => ({ case: c, start: 0, end: 0, return: c === "A4" })), events: [0, 1, 0, 1, 0, 2, 2].map((caseIndex) => ({ caseIndex, activity: "", department: null, time: 0 })) };
    const points = [100, 120, 140, 160, 180, 300, 320].map((x) => ({ x }));
    const bands = layoutCaseBands(points, journey);
    expect(bands.map((b) => [b.case, b.track, b.x, b.width, b.return])).toEqual([
      ["A3", 0, 93, 94, false],
      ["K1", 1, 113, 54, false],
      ["A4", 0, 293, 34, true],
    ]);
  });

  test("the report of a log with customers shows their sentence and draws the journey, a band per case", async () => {
    const log = await readOcel(fixture("municipal.jsonocel"), MUNICIPAL);
    const service = mineService(log);
    const customers = analyseLog(log).customers!;
    const data = { departments: departmentFlows(log), observed: observedJourneys(log), customers, customerJourney: observedCustomerJourney(log)! };
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false, log: data });
    expect(view.root.querySelector('[data-hukka="customers"]')!.textContent).toContain("3 customers came with 6 cases");
    const section = view.root.querySelector('[data-hukka="customer-journey"]')!;
    const svg = section.querySelector('svg[data-hukka="observed-journey"]')!;
    expect(svg.getAttribute("data-customer")).toBe("anna");
    expect([...svg.querySelectorAll("[data-case]")].map((g) => [g.getAttribute("data-case"), g.hasAttribute("data-return")])).toEqual([["A1", false], ["event e4", true], ["A2", false]]);
    expect(svg.querySelectorAll("[data-event]")).toHaveLength(7);
    expect(section.querySelector(".hukka-wander-summary")!.textContent).toBe("Customer anna: 3 cases, 1 return · 19 days in all · 5 hand-offs, 2 ping-pongs, 3 revisits across the cases");
  });
});
