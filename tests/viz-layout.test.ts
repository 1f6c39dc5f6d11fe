import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyse, parseService, type Service } from "../src/index.js";
import {
  BLUEPRINT_LAYOUT_DEFAULTS,
  fitText,
  journeyMarks,
  layoutBlueprint,
  layoutWanderLine,
  layoutWasteBreakdown,
  textWidth,
  WANDER_LINE_LAYOUT_DEFAULTS,
  WASTE_BREAKDOWN_LAYOUT_DEFAULTS,
  type BlueprintLayout,
} from "../src/viz/index.js";
import { blueprintService } from "../bench/blueprint-service.mjs";
import healthCentre from "../examples/health-centre/service.json";
import { referral } from "./fixtures/viz-referral.js";
import { contains, overlappingPairs } from "./viz-test-helpers.js";

const byId = (layout: BlueprintLayout, id: string) => layout.nodes.find((n) => n.id === id)!;

/** Every drawn text box (node labels and details, lane labels, line labels) must stay clear of the rest. */
function assertReadable(layout: BlueprintLayout) {
  const o = layout.options;
  const nodes = layout.nodes;
  expect(overlappingPairs(nodes)).toEqual([]);
  for (const n of nodes) {
    expect(contains(n, n.labelBox)).toBe(true);
    expect(contains(n, n.detailBox)).toBe(true);
    expect(contains(n, n.waitBox)).toBe(true);
    if (n.waitLabel) expect(textWidth(n.waitLabel, o.detailFontSize)).toBeLessThanOrEqual(n.waitBox.width);
    expect(contains(n, n.bar)).toBe(true);
    expect(n.label.length).toBeLessThanOrEqual(o.labelLines);
    for (const line of n.label) expect(textWidth(line, o.fontSize)).toBeLessThanOrEqual(n.labelBox.width);
    expect(textWidth(n.detail, o.detailFontSize)).toBeLessThanOrEqual(n.detailBox.width);
  }
  const texts = [
    ...nodes,
    ...layout.lanes.map((l) => l.labelBox),
    ...layout.lines.map((l) => l.labelBox),
    ...layout.legend.flatMap((l) => [l.swatch, l.labelBox]),
  ];
  expect(overlappingPairs(texts)).toEqual([]);
  for (const lane of layout.lanes) {
    expect(contains(lane, lane.labelBox)).toBe(true);
    for (const line of lane.label) expect(textWidth(line, o.fontSize)).toBeLessThanOrEqual(lane.labelBox.width);
    expect(textWidth(lane.wasteLabel, o.detailFontSize)).toBeLessThanOrEqual(lane.labelBox.width);
  }
}

describe("layoutBlueprint(service, report)", () => {
  const report = analyse(parseService(referral));
  const layout = layoutBlueprint(referral, report);

  test("has the expected defaults", () => {
    expect(BLUEPRINT_LAYOUT_DEFAULTS).toEqual({
      nodeWidth: 176,
      nodeHeight: 86,
      columnGap: 72,
      rowGap: 18,
      lanePadding: 16,
      gutter: 156,
      fontSize: 12,
      detailFontSize: 10.5,
      labelLines: 2,
      minLinkWidth: 1.25,
      maxLinkWidth: 16,
      columns: 0,
    });
    expect(layout.options).toEqual(BLUEPRINT_LAYOUT_DEFAULTS);
    expect(layoutBlueprint(referral, report, { nodeWidth: 200 }).nodes[0]!.width).toBe(200);
  });

  test("puts frontstage lanes above the line of visibility, then backstage, then support", () => {
    // model order: lab (backstage), desk, records (support), gp
    expect(layout.lanes.map((l) => [l.department, l.lane])).toEqual([
      ["desk", "frontstage"],
      ["gp", "frontstage"],
      ["lab", "backstage"],
      ["records", "support"],
    ]);
    const [desk, gp, lab, records] = layout.lanes;
    expect(desk!.y).toBe(0);
    expect(gp!.y).toBe(desk!.y + desk!.height);
    expect(layout.lines).toMatchObject([
      { kind: "visibility", y: lab!.y },
      { kind: "internal-interaction", y: records!.y },
    ]);
    for (const n of layout.nodes) {
      const lane = layout.lanes.find((l) => l.department === n.department)!;
      expect(contains(lane, n)).toBe(true);
    }
  });

  test("orders touchpoints left to right by their distance from the entry", () => {
    // call 0 → gp-visit 1 → lab-test 2, done 2 → records-check 3
    expect(Object.fromEntries(layout.nodes.map((n) => [n.id, n.column]))).toEqual({
      call: 0,
      "gp-visit": 1,
      "lab-test": 2,
      done: 2,
      "records-check": 3,
    });
    expect(layout.columns).toBe(4);
    expect(byId(layout, "call").x).toBeLessThan(byId(layout, "gp-visit").x);
    expect(byId(layout, "lab-test").x).toBe(byId(layout, "done").x);
    expect(byId(layout, "gp-visit").x).toBeLessThan(byId(layout, "records-check").x);
  });

  test("gives each link its expected flow visits(u)·p(u,v) and a width in proportion", () => {
    // visits: call 1, gp 2, lab 1, records 0.2 (see the fixture); F = visits · p
    const flow = Object.fromEntries(layout.links.map((l) => [`${l.from}>${l.to}`, l.flow]));
    expect(flow["call>gp-visit"]).toBeCloseTo(1, 12);
    expect(flow["gp-visit>lab-test"]).toBeCloseTo(1, 12);
    expect(flow["gp-visit>done"]).toBeCloseTo(1, 12);
    expect(flow["lab-test>gp-visit"]).toBeCloseTo(0.8, 12);
    expect(flow["lab-test>records-check"]).toBeCloseTo(0.2, 12);
    expect(flow["records-check>gp-visit"]).toBeCloseTo(0.2, 12);
    const o = BLUEPRINT_LAYOUT_DEFAULTS;
    const width = (f: number) => o.minLinkWidth + (o.maxLinkWidth - o.minLinkWidth) * f;
    for (const l of layout.links) expect(l.width).toBeCloseTo(width(l.flow), 9);
    expect(layout.maxFlow).toBeCloseTo(1, 12);
  });

  test("marks hand-offs and draws back links as arcs", () => {
    const link = (from: string, to: string) => layout.links.find((l) => l.from === from && l.to === to)!;
    expect(link("call", "gp-visit")).toMatchObject({ handoff: true, kind: "forward" });
    expect(link("gp-visit", "done")).toMatchObject({ handoff: false, kind: "forward" });
    expect(link("lab-test", "gp-visit")).toMatchObject({ handoff: true, kind: "backward" });
    expect(link("records-check", "gp-visit").path).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  test("shows each node's value / necessary / waste split and its share of customers", () => {
    const call = byId(layout, "call");
    // 6 value, 1 necessary, 25 waste minutes of 32 across the bar
    expect(call.segments.map((s) => [s.type, s.minutes])).toEqual([["value", 6], ["necessary", 1], ["waste", 25]]);
    expect(call.segments.reduce((s, x) => s + x.width, 0)).toBeCloseTo(call.bar.width, 9);
    expect(call.segments[2]!.width / call.bar.width).toBeCloseTo(25 / 32, 12);
    expect(call.detail).toBe("32 min here · 78% waste");
    expect(byId(layout, "done").detail).toBe("resolved · 100% end here");
    expect(byId(layout, "gp-visit").visits).toBeCloseTo(2, 12);
  });

  test("shows the expected wait before each touchpoint without hovering", () => {
    // gp-visit: (F(call→gp) 1 × 4320 + F(lab→gp) 0.8 × 2880 + F(rec→gp) 0.2 × 60) / visits 2 = 3318 min = 2.3 days
    expect(byId(layout, "gp-visit").wait).toBeCloseTo(3318, 9);
    expect(byId(layout, "gp-visit").waitLabel).toBe("waits 2.3 days before");
    // lab-test: 1 × 1440 / 1
    expect(byId(layout, "lab-test").waitLabel).toBe("waits 24 h before");
    // nobody waits before the entry, the records check or the outcome
    expect(["call", "records-check", "done"].map((id) => byId(layout, id).waitLabel)).toEqual([null, null, null]);
  });

  test("gives each department lane its share of the waste", () => {
    // gp: lobby 20 × 2 visits + waits into it 6636 = 6676; desk 25; lab 4 + 1440 = 1444; records 10 × 0.2 = 2
    const total = 6676 + 25 + 1444 + 2;
    const lane = (id: string) => layout.lanes.find((l) => l.department === id)!;
    expect(lane("gp").wasteMinutes).toBeCloseTo(6676, 9);
    expect(lane("gp").wasteShare).toBeCloseTo(6676 / total, 12);
    expect(lane("gp").wasteLabel).toBe("82% of the waste");
    expect(lane("lab").wasteLabel).toBe("18% of the waste");
    expect(layout.lanes.reduce((s, l) => s + l.wasteShare, 0)).toBeCloseTo(1, 12);
  });

  test("keeps every node and label clear of each other on the examples", () => {
    assertReadable(layout);
    const hc = parseService(healthCentre);
    assertReadable(layoutBlueprint(hc, analyse(hc)));
  });

  test("keeps every node and label clear of each other at 300 touchpoints", () => {
    const service = parseService(blueprintService(300));
    const big = layoutBlueprint(service, analyse(service, { top: 1 }));
    expect(big.nodes).toHaveLength(300);
    assertReadable(big);
  });

  test("never overlaps nodes on random services, and never modifies its input", () => {
    fc.assert(
      fc.property(randomService(), (service) => {
        const before = JSON.stringify(service);
        const l = layoutBlueprint(service, analyse(parseService(service), { top: 1 }));
        expect(JSON.stringify(service)).toBe(before);
        expect(l.nodes).toHaveLength(service.touchpoints.length);
        assertReadable(l);
        // left to right by distance: a move along a link never skips back more than it goes
        for (const link of l.links) {
          const from = l.nodes.find((n) => n.id === link.from)!;
          const to = l.nodes.find((n) => n.id === link.to)!;
          if (link.probability > 0 && from.reachable) expect(to.column).toBeLessThanOrEqual(from.column + 1);
        }
      }),
      { numRuns: 25 },
    );
  });

  test("reads visits by own property only, so ids like constructor are safe", () => {
    const service: Service = {
      id: "odd",
      departments: [{ id: "__proto__" }, { id: "constructor", lane: "backstage" }],
      touchpoints: [
        { id: "constructor", department: "__proto__", entry: true, steps: [{ name: "x", type: "value", minutes: 1 }] },
        { id: "__proto__", department: "constructor", outcome: "resolved", steps: [] },
      ],
      transitions: [{ from: "constructor", to: "__proto__", probability: 1 }],
    };
    const l = layoutBlueprint(service, analyse(parseService(service)));
    expect(l.nodes.map((n) => [n.id, n.visits, n.column])).toEqual([
      ["constructor", 1, 0],
      ["__proto__", 1, 1],
    ]);
    expect(l.links[0]).toMatchObject({ from: "constructor", to: "__proto__", flow: 1, handoff: true });
  });
});

describe("fitText(text, width, fontSize, lines)", () => {
  test("wraps at spaces and ends cut text with an ellipsis", () => {
    expect(fitText("Call for an appointment", 100, 12, 2)).toEqual(["Call for an", "appointment"]);
    const cut = fitText("Call for an appointment at the health centre tomorrow", 100, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
    for (const line of cut) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });
  test("cuts a word too long for a line", () => {
    const lines = fitText("x".repeat(80), 60, 12, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });
});

describe("journeyMarks(path, departments)", () => {
  test("adds up to the journey's wander counts", () => {
    // D = desk gp lab gp: hand-offs 3; ping-pong at the second gp (gp lab gp); revisit there too
    expect(journeyMarks(["call", "gp-visit", "lab-test", "gp-visit", "done"], ["desk", "gp", "lab", "gp", "gp"])).toEqual([
      [],
      ["handoff"],
      ["handoff"],
      ["handoff", "ping-pong", "revisit", "repeat"],
      [],
    ]);
  });
  test("matches the report's counts on every journey of the example", () => {
    const hc = parseService(healthCentre);
    const report = analyse(hc);
    const department = new Map(hc.touchpoints.map((t) => [t.id, t.department]));
    for (const j of [...report.journeys, ...report.wanderPaths]) {
      const marks = journeyMarks(j.path, j.path.map((id) => department.get(id)!)).flat();
      const count = (m: string) => marks.filter((x) => x === m).length;
      expect([count("handoff"), count("ping-pong"), count("revisit"), count("repeat")]).toEqual([
        j.handoffs,
        j.pingPongs,
        j.revisits,
        j.repeats,
      ]);
    }
  });
});

describe("layoutWanderLine(service, journey)", () => {
  const journey = { path: ["call", "gp-visit", "lab-test", "gp-visit", "done"] };
  const line = layoutWanderLine(referral, journey);

  test("has the expected defaults", () => {
    expect(WANDER_LINE_LAYOUT_DEFAULTS).toEqual({ step: 116, waitScale: 44, laneHeight: 40, gutter: 156, fontSize: 10.5 });
    expect(line.options).toEqual(WANDER_LINE_LAYOUT_DEFAULTS);
  });

  test("zig-zags across the lanes in visiting order with minutes and waits", () => {
    const laneY = (d: string) => {
      const l = line.lanes.find((x) => x.department === d)!;
      return l.y + l.height / 2;
    };
    expect(line.points.map((p) => [p.id, p.y])).toEqual([
      ["call", laneY("desk")],
      ["gp-visit", laneY("gp")],
      ["lab-test", laneY("lab")],
      ["gp-visit", laneY("gp")],
      ["done", laneY("gp")],
    ]);
    expect(line.points.map((p) => p.minutesLabel)).toEqual(["32 min", "35 min", "9 min", "35 min", "0 min"]);
    // waits: call→gp 4320 = 3 days, gp→lab 1440 = 24 h, lab→gp 2880 = 2 days, gp→done none
    expect(line.segments.map((s) => s.waitLabel)).toEqual(["+3 days", "+24 h", "+2 days", null]);
    expect(line.points[3]!.marks).toEqual(["handoff", "ping-pong", "revisit", "repeat"]);
    const boxes = [...line.points.flatMap((p) => [p.labelBox, p.minutesBox]), ...line.segments.flatMap((s) => (s.waitBox ? [s.waitBox] : []))];
    expect(overlappingPairs(boxes)).toEqual([]);
  });

  test("gives a long wait a long gap: step + waitScale × √(days)", () => {
    const gaps = line.points.slice(1).map((p, i) => p.x - line.points[i]!.x);
    // 3 days, 1 day, 2 days, no wait
    [116 + 44 * Math.sqrt(3), 116 + 44, 116 + 44 * Math.sqrt(2), 116].forEach((gap, i) => expect(gaps[i]).toBeCloseTo(gap, 9));
    const bars = line.segments.map((s) => s.waitBar?.width ?? 0);
    expect(bars[0]! / bars[1]!).toBeCloseTo(Math.sqrt(3), 9);
    expect(bars[3]).toBe(0);
    // every bar stays inside its own gap
    line.segments.forEach((s, i) => {
      if (!s.waitBar) return;
      expect(s.waitBar.x).toBeGreaterThan(line.points[i]!.x);
      expect(s.waitBar.x + s.waitBar.width).toBeLessThan(line.points[i + 1]!.x);
    });
  });

  test("names the visits under the lanes, in up to two lines, clear of the line", () => {
    const lanesBottom = Math.max(...line.lanes.map((l) => l.y + l.height));
    for (const p of line.points) {
      expect(p.labelBox.y).toBeGreaterThanOrEqual(lanesBottom);
      expect(p.label.length).toBeLessThanOrEqual(2);
      for (const text of p.label) expect(textWidth(text, line.options.fontSize)).toBeLessThanOrEqual(p.labelBox.width);
    }
    // the whole name fits: "Call for an appointment" is not cut
    expect(line.points[0]!.label.join(" ")).toBe("Call for an appointment");
  });
});

describe("layoutWasteBreakdown(service, report)", () => {
  test("has the expected defaults", () => {
    expect(WASTE_BREAKDOWN_LAYOUT_DEFAULTS).toEqual({ labelWidth: 180, barWidth: 300, barHeight: 18, gap: 6, fontSize: 11, top: 12 });
  });
  test("ranks categories and departments, largest first, on one scale", () => {
    const report = analyse(parseService(referral));
    const { groups } = layoutWasteBreakdown(referral, report);
    const [byCategory, byDepartment] = groups;
    expect(byCategory.bars.map((b) => b.key)).toEqual(["delay", "duplication"]);
    const max = Math.max(...[...byCategory.bars, ...byDepartment.bars].map((b) => b.minutes));
    for (const b of [...byCategory.bars, ...byDepartment.bars]) expect(b.width).toBeCloseTo(Math.max(1, (300 * b.minutes) / max), 9);
    expect(byDepartment.bars.map((b) => b.name)).toContain("General practitioner");
    const minutes = byDepartment.bars.map((b) => b.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    expect(byCategory.bars.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });
});

/** Small valid services: a forward chain to a resolved outcome, extra links anywhere, 1–4 departments. */
function randomService() {
  return fc
    .record({
      n: fc.integer({ min: 2, max: 24 }),
      departments: fc.array(fc.constantFrom("frontstage", "backstage", "support"), { minLength: 1, maxLength: 4 }),
      names: fc.array(fc.string({ maxLength: 60 }), { minLength: 24, maxLength: 24 }),
      extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
      seed: fc.nat(),
    })
    .map(({ n, departments, names, extra, seed }): Service => {
      const touchpoints: Service["touchpoints"] = Array.from({ length: n }, (_, i) => ({
        id: `t${i}`,
        name: names[i] || `t${i}`,
        department: `d${(i * 7 + seed) % departments.length}`,
        ...(i === 0 ? { entry: 1 } : {}),
        ...(i === n - 1 ? { outcome: "resolved" as const } : {}),
        steps: i === n - 1 ? [] : [{ name: "s", type: "value" as const, minutes: i }],
      }));
      const pairs = new Set<string>();
      for (let i = 0; i + 1 < n; i++) pairs.add(`${i}>${i + 1}`);
      for (const [a, b] of extra) if (a % n !== n - 1) pairs.add(`${a % n}>${b % n}`);
      const outs = new Map<number, number[]>();
      for (const p of pairs) {
        const [a, b] = p.split(">").map(Number) as [number, number];
        outs.set(a, [...(outs.get(a) ?? []), b]);
      }
      const transitions = [...outs].flatMap(([a, bs]) => bs.map((b) => ({ from: `t${a}`, to: `t${b}`, probability: 1 / bs.length })));
      return {
        id: "random",
        departments: departments.map((lane, i) => ({ id: `d${i}`, name: names[i] || `Department ${i}`, lane })),
        touchpoints,
        transitions,
      };
    });
}
