// What validation promises analysis: probabilities renormalised, numbers bounded, near-closed
// loops refused, so that a model that validates analyses to finite figures.
import { describe, expect, it } from "vitest";
import { analyse, formatPath, safeParseService, transitionProbabilities } from "../src/index.js";
import { blueprintSvg } from "../src/viz/index.js";
import { formatReport } from "../src/cli/format-report.js";
import { compareReports } from "../src/redesign/compare-reports.js";

/** The numbers of a value, everywhere inside it, with their paths. */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}
const nonFinite = (value: unknown) => numbers(value).filter(([, x]) => !Number.isFinite(x));
const codes = (input: unknown) => {
  const r = safeParseService(input);
  return r.success ? [] : r.issues.map((i) => `${i.code} ${formatPath(i.path)}`);
};

//   a ⟲ (self)          a is the entry
//   a → ok (resolved)   a → gone (abandoned)
function selfLoop(self: number, resolved: number, abandoned: number, by: "probability" | "volume" = "probability") {
  return {
    id: "loop",
    departments: [{ id: "d" }],
    touchpoints: [
      { id: "a", department: "d", entry: 1, steps: [{ name: "s", type: "value", minutes: 1 }] },
      { id: "ok", department: "d", outcome: "resolved", steps: [] },
      { id: "gone", department: "d", outcome: "abandoned", steps: [] },
    ],
    transitions: [
      { from: "a", to: "a", [by]: self },
      { from: "a", to: "ok", [by]: resolved },
      { from: "a", to: "gone", [by]: abandoned },
    ],
  };
}

describe("probabilities within the tolerance are divided by their sum", () => {
  it("a self-loop left with 1e-7 (sum 0.9999991) resolves every customer, not 10 %", () => {
    const model = selfLoop(0.999999, 1e-7, 0);
    expect(safeParseService(model).success).toBe(true);
    const { expected } = analyse(model as never);
    expect(expected.resolved).toBeCloseTo(1, 9);
    expect(expected.abandoned).toBe(0);
    // visits = 1 / (1 − p(self)) with p(self) = 0.999999 / 0.9999991
    expect(expected.visits["a"]).toBeCloseTo(0.9999991 / 1e-7, 1);
  });

  it("exits of 5e-7 and 4e-7 beside a self-loop of 1 − 1e-7 split customers 5 : 4, not 500 % : 400 %", () => {
    const { expected } = analyse(selfLoop(1 - 1e-7, 5e-7, 4e-7) as never);
    expect(expected.resolved).toBeCloseTo(5 / 9, 9);
    expect(expected.abandoned).toBeCloseTo(4 / 9, 9);
  });

  it("transitionProbabilities returns the renormalised split, which sums to 1", () => {
    const { probabilities } = transitionProbabilities(selfLoop(0.5, 0.3, 0.2000009) as never);
    expect(probabilities[0]).toBe(0.5 / (0.5 + 0.3 + 0.2000009));
    expect(Math.abs(probabilities.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-15);
  });
});

describe("numbers are bounded (minutes, wait, cost ≤ 1e9; entry weights and volumes ≤ 1e15)", () => {
  it("refuses a value over each bound, naming the place", () => {
    const model = selfLoop(0.5, 0.5, 0) as any;
    model.volume = 1e16;
    model.touchpoints[0].entry = 1e308;
    model.touchpoints[0].steps = [{ name: "s", type: "value", minutes: 1e308, cost: 2e9 }];
    model.transitions[0].wait = 1.5e9;
    expect(codes(model)).toEqual([
      "too_big volume",
      "too_big touchpoints[0].entry",
      "too_big touchpoints[0].steps[0].minutes",
      "too_big touchpoints[0].steps[0].cost",
      "too_big transitions[0].wait",
    ]);
    const volumes = selfLoop(1e16, 1, 1, "volume");
    expect(codes(volumes)).toEqual(["too_big transitions[0].volume"]);
    const issue = (safeParseService(model) as { issues: { message: string }[] }).issues[2]!;
    expect(issue.message).toBe("touchpoints[0].steps[0].minutes: must be ≤ 1e9, got 1e+308");
  });

  it("a model at every bound analyses to finite numbers in the JSON, the text and the SVG", () => {
    const model = selfLoop(0.5, 0.25, 0.25) as any;
    model.volume = 1e15;
    model.touchpoints[0].entry = 1e15;
    model.touchpoints[0].steps = Array.from({ length: 20 }, (_, k) => ({ name: `s${k}`, type: "waste", waste: "delay", minutes: 1e9, cost: 1e9 }));
    model.transitions.forEach((t: any) => (t.wait = 1e9));
    expect(safeParseService(model).success).toBe(true);
    const report = analyse(model);
    expect(nonFinite(report)).toEqual([]);
    expect(JSON.stringify(report)).not.toContain("null");
    expect(report.expected.minutes).toBeCloseTo(2 * (20e9 + 1e9), -3);
    expect(formatReport(model, report)).not.toMatch(/∞|NaN|Infinity/);
    expect(blueprintSvg(model, report)).not.toMatch(/NaN|Infinity/);
    expect(nonFinite(compareReports(report, analyse(selfLoop(0.5, 0.25, 0.25) as never)))).toEqual([]);
  });
});

describe("nearly_closed_loop: a model that validates analyses", () => {
  it("a self-loop of 1 beside an exit of 1e-12 is refused by validation, not by analyse", () => {
    const model = selfLoop(1, 1e-12, 0);
    const result = safeParseService(model);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toEqual(["nearly_closed_loop"]);
    expect(result.issues[0]!.path).toEqual(["touchpoints", 0]);
    expect(result.issues[0]!.message).toMatch(/^touchpoints\[0\]: customers who reach touchpoint "a" go round it .* \(more than 1e9\)/);
    const counted = safeParseService(selfLoop(1, 1e-11, 0));
    expect(counted.success ? [] : counted.issues.map((i) => i.message)).toEqual([
      'touchpoints[0]: customers who reach touchpoint "a" go round it about 1e+11 times on average before they leave (more than 1e9): ' +
        "a loop this nearly closed gives no meaningful figure; give the transitions out of it a realistic probability or volume",
    ]);
  });

  it("a loop of two left with probability 1e-13, and exits of volume 1 beside a loop of volume 1e15, are refused", () => {
    const pair = {
      id: "pair",
      departments: [{ id: "d" }, { id: "e" }],
      touchpoints: [
        { id: "a", department: "d", entry: true, steps: [] },
        { id: "b", department: "e", steps: [] },
        { id: "ok", department: "d", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "a", to: "b", probability: 1 },
        { from: "b", to: "a", probability: 1 - 1e-13 },
        { from: "b", to: "ok", probability: 1e-13 },
      ],
    };
    expect(codes(pair)).toEqual(["nearly_closed_loop touchpoints[0]"]);
    expect(codes(selfLoop(1e15, 1, 0, "volume"))).toEqual(["nearly_closed_loop touchpoints[0]"]);
  });

  it("a loop left with 2e-9 (5e8 visits) is valid and analyses, resolved + abandoned = 1", () => {
    const model = selfLoop(1 - 2e-9, 1e-9, 1e-9);
    expect(codes(model)).toEqual([]);
    const { expected } = analyse(model as never);
    expect(expected.resolved + expected.abandoned).toBeCloseTo(1, 9);
    expect(expected.resolved).toBeCloseTo(0.5, 6);
    expect(nonFinite(expected)).toEqual([]);
  });
});

describe("messages in the model's own words", () => {
  it("a step without a type says the field is missing, not 'unknown type undefined'", () => {
    const model = selfLoop(0.5, 0.5, 0) as any;
    delete model.touchpoints[0].steps[0].type;
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'touchpoints[0].steps[0].type: required field is missing: add "type", one of value, necessary, waste',
    ]);
  });
});
