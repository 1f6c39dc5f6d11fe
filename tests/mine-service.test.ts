import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  analyse,
  analyseLog,
  InvalidClassificationError,
  mineService,
  parseClassification,
  parseService,
  readEventLog,
} from "../src/index.js";
import { CSV, mapping } from "./logs-helpers.js";

// CSV: the small log of logs-helpers.ts:
//   A  call(desk) 08:00 → test(lab) 08:10 → wait(—) 08:20 → talk(desk) 08:40 → pay(desk) 08:41
//   B  call(desk) 09:00 → call(desk) 09:05
//   C  call(desk) 10:00 → test(lab) 10:30 → x-ray(imaging) 11:00 → talk(desk) 11:00 → test(lab) 12:00

const value = (name: string) => [{ name, type: "value", minutes: 0 }];

describe("mineService(log)", () => {
  test("mines touchpoints, directly-follows transitions, entries and one outcome per end activity", async () => {
    const service = mineService(await readEventLog(CSV, mapping));
    expect(service).toEqual({
      id: "mined-service",
      departments: [{ id: "desk" }, { id: "lab" }, { id: "imaging" }, { id: "unknown" }],
      touchpoints: [
        { id: "call", department: "desk", entry: 3, steps: value("call") },
        { id: "test", department: "lab", steps: value("test") },
        { id: "wait", department: "unknown", steps: value("wait") }, // never has a department
        { id: "talk", department: "desk", steps: value("talk") },
        { id: "pay", department: "desk", steps: value("pay") },
        { id: "x-ray", department: "imaging", steps: value("x-ray") },
        { id: "end: call", name: "Case ends after call", department: "desk", outcome: "resolved", steps: [] },
        { id: "end: test", name: "Case ends after test", department: "lab", outcome: "resolved", steps: [] },
        { id: "end: pay", name: "Case ends after pay", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "call", to: "test", volume: 2, wait: 20 }, // 10 and 30 minutes
        { from: "test", to: "wait", volume: 1, wait: 10 },
        { from: "wait", to: "talk", volume: 1, wait: 20 },
        { from: "talk", to: "pay", volume: 1, wait: 1 },
        { from: "call", to: "call", volume: 1, wait: 5 },
        { from: "test", to: "x-ray", volume: 1, wait: 30 },
        { from: "x-ray", to: "talk", volume: 1, wait: 0 },
        { from: "talk", to: "test", volume: 1, wait: 60 },
        { from: "call", to: "end: call", volume: 1 },
        { from: "test", to: "end: test", volume: 1 },
        { from: "pay", to: "end: pay", volume: 1 },
      ],
    });
    expect(parseService(service)).toEqual(service);
  });

  test("the mined service goes through analyse: expected minutes = mean case duration, visits = events per case", async () => {
    const log = await readEventLog(CSV, mapping);
    const report = analyse(mineService(log));
    // durations 41, 5 and 120 minutes; no step minutes without a classification
    expect(report.expected.minutes).toBeCloseTo(166 / 3, 9);
    expect(report.expected.visits["call"]).toBeCloseTo(4 / 3, 9);
    expect(report.expected.visits["test"]).toBeCloseTo(3 / 3, 9);
    expect(report.expected.resolved).toBeCloseTo(1, 9);
  });

  test("applies a classification: step type, waste, minutes, failure demand and abandoned ends", async () => {
    const classification = parseClassification({
      activities: [
        { activity: "wait", type: "waste", waste: "delay", minutes: 15, failure: true },
        { activity: "pay", type: "necessary", minutes: 2, cost: 1.5, outcome: "abandoned" },
        { activity: "not in the log", type: "value" },
      ],
    });
    const service = mineService(await readEventLog(CSV, mapping), classification, { id: "clinic", name: "Clinic" });
    expect([service.id, service.name]).toEqual(["clinic", "Clinic"]);
    const touchpoint = (id: string) => service.touchpoints.find((t) => t.id === id)!;
    expect(touchpoint("wait").steps).toEqual([{ name: "wait", type: "waste", waste: "delay", minutes: 15 }]);
    expect(touchpoint("pay").steps).toEqual([{ name: "pay", type: "necessary", minutes: 2, cost: 1.5 }]);
    expect(touchpoint("end: pay").outcome).toBe("abandoned");
    expect(service.transitions.filter((t) => t.failure)).toEqual([{ from: "test", to: "wait", volume: 1, wait: 10, failure: true }]);
    const report = analyse(parseService(service));
    expect(report.expected.abandoned).toBeCloseTo(1 / 3, 9); // case A ends with pay
  });

  test("hostile and colliding names stay data", async () => {
    const csv = `case,activity,time,dept
__proto__,__proto__,2024-01-01T08:00:00Z,unknown
__proto__,end: b,2024-01-01T08:01:00Z,constructor
__proto__,b,2024-01-01T08:02:00Z,
x,<img src=x onerror=alert(1)>,2024-01-01T08:00:00Z,toString
`;
    const service = parseService(mineService(await readEventLog(csv, mapping)));
    expect(service.departments.map((d) => d.id)).toEqual(["unknown", "constructor", "toString", "unknown (2)"]);
    expect(service.touchpoints.map((t) => [t.id, t.department])).toEqual([
      ["__proto__", "unknown"],
      ["end: b", "constructor"],
      ["b", "unknown (2)"],
      ["<img src=x onerror=alert(1)>", "toString"],
      ["end: b (2)", "unknown (2)"],
      ["end: <img src=x onerror=alert(1)>", "toString"],
    ]);
    expect(Object.prototype).not.toHaveProperty("b");
    const report = analyse(service);
    expect(Object.keys(report.expected.visits)).toContain("__proto__");
  });
});

describe("parseClassification", () => {
  test("lists every problem with its path and the fix", () => {
    let error: InvalidClassificationError | undefined;
    try {
      parseClassification({
        activities: [
          { activity: "a", type: "waste" },
          { activity: "b", type: "value", waste: "delay" },
          { activity: "a", type: "necessary" },
          { activity: "c", type: "great", minutes: -1 },
        ],
      });
    } catch (e) {
      error = e as InvalidClassificationError;
    }
    expect(error).toBeInstanceOf(InvalidClassificationError);
    expect(error!.issues.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["invalid_value", "activities.3.type"],
        ["too_small", "activities.3.minutes"],
      ]),
    );
    // the checks across entries run once the entries are valid
    const rules = (() => {
      try {
        parseClassification({ activities: [{ activity: "a", type: "waste" }, { activity: "b", type: "value", waste: "delay" }, { activity: "a", type: "necessary" }] });
      } catch (e) {
        return (e as InvalidClassificationError).issues;
      }
    })()!;
    expect(rules.map((i) => i.message)).toEqual([
      "activities[0].waste: a waste activity needs a waste category (delay, duplication, movement, unclear-communication, incorrect-inventory, opportunity-lost, errors, or a custom one)",
      'activities[1].waste: a waste category on a value activity: set type "waste" or drop the category',
      'activities[2].activity: duplicate activity "a" (also activities[0]): classify each activity once',
    ]);
    expect(rules.map((i) => i.code)).toEqual(["missing_waste_category", "waste_category_on_non_waste", "duplicate_id"]);
  });

  test("refuses what is not a classification", () => {
    expect(() => parseClassification([])).toThrow(InvalidClassificationError);
    expect(() => parseClassification({ activities: [], extra: 1 })).toThrow(/extra/);
  });
});

describe("mineService properties", () => {
  const rows = fc.array(
    fc.record({
      case: fc.constantFrom("c1", "c2", "c3", "__proto__"),
      activity: fc.constantFrom("a", "b", "c", "__proto__", "end: a"),
      dept: fc.constantFrom("desk", "lab", "unknown", "", "?"),
      minute: fc.integer({ min: 0, max: 600 }),
    }),
    { minLength: 1, maxLength: 30 },
  );

  test("any small log gives a valid service whose expected minutes are the mean case duration", async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (rs) => {
        const csv = ["case,activity,time,dept", ...rs.map((r) => `${r.case},${r.activity},${new Date(Date.UTC(2024, 0, 1, 0, r.minute)).toISOString()},${r.dept}`)].join("\n");
        const log = await readEventLog(csv, { ...mapping, missing: ["?"] });
        const service = parseService(mineService(log));
        const report = analyse(service);
        const mean = analyseLog(log).caseMinutes.meanMinutes!;
        expect(Math.abs(report.expected.minutes - mean)).toBeLessThan(1e-6 * Math.max(1, mean));
        expect(report.expected.resolved).toBeCloseTo(1, 9);
      }),
      { numRuns: 50 },
    );
  });
});
