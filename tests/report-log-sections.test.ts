// A report made from a log, drawn in Node's linkedom DOM: the department map comes first when the
// log has many departments, and the observed journeys are the log report's own.
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyse, analyseLog, departmentFlows, mineService, observedJourneys, parseService, readEventLog } from "../src/index.js";
import { renderReport } from "../src/viz/index.js";
import healthCentre from "../examples/health-centre/service.json";
import { hostileLogData, hostileService } from "./fixtures/hostile-labels.js";
import { CSV, mapping, openLog, testWithLog } from "./logs-helpers.js";

const page = () => parseHTML("<!doctype html><html><head></head><body></body></html>").document;
const sectionOrder = (root: Element) => [...root.children].filter((e) => e.tagName === "SECTION").map((e) => e.getAttribute("class"));

describe("renderReport(container, service, report, { log })", () => {
  test("a model's report has the department map after the blueprint when it has few departments", () => {
    const service = parseService(healthCentre);
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false });
    const order = sectionOrder(view.root);
    expect(order.indexOf("hukka-department-map-panel")).toBeGreaterThan(order.indexOf("hukka-blueprint-panel"));
    const nodes = [...view.root.querySelectorAll('svg[data-hukka="department-map"] [data-department]')].map((n) => n.getAttribute("data-department"));
    expect(nodes.sort()).toEqual(service.departments.map((d) => d.id).sort());
    expect(view.root.querySelector('[data-hukka="observed-journeys"]')).toBeNull();
  });

  test("a log's report lists its variants and wanderers with their counts and draws the worst on its clock", async () => {
    const log = await readEventLog(CSV, mapping);
    const service = mineService(log);
    const data = { departments: departmentFlows(log), observed: observedJourneys(log) };
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false, log: data });
    const section = view.root.querySelector('[data-hukka="observed-journeys"]')!;
    expect([...section.querySelectorAll("[data-variant]")].map((li) => li.getAttribute("data-count"))).toEqual(["1", "1", "1"]);
    expect([...section.querySelectorAll("[data-wanderer]")].map((li) => li.querySelector(".hukka-journey-path")!.textContent)).toEqual([
      "case C: call → test → x-ray → talk → test",
      "case A: call → test → wait → talk → pay",
    ]);
    // the first wanderer (C: desk lab imaging desk lab) is drawn, a lane per department in order of first visit
    const line = section.querySelector('svg[data-hukka="observed-journey"]')!;
    expect([...line.querySelectorAll("g[data-department]")].map((g) => g.getAttribute("data-department"))).toEqual(["desk", "lab", "imaging"]);
    expect(line.querySelectorAll("[data-event]")).toHaveLength(5);
    // back at the desk, then at the lab for a second test: marked as on the model's wander line
    expect([...line.querySelectorAll("[data-event]")].map((g) => g.getAttribute("data-marks"))).toEqual([null, "handoff", "handoff", "handoff revisit", "handoff revisit repeat"]);
    const drawn = (event: number) => [...line.querySelectorAll(`[data-event="${event}"] [class^="hukka-mark-"]`)].map((m) => m.getAttribute("class"));
    expect(drawn(3)).toEqual(["hukka-mark-revisit"]);
    expect(drawn(4)).toEqual(["hukka-mark-revisit", "hukka-mark-repeat"]);
    expect(section.querySelector('[data-wanderer="0"]')!.hasAttribute("data-highlighted")).toBe(true);
    // the map shows the log's departments and counts
    const map = view.root.querySelector('svg[data-hukka="department-map"]')!;
    expect(map.querySelector('[data-from="desk"][data-to="lab"]')!.getAttribute("data-count")).toBe("3");
  });

  testWithLog("receipt: the observed journeys are the log report's top variants with their counts", "receipt/receipt.csv", async () => {
    const log = await readEventLog(openLog("receipt/receipt.csv"), {
      case: "case:concept:name",
      activity: "concept:name",
      timestamp: "time:timestamp",
      department: "org:group",
      missing: ["EMPTY"],
    });
    const report = analyseLog(log);
    const service = mineService(log);
    const data = { departments: departmentFlows(log), observed: observedJourneys(log) };
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false, log: data });
    const items = [...view.root.querySelectorAll('[data-hukka="observed-journeys"] [data-variant]')];
    expect(items.map((li) => Number(li.getAttribute("data-count")))).toEqual(report.variants.map((v) => v.count));
    expect(items.map((li) => li.querySelector(".hukka-journey-path")!.textContent)).toEqual(report.variants.map((v) => v.activities.join(" → ")));
    expect(items[0]!.querySelector(".hukka-journey-head")!.textContent).toContain(`${report.variants[0]!.count.toLocaleString("en")} cases`);
    // receipt has 9 groups: the blueprint stays first, the map follows
    expect(log.departments).toHaveLength(9);
    expect(sectionOrder(view.root)[0]).toBe("hukka-blueprint-panel");
  });

  test("a log with more than 12 departments gets the department map first", () => {
    const service = parseService(healthCentre);
    const data = hostileLogData(); // 39 departments
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false, log: data });
    expect(sectionOrder(view.root)[0]).toBe("hukka-department-map-panel");
    const shown = view.root.querySelectorAll('svg[data-hukka="department-map"] [data-department]');
    expect(shown).toHaveLength(21); // 20 departments and "other"
  });

  test("hostile labels in the log's departments, activities and cases stay text", () => {
    const service = parseService(hostileService());
    const data = hostileLogData();
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false, log: data });
    expect(view.root.querySelectorAll("script, img, iframe, style:not([data-hukka]), foreignObject, a")).toHaveLength(0);
    const map = view.root.querySelector('svg[data-hukka="department-map"]')!;
    const shown = [...map.querySelectorAll("[data-department]")].map((g) => g.getAttribute("data-department"));
    expect(shown.slice(0, 20)).toEqual(data.departments.departments.slice(0, 20).map((d) => d.id));
    const section = view.root.querySelector('[data-hukka="observed-journeys"]')!;
    expect(section.querySelector('[data-wanderer="0"] .hukka-journey-path')!.textContent).toBe(
      `case ${data.observed.wanderers[0]!.case}: ${data.observed.wanderers[0]!.events.map((e) => e.activity).join(" → ")}`,
    );
    const titles = [...section.querySelectorAll('svg[data-hukka="observed-journey"] [data-event] > title')].map((t) => t.textContent!.split(" · ")[0]);
    expect(titles).toEqual(data.observed.wanderers[0]!.events.map((e) => e.activity));
  });
});
