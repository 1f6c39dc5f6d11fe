// The department map: folding into "other" keeps the totals, the layout is the same every run and
// no two nodes or labels overlap; static SVG with the stable hooks, hostile labels as text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyse, departmentFlows, parseService } from "../src/index.js";
import {
  DEPARTMENT_MAP_LAYOUT_DEFAULTS,
  departmentMapData,
  departmentMapSvg,
  layoutDepartmentMap,
  type Box,
  type DepartmentMapData,
  type DepartmentMapLayout,
} from "../src/viz/index.js";
import healthCentre from "../examples/health-centre/service.json";
import { HOSTILE_LABELS } from "./fixtures/hostile-labels.js";
import { readRealLog, testWithLog } from "./logs-helpers.js";
import { overlappingPairs } from "./viz-test-helpers.js";
import { allNodes, parseXml, xmlSafe } from "./xml-helpers.js";

//   a(10) ⇄ b(6) → c(3) → d(2) → e(1) → a,  c → a          a → b → a bounces twice
const FIVE: DepartmentMapData = {
  departments: [
    { id: "a", visits: 10 },
    { id: "b", visits: 6 },
    { id: "c", visits: 3 },
    { id: "d", visits: 2 },
    { id: "e", visits: 1 },
  ],
  handoffs: [
    { from: "a", to: "b", count: 5 },
    { from: "b", to: "a", count: 2 },
    { from: "b", to: "c", count: 3 },
    { from: "c", to: "d", count: 1 },
    { from: "d", to: "e", count: 1 },
    { from: "e", to: "a", count: 1 },
    { from: "c", to: "a", count: 2 },
  ],
  pingPongs: [{ from: "a", to: "b", count: 2 }],
};

/** Every circle and every label of a map. */
const boxes = (map: DepartmentMapLayout): Box[] =>
  map.nodes.flatMap((n) => [{ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r }, n.labelBox]);

describe("layoutDepartmentMap(data, options)", () => {
  test("has the expected defaults", () => {
    expect(DEPARTMENT_MAP_LAYOUT_DEFAULTS).toEqual({
      departments: 20,
      links: 40,
      fontSize: 11,
      labelWidth: 120,
      minRadius: 5,
      maxRadius: 28,
      maxLinkWidth: 10,
      ticks: 300,
    });
    expect(layoutDepartmentMap(FIVE).options).toEqual(DEPARTMENT_MAP_LAYOUT_DEFAULTS);
  });

  test("folds the departments not shown into one 'other' node and re-aims their links", () => {
    const map = layoutDepartmentMap(FIVE, { departments: 2, links: 3 });
    expect(map.nodes.map((n) => [n.id, n.name, n.other, n.members, n.visits, n.handoffsInside])).toEqual([
      ["a", "a", false, 1, 10, 0],
      ["b", "b", false, 1, 6, 0],
      ["", "other (3)", true, 3, 6, 2], // c + d + e; c → d and d → e stay inside
    ]);
    // a → b 5, b → other 3 (b → c), other → a 3 (e → a, c → a); b → a 2 is the 4th and not drawn
    expect(map.links.map((l) => [l.from, l.to, l.count, l.pingPongs, l.pingPongPair])).toEqual([
      ["a", "b", 5, 2, true],
      ["b", "", 3, 0, false],
      ["", "a", 3, 0, false],
    ]);
    expect(map.departments).toEqual({ shown: 2, total: 5 });
    expect(map.linkCounts).toEqual({ shown: 3, total: 4, hiddenHandoffs: 2 });
    expect(map.totals).toEqual({ visits: 22, handoffs: 15 });
    // area shows visits: the most visited has the largest radius, "other" (6) the same as b (6)
    expect(map.nodes[0]!.r).toBe(DEPARTMENT_MAP_LAYOUT_DEFAULTS.maxRadius);
    expect(map.nodes[2]!.r).toBeCloseTo(map.nodes[1]!.r, 9);
  });

  test("never folds a single department: it is shown instead", () => {
    const map = layoutDepartmentMap(FIVE, { departments: 4 });
    expect(map.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(map.nodes.some((n) => n.other)).toBe(false);
  });

  test("without ping-pong counts marks the pairs handed off both ways", () => {
    const map = layoutDepartmentMap({ ...FIVE, pingPongs: null });
    const marked = map.links.filter((l) => l.pingPongPair).map((l) => `${l.from}>${l.to}`);
    expect(marked.sort()).toEqual(["a>b", "b>a"]);
  });

  test("keeps the totals, draws the same map every run and lets no circle or label overlap another", () => {
    const data = fc
      .integer({ min: 1, max: 36 })
      .chain((n) =>
        fc.record({
          n: fc.constant(n),
          visits: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: n, maxLength: n }),
          handoffs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 50 })), { maxLength: 80 }),
          shown: fc.integer({ min: 1, max: n + 1 }),
          links: fc.integer({ min: 0, max: 60 }),
        }),
      );
    fc.assert(
      fc.property(data, ({ n, visits, handoffs, shown, links }) => {
        const ids = Array.from({ length: n }, (_, i) => `team ${i}`);
        const pairs = new Map<string, { from: string; to: string; count: number }>();
        for (const [a, b, count] of handoffs) if (a !== b) pairs.set(`${a}>${b}`, { from: ids[a]!, to: ids[b]!, count });
        const input: DepartmentMapData = { departments: ids.map((id, i) => ({ id, visits: visits[i]! })), handoffs: [...pairs.values()] };
        const before = JSON.stringify(input);
        const map = layoutDepartmentMap(input, { departments: shown, links });
        expect(JSON.stringify(input)).toBe(before);
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(sum(map.nodes.map((x) => x.visits))).toBe(map.totals.visits);
        expect(map.totals.visits).toBe(sum(visits));
        const inside = sum(map.nodes.map((x) => x.handoffsInside));
        expect(sum(map.links.map((l) => l.count)) + map.linkCounts.hiddenHandoffs + inside).toBe(map.totals.handoffs);
        expect(map.links.length).toBeLessThanOrEqual(links);
        expect(overlappingPairs(boxes(map)).filter(([i, j]) => i >> 1 !== j >> 1)).toEqual([]);
        expect(layoutDepartmentMap(input, { departments: shown, links })).toEqual(map);
      }),
      { numRuns: 40 },
    );
  });

  testWithLog(
    "BPI 2013 incidents at the default setting: 20 teams and 'other', no overlapping labels",
    "bpic2013/07_bpic2013_incidents.xes.gz",
    async () => {
      const log = await readRealLog("bpic2013/07_bpic2013_incidents.xes.gz", {
        activity: ["concept:name", "lifecycle:transition"],
        department: "org:group",
      });
      const map = layoutDepartmentMap(departmentFlows(log));
      expect(map.departments).toEqual({ shown: 20, total: 649 });
      expect(map.nodes.find((n) => n.other)).toMatchObject({ members: 629 });
      expect(map.nodes.reduce((s, n) => s + n.visits, 0)).toBe(65533);
      expect(overlappingPairs(boxes(map)).filter(([i, j]) => i >> 1 !== j >> 1)).toEqual([]);
      // the busiest pair of teams, G96 → G97 (255 hand-offs), is drawn
      expect(map.links.find((l) => l.from === "G96" && l.to === "G97")?.count).toBe(255);
    },
    60_000,
  );
});

describe("departmentMapData(service, report)", () => {
  test("sums each department's expected visits and takes the report's hand-offs by pair", () => {
    const service = parseService(healthCentre);
    const report = analyse(service);
    const data = departmentMapData(service, report);
    expect(data.departments.map((d) => d.id)).toEqual(service.departments.map((d) => d.id));
    for (const d of data.departments) {
      const expected = service.touchpoints.filter((t) => t.department === d.id).reduce((s, t) => s + (report.expected.visits[t.id] ?? 0), 0);
      expect(d.visits).toBeCloseTo(expected, 12);
    }
    expect(data.departments.reduce((s, d) => s + d.visits, 0)).toBeCloseTo(
      Object.values(report.expected.visits).reduce((s, v) => s + v, 0),
      12,
    );
    expect(data.handoffs).toEqual(report.expected.handoffsByPair);
    expect(data.pingPongs).toBeNull();
  });
});

describe("departmentMapSvg(data)", () => {
  test("is well-formed SVG with the hooks for every node and link", () => {
    const root = parseXml(departmentMapSvg(FIVE, { departments: 2, links: 3 }));
    expect(root.attributes["data-hukka"]).toBe("department-map");
    const nodes = allNodes(root);
    expect(nodes.filter((n) => n.attributes["data-department"] !== undefined).map((n) => n.attributes["data-department"])).toEqual(["a", "b", ""]);
    expect(nodes.filter((n) => n.attributes["data-other"] !== undefined)).toHaveLength(1);
    const links = nodes.filter((n) => n.attributes["data-from"] !== undefined);
    expect(links.map((n) => [n.attributes["data-from"], n.attributes["data-to"], n.attributes["data-ping-pong"]])).toEqual([
      ["a", "b", ""],
      ["b", "", undefined],
      ["", "a", undefined],
    ]);
  });

  test("shows the 39 hostile labels as text and stays well-formed XML", () => {
    const data: DepartmentMapData = {
      departments: HOSTILE_LABELS.map((label, i) => ({ id: label, name: HOSTILE_LABELS[(i + 1) % HOSTILE_LABELS.length]!, visits: 100 - i })),
      handoffs: HOSTILE_LABELS.slice(1).map((to, i) => ({ from: HOSTILE_LABELS[i]!, to, count: 1 + (i % 5) })),
      pingPongs: [{ from: HOSTILE_LABELS[0]!, to: HOSTILE_LABELS[1]!, count: 1 }],
    };
    const nodes = allNodes(parseXml(departmentMapSvg(data, { departments: 39, links: 60 })));
    expect([...new Set(nodes.map((n) => n.name))].sort()).toEqual(["circle", "defs", "g", "marker", "path", "svg", "text", "title"]);
    for (const n of nodes) for (const a of Object.keys(n.attributes)) expect(a).not.toMatch(/^on|^style$|href/i);
    const drawn = nodes.filter((n) => n.attributes["data-department"] !== undefined);
    expect(drawn.map((n) => n.attributes["data-department"])).toEqual(data.departments.map((d) => xmlSafe(d.id)));
    // the name is the node's title, before its figures
    drawn.forEach((n, i) => expect(n.children.find((c) => c.name === "title")!.text.startsWith(xmlSafe(data.departments[i]!.name!))).toBe(true));
    const links = nodes.filter((n) => n.attributes["data-from"] !== undefined);
    expect(links.map((n) => [n.attributes["data-from"], n.attributes["data-to"]]).sort()).toEqual(
      data.handoffs.map((h) => [xmlSafe(h.from), xmlSafe(h.to)]).sort(),
    );
  });
});

describe("layoutWanderLine(service, journey) with many departments", () => {
  test("has lanes only for the departments the journey visits when the service has more than 12", async () => {
    const { layoutWanderLine } = await import("../src/viz/index.js");
    const many = (n: number) =>
      parseService({
        id: "many",
        departments: Array.from({ length: n }, (_, i) => ({ id: `d${i}` })),
        touchpoints: [
          { id: "t0", department: "d0", entry: 1, steps: [] },
          { id: "t1", department: "d5", steps: [] },
          { id: "end", department: "d5", outcome: "resolved", steps: [] },
        ],
        transitions: [
          { from: "t0", to: "t1", probability: 1 },
          { from: "t1", to: "end", probability: 1 },
        ],
      });
    const path = ["t0", "t1", "end"];
    expect(layoutWanderLine(many(13), { path }).lanes.map((l) => l.department)).toEqual(["d0", "d5"]);
    expect(layoutWanderLine(many(12), { path }).lanes).toHaveLength(12);
  });
});
