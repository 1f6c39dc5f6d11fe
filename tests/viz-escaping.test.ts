// Hostile labels reach the DOM as text in Node too (linkedom), not only in Chromium: the wander
// line, the waste breakdown and the report's panels. A label written with `.html()` instead of
// `.text()` would turn "<img src=x onerror=alert(2)>" into an element; here it must stay text.
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyse, parseService } from "../src/index.js";
import { layoutWanderLine, layoutWasteBreakdown, renderReport, renderWanderLine, renderWasteBreakdown } from "../src/viz/index.js";
import { hostileService } from "./fixtures/hostile-labels.js";

const INJECTED = "img, script, iframe, object, embed, a, foreignObject, math, link, base, meta, style:not([data-hukka])";

function page() {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  return document as unknown as Document;
}

/** Elements that came from a label, and attributes that would run code. */
function injected(root: Element) {
  const handlers = [...root.querySelectorAll("*")].flatMap((e) =>
    [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`),
  );
  return { elements: [...root.querySelectorAll(INJECTED)].map((e) => e.tagName.toLowerCase()), handlers };
}

const service = parseService(hostileService());
const report = analyse(service);
const names = new Map(service.touchpoints.map((t) => [t.id, t.name!] as const));

describe("hostile labels stay text in Node's DOM", () => {
  test("renderWanderLine shows every name of the journey as its characters", () => {
    const document = page();
    const journey = report.journeys[0]!;
    renderWanderLine(document.body, service, journey);
    expect(injected(document.body)).toEqual({ elements: [], handlers: [] });
    const titles = [...document.querySelectorAll("[data-visit] > title")].map((t) => t.textContent);
    expect(titles).toHaveLength(journey.path.length);
    journey.path.forEach((id, k) => expect(titles[k]!.startsWith(names.get(id)!)).toBe(true));
    // every label line on the page is the layout's line, character for character
    const layout = layoutWanderLine(service, journey);
    const laneLines = [...document.querySelectorAll("g[data-department] > text")].map((t) => t.textContent);
    expect(laneLines).toEqual(layout.lanes.flatMap((lane) => lane.label));
    expect(laneLines.join("")).toMatch(/[<>]/);
    // a visit's name takes up to two lines under the lanes, then its minutes
    const visitLabels = [...document.querySelectorAll("[data-visit] > text.hukka-visit-label")].map((t) => t.textContent);
    expect(visitLabels).toEqual(layout.points.flatMap((p) => p.label));
  });

  test("renderWasteBreakdown shows every category and department as its characters", () => {
    const document = page();
    // every bar, not the top 12 and "other": each hostile label is to be seen
    renderWasteBreakdown(document.body, service, report, { top: Infinity });
    expect(injected(document.body)).toEqual({ elements: [], handlers: [] });
    const layout = layoutWasteBreakdown(service, report, { top: Infinity });
    const labels = [...document.querySelectorAll("[data-category] > text, [data-department] > text")].map((t) => t.textContent);
    expect(labels.filter((_, k) => k % 2 === 0)).toEqual(layout.groups.flatMap((g) => g.bars.map((b) => b.label[0] ?? "")));
    const titles = [...document.querySelectorAll("[data-category] > title")].map((t) => t.textContent!);
    expect(titles.length).toBeGreaterThan(0);
    for (const category of Object.keys(report.expected.wasteByCategory)) {
      if (report.expected.wasteByCategory[category]! > 0) expect(titles.some((t) => t.startsWith(`${category}: `))).toBe(true);
    }
  });

  test("renderReport's headline, lists, warnings and wander line show the labels as text", () => {
    const document = page();
    const view = renderReport(document.body, service, report, { interactive: false });
    view.select("wander-path", 0);
    view.select("journey", 0);
    expect(injected(document.body)).toEqual({ elements: [], handlers: [] });
    expect(document.querySelector("h1")!.textContent).toBe(service.name);
    const firstPath = view.root.querySelector('[data-journey="0"]')!.textContent!;
    for (const id of report.journeys[0]!.path) expect(firstPath).toContain(names.get(id)!);
  });
});
