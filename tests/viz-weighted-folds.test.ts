// Where the diagrams fold many into one, the folded figures are weighted: a group's step minutes by
// its members' visits, a folded link's wait by its flow; departments of equal visits keep the
// model's order when the rest fold into "other"; a ping-pong marks both directions of its pair.
import { describe, expect, test } from "vitest";
import { analyse, parseService, type Service } from "../src/index.js";
import { groupedService } from "./fixtures/grouped-service.js";
import { foldGroups, layoutDepartmentMap, type DepartmentMapData } from "../src/viz/index.js";

// a → b1 with probability 0.25, the rest through b2 (tests/fixtures/grouped-service.ts draws it)
const UNEVEN: Service = groupedService("uneven", 0.25);

describe("foldGroups(service, report) with unequal visits", () => {
  test("weights a group's step minutes by visits and its links' waits by flow", () => {
    const report = analyse(UNEVEN);
    const folded = foldGroups(UNEVEN, report);
    // step: 0.25 · 4 + 0.75 · 8 = 7 (the plain mean would be 6)
    expect(folded.service.touchpoints.find((t) => t.id === "b")!.steps[0]!.minutes).toBeCloseTo(7, 12);
    // a → b: 0.25 · 10 + 0.75 · 30 = 25 (plain mean 20); b → c: 0.25 · 0 + 0.75 · 20 = 15 (plain mean 10)
    expect(folded.service.transitions.map((t) => [t.from, t.to, t.probability])).toEqual([
      ["a", "b", 1],
      ["b", "c", 1],
    ]);
    expect(folded.service.transitions[0]!.wait).toBeCloseTo(25, 12);
    expect(folded.service.transitions[1]!.wait).toBeCloseTo(15, 12);
    // so the folded model's waste and waiting are the model's: 2 + 7 + 25 + 15 = 49 minutes
    const again = analyse(parseService(folded.service)).expected;
    expect(report.expected.minutes).toBeCloseTo(49, 12);
    expect(again.minutes).toBeCloseTo(report.expected.minutes, 12);
    expect(again.wasteMinutes).toBeCloseTo(report.expected.wasteMinutes, 12);
  });
});

describe("layoutDepartmentMap(data, options) rules", () => {
  //   a(5) b(5) c(5) d(1): with 2 shown, a and b (the first of the equals) are kept
  test("departments of equal visits keep the data's order: the first are kept, the rest fold", () => {
    const data: DepartmentMapData = {
      departments: [
        { id: "a", visits: 5 },
        { id: "b", visits: 5 },
        { id: "c", visits: 5 },
        { id: "d", visits: 1 },
      ],
      handoffs: [
        { from: "a", to: "b", count: 1 },
        { from: "b", to: "c", count: 1 },
        { from: "c", to: "d", count: 1 },
      ],
      pingPongs: null,
    };
    const map = layoutDepartmentMap(data, { departments: 2 });
    expect(map.nodes.map((n) => [n.id, n.visits, n.members])).toEqual([
      ["a", 5, 1],
      ["b", 5, 1],
      ["", 6, 2],
    ]);
  });

  //   a ⇄ b with the ping-pongs counted on a → b only (a → b → a): both arrows belong to the pair
  test("a ping-pong counted on one direction marks both directions of the pair", () => {
    const map = layoutDepartmentMap({
      departments: [
        { id: "a", visits: 3 },
        { id: "b", visits: 2 },
        { id: "c", visits: 1 },
      ],
      handoffs: [
        { from: "a", to: "b", count: 4 },
        { from: "b", to: "a", count: 3 },
        { from: "b", to: "c", count: 1 },
      ],
      pingPongs: [{ from: "a", to: "b", count: 2 }],
    });
    expect(map.links.map((l) => [l.from, l.to, l.pingPongs, l.pingPongPair])).toEqual([
      ["a", "b", 2, true],
      ["b", "a", 0, true],
      ["b", "c", 0, false],
    ]);
  });
});
