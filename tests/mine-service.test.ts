import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  analyse,
  analyseLog,
  countMining,
  serviceFromCounts,
  replayRedesign,
  replayComparison,
  InvalidRedesignError,
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
  test("with history 0 mines one touchpoint per (activity, department), a missing department inherited", async () => {
    const service = mineService(await readEventLog(CSV, mapping), { history: 0 });
    expect(service).toEqual({
      id: "mined-service",
      // three cases start; the CSV has no start times and no classification was given
      mined: { cases: 3, startTimes: false, classified: [] },
      departments: [{ id: "desk" }, { id: "lab" }, { id: "imaging" }], // no unknown: "wait" inherits lab
      touchpoints: [
        { id: "call", department: "desk", entry: 3, steps: value("call") },
        { id: "test", department: "lab", steps: value("test") },
        { id: "wait", department: "lab", steps: value("wait") }, // case A's previous known department
        { id: "talk", department: "desk", steps: value("talk") },
        { id: "pay", department: "desk", steps: value("pay") },
        { id: "x-ray", department: "imaging", steps: value("x-ray") },
        { id: "end: call", name: "Case ends after call", department: "desk", outcome: "resolved", steps: [] },
        { id: "end: test", name: "Case ends after test", department: "lab", outcome: "resolved", steps: [] },
        { id: "end: pay", name: "Case ends after pay", department: "desk", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "call", to: "call", volume: 1, wait: 5 },
        { from: "call", to: "test", volume: 2, wait: 20 }, // 10 and 30 minutes
        { from: "test", to: "wait", volume: 1, wait: 10 },
        { from: "test", to: "x-ray", volume: 1, wait: 30 },
        { from: "wait", to: "talk", volume: 1, wait: 20 },
        { from: "talk", to: "test", volume: 1, wait: 60 },
        { from: "talk", to: "pay", volume: 1, wait: 1 },
        { from: "x-ray", to: "talk", volume: 1, wait: 0 },
        { from: "call", to: "end: call", volume: 1 },
        { from: "test", to: "end: test", volume: 1 },
        { from: "pay", to: "end: pay", volume: 1 },
      ],
    });
    expect(parseService(service)).toEqual(service);
  });

  test("missingDepartment unknown puts an event without a department in the unknown department", async () => {
    const service = mineService(await readEventLog(CSV, mapping), { history: 0, missingDepartment: "unknown" });
    expect(service.departments.map((d) => d.id)).toEqual(["desk", "lab", "imaging", "unknown"]);
    expect(service.touchpoints.find((t) => t.id === "wait")!.department).toBe("unknown");
    // case A runs desk lab unknown desk: 3 hand-offs, one more than the log's, which leaves the
    // unknown event out; C has 4: (3 + 0 + 4) / 3 cases
    expect(analyse(service).expected.handoffs).toBeCloseTo(7 / 3, 12);
  });

  test("history 1 refines a touchpoint by the previous department run: ids, names and groups", async () => {
    // case A  call(desk) test(lab) wait(lab) talk(desk) pay(desk): talk after a run in lab
    // case C  call(desk) test(lab) x-ray(imaging) talk(desk) test(lab): talk after imaging
    const service = parseService(mineService(await readEventLog(CSV, mapping), { history: 1 }));
    const talk = service.touchpoints.filter((t) => t.group === "talk");
    expect(talk).toEqual([
      { id: "talk | after lab", name: "talk", department: "desk", steps: value("talk"), group: "talk" },
      { id: "talk | after imaging", name: "talk", department: "desk", steps: value("talk"), group: "talk" },
    ]);
    // test always follows a run in desk: one touchpoint, no group
    expect(service.touchpoints.filter((t) => t.name === "test" || t.id === "test").map((t) => [t.id, t.group])).toEqual([["test", undefined]]);
  });

  test("history 2 remembers the previous two runs; outcomes of one group share it", async () => {
    const service = parseService(mineService(await readEventLog(CSV, mapping)));
    expect(service.touchpoints.map((t) => t.id)).toEqual([
      "call",
      "test | after desk",
      "test | after imaging → desk", // case C: desk lab imaging desk | lab
      "wait",
      "talk | after desk → lab",
      "talk | after lab → imaging",
      "pay",
      "x-ray",
      "end: call",
      "end: test | after imaging → desk",
      "end: pay",
    ]);
  });

  test("tells the same story as the log: hand-offs, ping-pongs, revisits and minutes per case", async () => {
    const log = await readEventLog(CSV, mapping);
    // A: desk lab desk (2 hand-offs, 1 ping-pong, 1 revisit, 41 min); B: desk (5 min);
    // C: desk lab imaging desk lab (4 hand-offs, 0 ping-pongs, 2 revisits, 120 min)
    for (const history of [0, 1, 2] as const) {
      const e = analyse(mineService(log, { history })).expected;
      expect(e.handoffs).toBeCloseTo(6 / 3, 12);
      expect(e.minutes).toBeCloseTo(166 / 3, 12);
      if (history > 0) expect(e.pingPongs).toBeCloseTo(1 / 3, 12);
    }
    // history 2 keeps the three journeys apart (call's self-loop aside): revisits exact here
    expect(analyse(mineService(log)).expected.revisits).toBeCloseTo(1, 12);
  });

  test("applies a classification: step type, waste, minutes, failure demand and abandoned ends", async () => {
    const classification = parseClassification({
      activities: [
        { activity: "wait", type: "waste", waste: "delay", minutes: 15, failure: true },
        { activity: "pay", type: "necessary", minutes: 2, cost: 1.5, outcome: "abandoned" },
        { activity: "not in the log", type: "value" },
      ],
    });
    const service = mineService(await readEventLog(CSV, mapping), { classification, id: "clinic", name: "Clinic", history: 0 });
    expect([service.id, service.name]).toEqual(["clinic", "Clinic"]);
    const touchpoint = (id: string) => service.touchpoints.find((t) => t.id === id)!;
    expect(touchpoint("wait").steps).toEqual([{ name: "wait", type: "waste", waste: "delay", minutes: 15 }]);
    expect(touchpoint("pay").steps).toEqual([{ name: "pay", type: "necessary", minutes: 2, cost: 1.5 }]);
    expect(touchpoint("end: pay").outcome).toBe("abandoned");
    expect(service.transitions.filter((t) => t.failure)).toEqual([{ from: "test", to: "wait", volume: 1, wait: 10, failure: true }]);
    const report = analyse(parseService(service));
    expect(report.expected.abandoned).toBeCloseTo(1 / 3, 9); // case A ends with pay
    // the form of hukka 0.1 still works
    expect(mineService(await readEventLog(CSV, mapping), classification, { id: "clinic", name: "Clinic", history: 0 })).toEqual(service);
  });

  test("hostile and colliding names stay data", async () => {
    const csv = `case,activity,time,dept
__proto__,__proto__,2024-01-01T08:00:00Z,unknown
__proto__,end: b,2024-01-01T08:01:00Z,constructor
__proto__,b,2024-01-01T08:02:00Z,
x,<img src=x onerror=alert(1)>,2024-01-01T08:00:00Z,toString
y,b,2024-01-01T08:00:00Z,
`;
    const service = parseService(mineService(await readEventLog(csv, mapping), { history: 0 }));
    expect(service.departments.map((d) => d.id)).toEqual(["unknown", "constructor", "toString", "unknown (2)"]);
    expect(service.touchpoints.map((t) => [t.id, t.department])).toEqual([
      ["__proto__", "unknown"],
      ["end: b", "constructor"],
      ["b @ constructor", "constructor"], // inherits case __proto__'s department
      ["b @ unknown (2)", "unknown (2)"], // case y has no known department
      ["<img src=x onerror=alert(1)>", "toString"],
      ["end: b @ constructor", "constructor"],
      ["end: b @ unknown (2)", "unknown (2)"],
      ["end: <img src=x onerror=alert(1)>", "toString"],
    ]);
    expect(Object.prototype).not.toHaveProperty("b");
    const report = analyse(service);
    expect(Object.keys(report.expected.visits)).toContain("__proto__");
  });

  test("refuses unknown options with the choices", async () => {
    const log = await readEventLog(CSV, mapping);
    expect(() => mineService(log, { history: 3 as 2 })).toThrow("invalid history 3: use 0, 1 or 2");
    expect(() => mineService(log, { missingDepartment: "drop" as "unknown" })).toThrow('invalid missingDepartment "drop": use "inherit" or "unknown"');
  });
});

describe("countMining and serviceFromCounts", () => {
  test("countMining(log) counts states, starts, ends and directly-follows pairs with summed waits", async () => {
    const counts = countMining(await readEventLog(CSV, mapping), { history: 1 });
    expect(counts).toMatchObject({ format: "hukka-mining-counts", version: 1, history: 1, missingDepartment: "inherit", cases: 3, events: 12 });
    expect(counts.activities).toEqual(["call", "test", "wait", "talk", "pay", "x-ray"]);
    expect(counts.departments).toEqual(["desk", "lab", "imaging"]);
    const names = counts.states.map((s) => `${counts.activities[s.activity]}/${counts.departments[s.department]}/${s.history.map((d) => counts.departments[d]).join(">")}`);
    expect(names).toEqual(["call/desk/", "test/lab/desk", "wait/lab/desk", "talk/desk/lab", "talk/desk/imaging", "pay/desk/lab", "x-ray/imaging/lab"]);
    expect(counts.states.map((s) => [s.visits, s.starts, s.ends])).toEqual([[4, 3, 1], [3, 0, 1], [1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 1], [1, 0, 0]]);
    expect(counts.transitions).toEqual([
      { from: 0, to: 0, count: 1, waitMinutes: 5 },
      { from: 0, to: 1, count: 2, waitMinutes: 40 },
      { from: 1, to: 2, count: 1, waitMinutes: 10 },
      { from: 1, to: 6, count: 1, waitMinutes: 30 },
      { from: 2, to: 3, count: 1, waitMinutes: 20 },
      { from: 3, to: 5, count: 1, waitMinutes: 1 },
      { from: 4, to: 1, count: 1, waitMinutes: 60 },
      { from: 6, to: 4, count: 1, waitMinutes: 0 },
    ]);
  });

  test("the counts survive JSON and any order of states and transitions", async () => {
    const log = await readEventLog(CSV, mapping);
    const counts = countMining(log);
    const shuffled = JSON.parse(JSON.stringify(counts));
    // reverse the states (re-pointing the transitions) and the transitions
    const S = shuffled.states.length;
    shuffled.states.reverse();
    shuffled.transitions = shuffled.transitions.reverse().map((t: { from: number; to: number }) => ({ ...t, from: S - 1 - t.from, to: S - 1 - t.to }));
    expect(serviceFromCounts(shuffled, { id: "x" })).toEqual(mineService(log, { id: "x" }));
  });

  test("serviceFromCounts names the bad place in counts from elsewhere", async () => {
    const counts = countMining(await readEventLog(CSV, mapping));
    expect(() => serviceFromCounts({ ...counts, format: "other" as "hukka-mining-counts" })).toThrow(/format: not mining counts/);
    const badState = { ...counts, states: counts.states.map((s, k) => (k === 2 ? { ...s, department: 7 } : s)) };
    expect(() => serviceFromCounts(badState)).toThrow("serviceFromCounts: states[2].department: 7 is not -1 or an index into the 3 departments");
    const badTransition = { ...counts, transitions: [{ from: 0, to: 99, count: 1, waitMinutes: 0 }] };
    expect(() => serviceFromCounts(badTransition)).toThrow(/transitions\[0\]: from 0 \/ to 99/);
  });

  test("the counts of two sets of cases add up to the counts of the whole log", async () => {
    const log = await readEventLog(CSV, mapping);
    const part = (cases: string[]) => readEventLog(CSV.split("\n").filter((line, i) => i === 0 || cases.includes(line.split(",")[0]!)).join("\n"), mapping);
    const [ab, c] = [countMining(await part(["A", "B"])), countMining(await part(["C"]))];
    const whole = countMining(log);
    const key = (counts: typeof whole, s: (typeof whole.states)[number]) =>
      [counts.activities[s.activity], counts.departments[s.department], ...s.history.map((d) => counts.departments[d])].join("/");
    const visits = new Map<string, number>();
    for (const counts of [ab, c]) for (const s of counts.states) visits.set(key(counts, s), (visits.get(key(counts, s)) ?? 0) + s.visits);
    expect(new Map(whole.states.map((s) => [key(whole, s), s.visits]))).toEqual(visits);
  });
});

describe("service time from start times", () => {
  // P  register(desk) 08:00–08:10, exam(clinic) 08:30–09:00, pay(desk) –09:05 (no start)
  // Q  register(desk) 10:00–10:20, exam(clinic) 11:00–11:10
  // service: register (10 + 20) / 2 = 15, exam (30 + 10) / 2 = 20, pay 0
  // waits: register → exam (20 + 40) / 2 = 30, exam → pay 5; cases 65 and 70 minutes
  const CSV_WITH_STARTS = `case,activity,start,end,dept
P,register,2024-01-01T08:00:00Z,2024-01-01T08:10:00Z,desk
P,exam,2024-01-01T08:30:00Z,2024-01-01T09:00:00Z,clinic
P,pay,,2024-01-01T09:05:00Z,desk
Q,register,2024-01-01T10:00:00Z,2024-01-01T10:20:00Z,desk
Q,exam,2024-01-01T11:00:00Z,2024-01-01T11:10:00Z,clinic
`;
  const startMapping = { case: "case", activity: "activity", timestamp: "end", startTimestamp: "start", department: "dept" };
  const xes = (events: [string, string, string, string][]) =>
    `<log><trace><string key="concept:name" value="P"/>${events
      .map(([a, life, t, d]) => `<event><string key="concept:name" value="${a}"/><string key="lifecycle:transition" value="${life}"/><date key="time:timestamp" value="${t}"/><string key="org:group" value="${d}"/></event>`)
      .join("")}</trace></log>`;

  test("a CSV start-timestamp column gives touchpoints their mean service time; waits run to the next start", async () => {
    const log = await readEventLog(CSV_WITH_STARTS, startMapping);
    const service = mineService(log, { history: 0 });
    const minutes = (id: string) => service.touchpoints.find((t) => t.id === id)!.steps[0]!.minutes;
    expect([minutes("register"), minutes("exam"), minutes("pay")]).toEqual([15, 20, 0]);
    expect(service.transitions.filter((t) => !t.to.startsWith("end")).map((t) => [t.from, t.to, t.wait])).toEqual([
      ["register", "exam", 30],
      ["exam", "pay", 5],
    ]);
    const e = analyse(service).expected;
    expect(e.minutes).toBeCloseTo((65 + 70) / 2, 12);
    expect(e.valueMinutes).toBeCloseTo(15 + 20, 12);
    expect(e.flowEfficiency).toBeCloseTo(35 / 67.5, 12);
  });

  test("an unreadable start timestamp names its line and column", async () => {
    await expect(readEventLog(CSV_WITH_STARTS.replace("2024-01-01T10:00:00Z", "soon"), startMapping)).rejects.toThrow(
      'line 5: cannot read the start timestamp "soon" in column "start"',
    );
  });

  test("XES start and complete events of an activity pair first in, first out", async () => {
    const log = await readEventLog(
      xes([
        ["a", "start", "2024-01-01T08:00:00Z", "desk"],
        ["a", "start", "2024-01-01T08:05:00Z", "desk"],
        ["a", "complete", "2024-01-01T08:10:00Z", "desk"],
        ["b", "complete", "2024-01-01T08:20:00Z", "lab"], // no start: no service time
        ["a", "complete", "2024-01-01T08:30:00Z", "desk"],
      ]),
      { department: "org:group" },
    );
    expect(log.events).toBe(3);
    expect(Array.from(log.activity, (a) => log.activities[a])).toEqual(["a", "b", "a"]);
    expect(Array.from(log.start!, (t) => (Number.isNaN(t) ? null : new Date(t).toISOString().slice(11, 16)))).toEqual(["08:00", null, "08:05"]);
  });

  test("an XES log with lifecycle start/complete mines the same model as the CSV with a start column", async () => {
    const fromXes = await readEventLog(
      `<log>${["P", "Q"]
        .map((c) => {
          const rows = CSV_WITH_STARTS.trim().split("\n").slice(1).map((l) => l.split(",")).filter((r) => r[0] === c);
          const events = rows.flatMap(([, a, s, t, d]) => [
            ...(s ? [`<event><string key="concept:name" value="${a}"/><string key="lifecycle:transition" value="start"/><date key="time:timestamp" value="${s}"/><string key="org:group" value="${d}"/></event>`] : []),
            `<event><string key="concept:name" value="${a}"/><string key="lifecycle:transition" value="complete"/><date key="time:timestamp" value="${t}"/><string key="org:group" value="${d}"/></event>`,
          ]);
          return `<trace><string key="concept:name" value="${c}"/>${events.join("")}</trace>`;
        })
        .join("")}</log>`,
      { department: "org:group" },
    );
    const fromCsv = await readEventLog(CSV_WITH_STARTS, startMapping);
    expect(mineService(fromXes)).toEqual(mineService(fromCsv));
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

  test("any small log gives a valid service with the log's minutes and hand-offs per case (and ping-pongs with history)", async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (rs) => {
        const csv = ["case,activity,time,dept", ...rs.map((r) => `${r.case},${r.activity},${new Date(Date.UTC(2024, 0, 1, 0, r.minute)).toISOString()},${r.dept}`)].join("\n");
        const log = await readEventLog(csv, { ...mapping, missing: ["?"] });
        const logReport = analyseLog(log);
        const perCase = (total: number) => total / logReport.cases;
        const mean = logReport.caseMinutes.meanMinutes!;
        for (const history of [0, 1, 2] as const) {
          const service = parseService(mineService(log, { history }));
          const e = analyse(service).expected;
          expect(Math.abs(e.minutes - mean)).toBeLessThan(1e-9 * Math.max(1, mean));
          expect(e.handoffs).toBeCloseTo(perCase(logReport.handoffs), 9);
          if (history > 0) expect(e.pingPongs).toBeCloseTo(perCase(logReport.pingPongs), 9);
          expect(e.resolved).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("replayRedesign(log, redesign)", () => {
  test("relabels the departments of the cases: merge-departments and rename-department", async () => {
    const log = await readEventLog(CSV, mapping);
    const merged = replayRedesign(log, { changes: [{ op: "merge-departments", departments: ["lab", "imaging"], into: "care" }, { op: "rename-department", department: "desk", to: "front" }] });
    expect(merged.departments).toEqual(["front", "care"]);
    // A: front care (missing) front front → F C F; C: front care care front care → F C F C
    const report = analyseLog(merged);
    expect([report.handoffs, report.pingPongs, report.revisits]).toEqual([2 + 3, 1 + 2, 1 + 2]);
    expect(log.departments).toEqual(["desk", "lab", "imaging"]); // the log itself is untouched
    expect(merged.activity).toBe(log.activity);
  });

  test("refuses what has no exact meaning on cases, and departments the log does not have", async () => {
    const log = await readEventLog(CSV, mapping);
    let error: InvalidRedesignError | undefined;
    try {
      replayRedesign(log, {
        changes: [
          { op: "remove-step", touchpoint: "call", step: "call" },
          { op: "merge-departments", departments: ["desk", "radiology"], into: "desk" },
          { op: "rename-department", department: "lab", to: "desk" },
        ],
      });
    } catch (e) {
      error = e as InvalidRedesignError;
    }
    expect(error).toBeInstanceOf(InvalidRedesignError);
    expect(error!.issues.map((i) => i.message)).toEqual([
      "changes[0].op: changes[0] (remove-step call / \"call\") cannot be replayed on the cases of a log: only merge-departments and rename-department (relabelling departments) have an exact meaning there; apply it to the mined model instead",
      'changes[1].departments[1]: unknown department "radiology" (known: desk, lab, imaging)',
      'changes[2].to: department "desk" exists already: to join "lab" with it, use merge-departments',
    ]);
  });

  test("replayComparison: the mined model's predicted hand-offs change equals the replayed one", async () => {
    const log = await readEventLog(CSV, mapping);
    const r = replayComparison(log, { name: "one care team", changes: [{ op: "merge-departments", departments: ["lab", "imaging"], into: "lab" }] });
    // C: desk lab imaging desk lab → desk lab desk lab: 4 → 3 hand-offs, 0 → 2 ping-pongs, 2 → 2 revisits
    expect(r.name).toBe("one care team");
    expect(r.replayed).toEqual({ handoffs: expect.closeTo(-1 / 3, 12), pingPongs: expect.closeTo(2 / 3, 12), revisits: 0, minutes: 0 });
    expect(r.predicted.handoffs).toBeCloseTo(-1 / 3, 12);
    expect(r.remined.handoffs).toBeCloseTo(-1 / 3, 12);
    expect(r.remined.pingPongs).toBeCloseTo(2 / 3, 12);
  });
});
