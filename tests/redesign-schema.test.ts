import { describe, expect, it } from "vitest";
import { parseRedesign, RedesignSchema, safeParseRedesign } from "../src/index.js";

const messages = (input: unknown) => {
  const result = safeParseRedesign(input);
  return result.success ? [] : result.issues.map((i) => i.message);
};

describe("parseRedesign(input)", () => {
  it("accepts the redesign of DESIGN §7", () => {
    const redesign = {
      name: "One-stop desk",
      changes: [
        { op: "remove-step", touchpoint: "call", step: "Queue on the phone" },
        { op: "set-step", touchpoint: "gp-visit", step: "Tell symptoms", minutes: 3 },
        { op: "merge-departments", departments: ["service", "registry"], into: "service" },
        { op: "set-transition", from: "call", to: "call", probability: 0 },
        { op: "set-transition", from: "review", to: "decision", probability: 0.9, wait: 1440 },
      ],
    };
    expect(parseRedesign(redesign)).toEqual(redesign);
    expect(RedesignSchema.safeParse(redesign).success).toBe(true);
  });

  it("names an unknown or missing op and lists the known ones", () => {
    expect(messages({ changes: [{ op: "remove-stp" }, { touchpoint: "x" }] })).toEqual([
      'changes[0].op: unknown operation "remove-stp" (known: remove-step, set-step, merge-departments, rename-department, set-transition)',
      'changes[1].op: missing "op" (one of remove-step, set-step, merge-departments, rename-department, set-transition)',
    ]);
  });

  it("names missing and unknown fields with the change they belong to", () => {
    const result = safeParseRedesign({
      changes: [
        { op: "remove-step", touchpoint: "call" },
        { op: "set-transition", from: "a", to: "b", probabilty: 0.5, wait: 3 },
      ],
    });
    expect(result.success).toBe(false);
    expect(!result.success && result.issues).toEqual([
      { code: "invalid_type", path: ["changes", 0, "step"], change: 0, message: 'changes[0].step: missing "step" (string)' },
      {
        code: "unrecognized_keys",
        path: ["changes", 1],
        change: 1,
        message: 'changes[1]: unknown field of set-transition "probabilty": remove or rename it',
      },
    ]);
  });

  it("refuses a change that changes nothing and out-of-range numbers", () => {
    expect(
      messages({
        changes: [
          { op: "set-step", touchpoint: "a", step: "b" },
          { op: "set-transition", from: "a", to: "b" },
          { op: "set-transition", from: "a", to: "b", probability: 1.5 },
          { op: "merge-departments", departments: [], into: "x" },
        ],
      }),
    ).toEqual([
      "changes[0]: set-step changes nothing: give at least one of name, minutes, cost, type, waste",
      "changes[1]: set-transition changes nothing: give at least one of probability, wait, waste, failure",
      "changes[2].probability: must be ≤ 1, got 1.5",
      "changes[3].departments: needs at least 1 department, got none",
    ]);
  });

  it("names a missing changes list and a file that is no object", () => {
    expect(messages({ name: "x" })).toEqual(['changes: missing "changes" (array)']);
    expect(messages([])).toEqual(["redesign: expected an object, got an array"]);
  });

  it("parseRedesign throws InvalidRedesignError with every issue", () => {
    expect(() => parseRedesign({ changes: [{ op: "x" }], extra: 1 })).toThrowError(
      /invalid redesign \(2 problems\):\n {2}changes\[0\]\.op: unknown operation "x"/,
    );
  });
});

describe("redesign messages use the model's wording", () => {
  it("a negative minutes or a string where a number goes reads like a model issue", () => {
    const result = safeParseRedesign({ changes: [{ op: "set-step", touchpoint: "a", step: "s", minutes: -1 }, { op: "set-step", touchpoint: "a", step: "s", cost: "x" }] });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual(["changes[0].minutes: must be ≥ 0, got -1", 'changes[1].cost: expected a number, got "x"']);
  });
});
