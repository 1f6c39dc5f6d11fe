// Folded groups: touchpoints that share a `group` (a mined model's history) are one box in the
// blueprint, with visits, waits and waste summed; a journey highlights the boxes it passes.
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyse, parseService, type Service } from "../src/index.js";
import { groupedService } from "./fixtures/grouped-service.js";
import { blueprintSvg, foldGroups, layoutBlueprint, renderReport } from "../src/viz/index.js";

// a → b1 with probability 0.5, the rest through b2 (tests/fixtures/grouped-service.ts draws it)
const GROUPED: Service = groupedService("grouped", 0.5);

describe("foldGroups(service, report)", () => {
  test("makes one box per group with visits summed, minutes visit-weighted and waits flow-weighted", () => {
    const report = analyse(GROUPED);
    const folded = foldGroups(GROUPED, report);
    expect(folded.service.touchpoints.map((t) => [t.id, t.name, t.department])).toEqual([
      ["a", undefined, "desk"],
      ["b", "Test", "lab"],
      ["c", undefined, "desk"],
    ]);
    expect({ ...folded.report.expected.visits }).toEqual({ a: 1, b: 1, c: 1 });
    // (0.5 · 4 + 0.5 · 8) / 1
    expect(folded.service.touchpoints[1]!.steps).toEqual([{ name: "test", type: "waste", waste: "delay", minutes: 6 }]);
    // a → b: (0.5 · 10 + 0.5 · 30) / 1; b → c: (0.5 · 0 + 0.5 · 20) / 1
    expect(folded.service.transitions).toEqual([
      { from: "a", to: "b", probability: 1, wait: 20 },
      { from: "b", to: "c", probability: 1, wait: 10 },
    ]);
    expect([...folded.boxOf]).toEqual([
      ["a", "a"],
      ["b1", "b"],
      ["b2", "b"],
      ["c", "c"],
    ]);
    // the folded model tells the same story: the same expected minutes and waste per customer
    const again = analyse(parseService(folded.service)).expected;
    expect(again.minutes).toBeCloseTo(report.expected.minutes, 12);
    expect(again.wasteMinutes).toBeCloseTo(report.expected.wasteMinutes, 12);
    expect(again.handoffs).toBeCloseTo(report.expected.handoffs, 12);
  });

  test("leaves a service without groups as it is, and never changes its input", () => {
    const plain = parseService({ ...GROUPED, touchpoints: GROUPED.touchpoints.map(({ group: _g, ...t }) => t) });
    const report = analyse(plain);
    expect(foldGroups(plain, report).service).toBe(plain);
    const before = JSON.stringify(GROUPED);
    foldGroups(GROUPED, analyse(GROUPED));
    expect(JSON.stringify(GROUPED)).toBe(before);
  });

  test("the blueprint draws a group as one box", () => {
    const report = analyse(GROUPED);
    const folded = foldGroups(GROUPED, report);
    const layout = layoutBlueprint(folded.service, folded.report);
    expect(layout.nodes.map((n) => [n.id, n.visits])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ]);
    expect(layout.nodes[1]!.wasteMinutes).toBe(6);
    const svg = blueprintSvg(GROUPED, report);
    expect(svg).toContain('data-touchpoint="b"');
    expect(svg).not.toContain('data-touchpoint="b1"');
  });
});

describe("renderReport with grouped touchpoints", () => {
  test("draws one box per group, and a journey highlights the group boxes it passes", () => {
    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    const report = analyse(GROUPED);
    const view = renderReport(document.body as unknown as Element, GROUPED, report, { interactive: false });
    const boxes = [...view.blueprint.querySelectorAll("g.hukka-node")].map((g) => g.getAttribute("data-touchpoint"));
    expect(boxes).toEqual(["a", "b", "c"]);
    const i = report.journeys.findIndex((j) => j.path.includes("b2"));
    expect(report.journeys[i]!.path).toEqual(["a", "b2", "c"]);
    view.select("journey", i);
    const lit = [...view.blueprint.querySelectorAll("g.hukka-node[data-highlighted]")].map((g) => g.getAttribute("data-touchpoint"));
    expect(lit).toEqual(["a", "b", "c"]);
    const links = [...view.blueprint.querySelectorAll("path[data-highlighted]")].map((p) => `${p.getAttribute("data-from")}>${p.getAttribute("data-to")}`);
    expect(links).toEqual(["a>b", "b>c"]);
    // the wander line still names the touchpoints the customer visited
    const visits = [...view.root.querySelectorAll('svg[data-hukka="wander-line"] [data-visit]')].map((g) => g.getAttribute("data-touchpoint"));
    expect(visits).toEqual(["a", "b2", "c"]);
  });
});
