// compareReports on reports cut short by options and on services of different volumes.
import { describe, expect, it } from "vitest";
import { analyse, applyRedesign, compareReports, parseRedesign, parseService } from "../src/index.js";
import healthCentre from "../examples/health-centre/service.json";
import redesignJson from "../examples/health-centre/redesign.json";
import { callAgain } from "./analysis-fixtures.js";

describe("compareReports(before, after) on cut hotspot lists", () => {
  const before = parseService(healthCentre);
  const after = applyRedesign(before, parseRedesign(redesignJson));

  it("compareReports shows no saving for a touchpoint that dropped out of a hotspot list cut short", () => {
    const full = compareReports(analyse(before, { hotspots: 100 }), analyse(after, { hotspots: 100 }), { top: 100 });
    const fullById = new Map(full.delta.contributors.touchpoints.map((c) => [c.id, c] as const));
    for (const hotspots of [1, 2, 3, 4]) {
      const cut = compareReports(analyse(before, { hotspots }), analyse(after, { hotspots }), { top: 100 });
      // every saving shown from the cut lists is a true one, with the figures of the full lists
      for (const c of cut.delta.contributors.touchpoints) expect(fullById.get(c.id), `hotspots: ${hotspots}, ${c.id}`).toEqual(c);
      // a touchpoint on only one of the cut lists has an unknown figure on the other: not shown
      const listed = (r: typeof cut.before) => new Set(r.hotspots.touchpoints.map((h) => h.id));
      const [b, a] = [listed(cut.before), listed(cut.after)];
      for (const c of cut.delta.contributors.touchpoints) expect(b.has(c.id) && a.has(c.id)).toBe(true);
    }
  });

  it("compareReports of a report with itself, cut short, shows no saving at all", () => {
    const report = analyse(before, { hotspots: 2 });
    const other = analyse(before, { hotspots: 3 });
    expect(compareReports(report, other).delta.contributors).toEqual({ touchpoints: [], departments: [], categories: [] });
    expect(compareReports(other, report).delta.contributors).toEqual({ touchpoints: [], departments: [], categories: [] });
  });
});

describe("compareReports(before, after) on services of different volumes", () => {
  it("compareReports gives yearly figures from each report's own volume", () => {
    // callAgain: 320/7 + 4340 minutes and 25/7 + 50 EUR per customer; waste 250/7 + 4325 minutes, 10 EUR
    const minutes = 320 / 7 + 4340;
    const cost = 25 / 7 + 50;
    const waste = 250 / 7 + 4325;
    const small = analyse(parseService({ ...callAgain(), volume: 1000 }));
    const large = analyse(parseService({ ...callAgain(), volume: 3000 }));
    const { yearly } = compareReports(small, large).delta;
    expect(yearly!.hours).toBeCloseTo(((3000 - 1000) * minutes) / 60, 6);
    expect(yearly!.wasteHours).toBeCloseTo(((3000 - 1000) * waste) / 60, 6);
    expect(yearly!.cost).toBeCloseTo((3000 - 1000) * cost, 6);
    expect(yearly!.wasteCost).toBeCloseTo((3000 - 1000) * 10, 6);
    // the same service, so every figure per customer is unchanged
    expect(compareReports(small, large).delta.minutes).toBe(0);
    expect(compareReports(large, small).delta.yearly!.hours).toBeCloseTo(((1000 - 3000) * minutes) / 60, 6);
  });
});

describe("compareReports(before, after): the hand-off pairs' order", () => {
  //   before: a(A) → b(B) → c(C) with probability 0.5: A→B 1, B→C 0.5 (listed A→B, B→C)
  //   after:  entries a (0.2) and b (0.8), b → c always: A→B 0.2, B→C 1 (listed B→C, A→B)
  const service = (entries: [number, number], toC: number) =>
    parseService({
      id: "pairs",
      departments: [{ id: "A" }, { id: "B" }, { id: "C" }],
      touchpoints: [
        { id: "a", department: "A", entry: entries[0], steps: [] },
        { id: "b", department: "B", ...(entries[1] > 0 && { entry: entries[1] }), steps: [] },
        { id: "c", department: "C", outcome: "resolved", steps: [] },
        { id: "b-done", department: "B", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "a", to: "b", probability: 1 },
        { from: "b", to: "c", probability: toC },
        ...(toC < 1 ? [{ from: "b", to: "b-done", probability: 1 - toC }] : []),
      ],
    });

  it("lists before's pairs in before's order, then the pairs only the redesign has", () => {
    const before = analyse(service([1, 0], 0.5));
    const after = analyse(service([0.2, 0.8], 1));
    expect(before.expected.handoffsByPair.map((p) => `${p.from}→${p.to}`)).toEqual(["A→B", "B→C"]);
    expect(after.expected.handoffsByPair.map((p) => `${p.from}→${p.to}`)).toEqual(["B→C", "A→B"]);
    const pairs = compareReports(before, after).delta.handoffsByPair;
    expect(pairs.map((p) => [p.from, p.to])).toEqual([
      ["A", "B"],
      ["B", "C"],
    ]);
    expect(pairs[0]!.count).toBeCloseTo(0.2 - 1, 12);
    expect(pairs[1]!.count).toBeCloseTo(1 - 0.5, 12);
  });
});
