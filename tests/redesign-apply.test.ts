import { describe, expect, it } from "vitest";
import {
  applyRedesign,
  InvalidRedesignError,
  parseService,
  safeApplyRedesign,
  serviceDiff,
  type Redesign,
  type RedesignChange,
  type Service,
} from "../src/index.js";
import { deepFreeze, exits, referral } from "./redesign-fixtures.js";

const frozen = () => deepFreeze(referral());
const apply = (service: Service, ...changes: RedesignChange[]) => applyRedesign(service, { name: "test", changes });

/** The issues of a redesign that must fail. */
function issuesOf(service: Service, ...changes: RedesignChange[]) {
  const result = safeApplyRedesign(service, { changes });
  if (result.success) throw new Error("expected the redesign to fail");
  return result.issues;
}

describe("applyRedesign(service, redesign)", () => {
  it("returns an equal but separate service for an empty redesign", () => {
    const before = frozen();
    const after = applyRedesign(before, { name: "nothing", changes: [] });
    expect(after).toEqual(before);
    expect(after).not.toBe(before);
    after.touchpoints[0]!.steps.pop(); // the result is the caller's to change
    expect(before.touchpoints[0]!.steps).toHaveLength(3);
  });

  it("returns a valid model and leaves a frozen input untouched", () => {
    const before = frozen();
    const after = apply(
      before,
      { op: "remove-step", touchpoint: "call", step: "Queue" },
      { op: "set-step", touchpoint: "result", step: "Return visit", minutes: 0 },
      { op: "merge-departments", departments: ["desk", "lab"], into: "desk" },
      { op: "set-transition", from: "call", to: "call", probability: 0 },
    );
    expect(parseService(after)).toEqual(after);
    expect(before).toEqual(referral());
  });

  it("remove-step removes the named step only", () => {
    const after = apply(frozen(), { op: "remove-step", touchpoint: "call", step: "Queue" });
    expect(after.touchpoints[0]!.steps.map((s) => s.name)).toEqual(["Tell symptoms", "Identify"]);
    expect(after.touchpoints.slice(1)).toEqual(referral().touchpoints.slice(1));
  });

  it("set-step replaces the given fields and drops the waste category of a step that stops being waste", () => {
    const after = apply(
      frozen(),
      { op: "set-step", touchpoint: "call", step: "Queue", minutes: 2, cost: 1, name: "Booked call-back" },
      { op: "set-step", touchpoint: "result", step: "Return visit", type: "necessary" },
    );
    expect(after.touchpoints[0]!.steps[0]).toEqual({ name: "Booked call-back", type: "waste", waste: "delay", minutes: 2, cost: 1 });
    expect(after.touchpoints[2]!.steps[0]).toEqual({ name: "Return visit", type: "necessary", minutes: 15 });
  });

  it("set-step can change the waste category alone", () => {
    const after = apply(frozen(), { op: "set-step", touchpoint: "test", step: "Wait at the lab", waste: "errors" });
    expect(after.touchpoints[1]!.steps[0]!.waste).toBe("errors");
  });

  it("a step name used twice needs an occurrence", () => {
    const service = referral();
    service.touchpoints[0]!.steps.push({ name: "Queue", type: "waste", waste: "delay", minutes: 7 });
    deepFreeze(service);
    const [issue] = issuesOf(service, { op: "remove-step", touchpoint: "call", step: "Queue" });
    expect(issue).toMatchObject({ code: "ambiguous_step", path: ["changes", 0, "step"], change: 0 });
    expect(issue!.message).toBe(
      'changes[0].step: touchpoint "call" has 2 steps named "Queue": add "occurrence": 1 … 2 to say which',
    );
    const after = apply(service, { op: "remove-step", touchpoint: "call", step: "Queue", occurrence: 2 });
    expect(after.touchpoints[0]!.steps.map((s) => s.minutes)).toEqual([20, 5, 1]);
    expect(issuesOf(service, { op: "remove-step", touchpoint: "call", step: "Queue", occurrence: 3 })[0]!.message).toBe(
      'changes[0].occurrence: touchpoint "call" has 2 steps named "Queue", not 3',
    );
  });

  describe("merge-departments", () => {
    it("re-homes the touchpoints and removes the merged-away departments", () => {
      const after = apply(frozen(), { op: "merge-departments", departments: ["lab", "desk"], into: "desk" });
      expect(after.departments).toEqual([{ id: "desk", name: "Front desk" }, { id: "clinic", name: "Clinic" }]);
      expect(after.touchpoints.map((t) => t.department)).toEqual(["desk", "desk", "desk", "clinic", "desk"]);
    });

    it("into a new department: placed where the first merged one stood, in the first listed one's lane", () => {
      const after = apply(frozen(), {
        op: "merge-departments",
        departments: ["lab", "clinic"],
        into: "care-team",
        name: "Care team",
      });
      expect(after.departments).toEqual([
        { id: "desk", name: "Front desk" },
        { id: "care-team", name: "Care team", lane: "backstage" },
      ]);
      expect(after.touchpoints.map((t) => t.department)).toEqual(["desk", "care-team", "desk", "care-team", "desk"]);
    });

    it("into an existing department that is not listed keeps that department's record, lane overridable", () => {
      const after = apply(frozen(), { op: "merge-departments", departments: ["lab"], into: "clinic", lane: "support" });
      expect(after.departments).toEqual([
        { id: "desk", name: "Front desk" },
        { id: "clinic", name: "Clinic", lane: "support" },
      ]);
    });

    it("an unknown department is an error naming it and the known ones", () => {
      const issues = issuesOf(frozen(), { op: "merge-departments", departments: ["desk", "radiology"], into: "desk" });
      expect(issues).toEqual([
        {
          code: "unknown_department",
          path: ["changes", 0, "departments", 1],
          change: 0,
          message: 'changes[0].departments[1]: unknown department "radiology" (known: desk, lab, clinic)',
        },
      ]);
    });
  });

  describe("rename-department", () => {
    it("gives the department a new id in its place, its record and touchpoints follow", () => {
      const after = apply(frozen(), { op: "rename-department", department: "lab", to: "laboratory" });
      expect(after.departments).toEqual([
        { id: "desk", name: "Front desk" },
        { id: "laboratory", name: "Laboratory", lane: "backstage" },
        { id: "clinic", name: "Clinic" },
      ]);
      expect(after.touchpoints.map((t) => t.department)).toEqual(["desk", "laboratory", "desk", "clinic", "desk"]);
      expect(apply(frozen(), { op: "rename-department", department: "lab", to: "lab2", name: "Lab 2" }).departments[1]).toEqual({ id: "lab2", name: "Lab 2", lane: "backstage" });
    });

    it("refuses a rename onto another department (a merge) and an unknown department", () => {
      expect(issuesOf(frozen(), { op: "rename-department", department: "lab", to: "desk" })).toEqual([
        {
          code: "department_exists",
          path: ["changes", 0, "to"],
          change: 0,
          message: 'changes[0].to: department "desk" exists already: to join "lab" with it, use merge-departments',
        },
      ]);
      expect(issuesOf(frozen(), { op: "rename-department", department: "x", to: "y" })[0]!.message).toBe(
        'changes[0].department: unknown department "x" (known: desk, lab, clinic)',
      );
    });
  });

  describe("set-transition", () => {
    it("probability 0 removes the transition and rescales the others: 0.6 / 0.7 and 0.1 / 0.7", () => {
      const after = apply(frozen(), { op: "set-transition", from: "call", to: "call", probability: 0 });
      const p = exits(after, "call");
      expect(Object.keys(p)).toEqual(["test", "gave-up"]);
      expect(p.test).toBeCloseTo(6 / 7, 15);
      expect(p["gave-up"]).toBeCloseTo(1 / 7, 15);
    });

    it("a new probability rescales the others by (1 − p) / their sum: 0.3 and 0.1 × 0.5 / 0.4", () => {
      const after = apply(frozen(), { op: "set-transition", from: "call", to: "test", probability: 0.5 });
      const p = exits(after, "call");
      expect(p.test).toBe(0.5);
      expect(p.call).toBeCloseTo(0.375, 15);
      expect(p["gave-up"]).toBeCloseTo(0.125, 15);
    });

    it("a new pair is added next to the other transitions out of from, the others × 0.8", () => {
      const after = apply(frozen(), { op: "set-transition", from: "call", to: "result", probability: 0.2, wait: 5 });
      expect(after.transitions.map((t) => `${t.from}→${t.to}`)).toEqual([
        "call→test",
        "call→call",
        "call→gave-up",
        "call→result",
        "test→result",
        "result→done",
      ]);
      const p = exits(after, "call");
      expect([p.test, p.call, p["gave-up"]].map((x) => Math.round(x! * 1e12) / 1e12)).toEqual([0.48, 0.24, 0.08]);
      expect(after.transitions[3]).toEqual({ from: "call", to: "result", probability: 0.2, wait: 5 });
    });

    it("probability 1 removes every other transition out of from", () => {
      const after = apply(frozen(), { op: "set-transition", from: "call", to: "test", probability: 1 });
      expect(exits(after, "call")).toEqual({ test: 1 });
    });

    it("wait, waste and failure alone leave the probabilities as they are", () => {
      const after = apply(frozen(), { op: "set-transition", from: "test", to: "result", wait: 0, failure: true, waste: "errors" });
      expect(after.transitions[3]).toEqual({ from: "test", to: "result", probability: 1, wait: 0, failure: true, waste: "errors" });
      expect(after.transitions.filter((t) => t !== after.transitions[3])).toEqual(
        referral().transitions.filter((_, i) => i !== 3),
      );
    });

    it("refuses to rescale when the others have nothing to rescale", () => {
      const service = referral();
      service.transitions[1]!.probability = 0; // call→call 0, call→test 0.9
      service.transitions[0]!.probability = 0.9;
      service.transitions.splice(2, 1, { from: "call", to: "gave-up", probability: 0.1 });
      const only = apply(deepFreeze(service), { op: "set-transition", from: "call", to: "gave-up", probability: 0 });
      // call→test 0.9 / 0.9 = 1, call→call stays at 0
      expect(exits(only, "call")).toEqual({ test: 1, call: 0 });
      const [issue] = issuesOf(only, { op: "set-transition", from: "call", to: "test", probability: 0.5 });
      expect(issue).toMatchObject({ code: "cannot_rescale", path: ["changes", 0, "probability"] });
      expect(issue!.message).toBe(
        'changes[0].probability: cannot give the remaining 0.5 to the other transitions out of "call": they all have probability 0 (call); add or set them first, or use probability 1',
      );
      const [none] = issuesOf(frozen(), { op: "set-transition", from: "test", to: "result", probability: 0.4 });
      expect(none!.message).toContain('out of "test": there are none');
    });

    it("a new pair needs a probability, and there is nothing to remove on an unknown pair", () => {
      expect(issuesOf(frozen(), { op: "set-transition", from: "call", to: "done", wait: 5 })[0]).toMatchObject({
        code: "missing_probability",
        message:
          "changes[0].probability: there is no transition call → done (its transitions go to: test, call, gave-up); give a probability to add one",
      });
      expect(issuesOf(frozen(), { op: "set-transition", from: "call", to: "done", probability: 0 })[0]).toMatchObject({
        code: "unknown_transition",
        path: ["changes", 0, "to"],
      });
    });

    it("converts volumes to probabilities first, with a warning", () => {
      const service = referral();
      service.transitions[0] = { from: "call", to: "test", volume: 60 };
      service.transitions[1] = { from: "call", to: "call", volume: 30, failure: true };
      service.transitions[2] = { from: "call", to: "gave-up", volume: 10 };
      const result = safeApplyRedesign(deepFreeze(service), {
        changes: [{ op: "set-transition", from: "call", to: "call", probability: 0 }],
      });
      if (!result.success) throw new Error(result.issues[0]!.message);
      // volumes 60 : 30 : 10 → 0.6, 0.3, 0.1; without call→call: 0.6 / 0.7, 0.1 / 0.7
      expect(result.data.transitions.slice(0, 2)).toEqual([
        { from: "call", to: "test", probability: expect.closeTo(6 / 7, 12) },
        { from: "call", to: "gave-up", probability: expect.closeTo(1 / 7, 12) },
      ]);
      expect(result.warnings).toContainEqual({
        code: "converted_to_probabilities",
        path: ["changes", 0],
        message:
          'changes[0]: the transitions out of "call" gave volumes; converted to probabilities (test 0.6, call 0.3, gave-up 0.1) before changing them',
      });
    });

    it("converts a uniform split too", () => {
      const service = referral();
      service.transitions = service.transitions.map((t) => (t.from === "call" ? { from: t.from, to: t.to } : t));
      const result = safeApplyRedesign(deepFreeze(service), {
        changes: [{ op: "set-transition", from: "call", to: "test", probability: 0.5 }],
      });
      if (!result.success) throw new Error(result.issues[0]!.message);
      // uniform 1/3 each; the other two × 0.5 / (2/3) = 0.25 each
      const p = exits(result.data, "call");
      expect(p.call).toBeCloseTo(0.25, 12);
      expect(p["gave-up"]).toBeCloseTo(0.25, 12);
      expect(result.warnings.map((w) => w.code)).toContain("converted_to_probabilities");
      expect(result.warnings.find((w) => w.code === "converted_to_probabilities")!.message).toContain("a uniform split");
    });
  });

  describe("errors", () => {
    it("an unknown touchpoint names it and lists the known ones", () => {
      expect(issuesOf(frozen(), { op: "remove-step", touchpoint: "cal", step: "Queue" })).toEqual([
        {
          code: "unknown_touchpoint",
          path: ["changes", 0, "touchpoint"],
          change: 0,
          message: 'changes[0].touchpoint: unknown touchpoint "cal" (known: call, test, result, done, gave-up)',
        },
      ]);
      expect(issuesOf(frozen(), { op: "set-transition", from: "call", to: "nowhere", probability: 1 })[0]!.message).toBe(
        'changes[0].to: unknown touchpoint "nowhere" (known: call, test, result, done, gave-up)',
      );
    });

    it("an unknown step names it and lists the touchpoint's steps", () => {
      expect(issuesOf(frozen(), { op: "set-step", touchpoint: "call", step: "queue", minutes: 1 })[0]).toEqual({
        code: "unknown_step",
        path: ["changes", 0, "step"],
        change: 0,
        message: 'changes[0].step: touchpoint "call" has no step "queue" (its steps: "Queue", "Tell symptoms", "Identify")',
      });
    });

    it("stops at the first failing change, counting from 0", () => {
      const issues = issuesOf(
        frozen(),
        { op: "remove-step", touchpoint: "call", step: "Queue" },
        { op: "remove-step", touchpoint: "call", step: "Queue" },
      );
      expect(issues.map((i) => i.message)).toEqual([
        'changes[1].step: touchpoint "call" has no step "Queue" (its steps: "Tell symptoms", "Identify")',
      ]);
    });

    it("applyRedesign throws InvalidRedesignError carrying the issues", () => {
      const redesign: Redesign = { changes: [{ op: "remove-step", touchpoint: "__proto__", step: "x" }] };
      const error = (() => {
        try {
          applyRedesign(frozen(), redesign);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InvalidRedesignError);
      expect((error as InvalidRedesignError).issues[0]!.code).toBe("unknown_touchpoint");
      expect((error as InvalidRedesignError).message).toBe(
        'invalid redesign (1 problem):\n  changes[0].touchpoint: unknown touchpoint "__proto__" (known: call, test, result, done, gave-up)',
      );
    });

    it("an invalid service is reported as the service's, not a change's", () => {
      const service = referral();
      service.touchpoints[1]!.department = "radiology";
      const result = safeApplyRedesign(deepFreeze(service), { changes: [] });
      expect(result.success).toBe(false);
      expect(!result.success && result.issues.map((i) => [i.change, i.message])).toEqual([
        [null, 'service: touchpoints[1].department: unknown department "radiology" (known: desk, lab, clinic)'],
      ]);
    });

    it("a badly formed redesign is reported before anything is applied", () => {
      const result = safeApplyRedesign(frozen(), { changes: [{ op: "remove-steps" }] } as unknown as Redesign);
      expect(result.success).toBe(false);
      expect(!result.success && result.issues[0]!.message).toBe(
        'changes[0].op: unknown operation "remove-steps" (known: remove-step, set-step, merge-departments, rename-department, set-transition)',
      );
    });
  });

  it("serviceDiff names what a redesign changed", () => {
    const before = frozen();
    const after = apply(
      before,
      { op: "remove-step", touchpoint: "call", step: "Queue" },
      { op: "merge-departments", departments: ["lab", "clinic"], into: "care" },
      { op: "set-transition", from: "call", to: "call", probability: 0 },
      { op: "set-transition", from: "result", to: "result", probability: 0.5 },
    );
    expect(serviceDiff(before, after)).toEqual({
      // call lost a step; test and done moved to "care"
      touchpoints: [
        { id: "call", change: "changed" },
        { id: "test", change: "changed" },
        { id: "done", change: "changed" },
      ],
      // call → call removed, its siblings rescaled; result → done halved and result → result added
      transitions: [
        { from: "call", to: "test", change: "changed" },
        { from: "call", to: "call", change: "removed" },
        { from: "call", to: "gave-up", change: "changed" },
        { from: "result", to: "done", change: "changed" },
        { from: "result", to: "result", change: "added" },
      ],
      departments: [
        { id: "lab", change: "removed" },
        { id: "clinic", change: "removed" },
        { id: "care", change: "added" },
      ],
    });
    expect(serviceDiff(before, applyRedesign(before, { changes: [] }))).toEqual({ touchpoints: [], transitions: [], departments: [] });
  });
});
