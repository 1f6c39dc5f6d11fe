import { describe, expect, it } from "vitest";
import { analyse, formatPath, InvalidServiceError, parseService, safeParseService, transitionProbabilities } from "../src/index.js";
import type { Issue, Service } from "../src/index.js";
import { broken, deskLab, trap } from "./model-fixtures.js";

/** Every error of a model as "code path", the way the tests read them. */
function errors(input: unknown): string[] {
  const result = safeParseService(input);
  return result.success ? [] : result.issues.map(line);
}
function warnings(input: unknown): string[] {
  return safeParseService(input).warnings.map(line);
}
const line = (issue: Issue) => `${issue.code} ${formatPath(issue.path)}`;
/** The one issue of a model (fails when there are none or several). */
function onlyIssue(input: unknown): Issue {
  const result = safeParseService(input);
  expect(result.success).toBe(false);
  if (result.success) throw new Error("unreachable");
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

describe("safeParseService(model) on valid models", () => {
  it("accepts deskLab with no issue and no warning, and returns the same data", () => {
    const model = deskLab();
    const result = safeParseService(model);
    expect(result).toEqual({ success: true, data: model, warnings: [] });
    if (result.success) expect(result.data).not.toBe(model);
  });

  it("parseService(model) returns the data; on an invalid model it throws InvalidServiceError carrying every issue", () => {
    expect(parseService(deskLab())).toEqual(deskLab());
    const model = broken(deskLab());
    model.touchpoints[1].department = "radiology";
    model.transitions[0].probability = 0.7;
    let thrown: unknown;
    try {
      parseService(model);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvalidServiceError);
    const error = thrown as InvalidServiceError;
    expect(error.issues.map((i) => i.code)).toEqual(["unknown_department", "probabilities_do_not_sum_to_one"]);
    expect(error.message).toContain('touchpoints[1].department: unknown department "radiology" (known: desk, lab)');
  });
});

describe("InvalidServiceError", () => {
  it("lists the first 20 issues in its message and carries them all", () => {
    const model = broken(deskLab());
    for (let i = 0; i < 25; i++) model.touchpoints.push({ id: `x${i}`, department: "nowhere", outcome: "resolved", steps: [] });
    let error: InvalidServiceError | undefined;
    try {
      parseService(model);
    } catch (e) {
      error = e as InvalidServiceError;
    }
    expect(error?.issues).toHaveLength(25);
    expect(error?.warnings).toHaveLength(25); // the x touchpoints are never reached
    const lines = error!.message.split("\n");
    expect(lines[0]).toBe("invalid service model (25 problems):");
    expect(lines[1]).toBe('  touchpoints[4].department: unknown department "nowhere" (known: desk, lab)');
    expect(lines.slice(21)).toEqual(["  … and 5 more (see .issues)"]);
  });
});

describe("safeParseService(model) reports zod's own issues with zod's codes and readable messages", () => {
  it("invalid_type names the expected type and the value given", () => {
    const model = broken(deskLab());
    model.touchpoints[0].steps[1].minutes = "5";
    expect(onlyIssue(model)).toEqual({
      code: "invalid_type",
      path: ["touchpoints", 0, "steps", 1, "minutes"],
      message: 'touchpoints[0].steps[1].minutes: expected a number, got "5"',
    });
  });

  it("invalid_type for a missing required field says it is missing", () => {
    const model = broken(deskLab());
    delete model.touchpoints[1].department;
    expect(onlyIssue(model).message).toBe("touchpoints[1].department: required field is missing: add a string");
  });

  it("too_small for an empty id, a negative number and an empty list", () => {
    const model = broken(deskLab());
    model.id = "";
    model.touchpoints[0].steps[0].minutes = -3;
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      "id: must not be empty",
      "touchpoints[0].steps[0].minutes: must be ≥ 0, got -3",
    ]);
    expect(safeParseService({ ...deskLab(), departments: [] }).success).toBe(false);
    const empty = safeParseService({ ...deskLab(), departments: [] });
    expect(empty.success ? [] : empty.issues.filter((i) => i.code === "too_small").map((i) => i.message)).toEqual([
      "departments: needs at least 1 department, got none",
    ]);
  });

  it("too_big for a probability above 1", () => {
    const model = broken(deskLab());
    model.transitions[2].probability = 1.5;
    expect(onlyIssue(model)).toEqual({
      code: "too_big",
      path: ["transitions", 2, "probability"],
      message: "transitions[2].probability: must be ≤ 1, got 1.5",
    });
  });

  it("unrecognized_keys names the unknown field and the known ones", () => {
    const model = broken(deskLab());
    model.departments[1].colour = "red";
    expect(onlyIssue(model)).toEqual({
      code: "unrecognized_keys",
      path: ["departments", 1],
      message: 'departments[1]: unknown field "colour" (known: id, name, lane)',
    });
  });

  it("invalid_value names the bad option and the known ones", () => {
    const model = broken(deskLab());
    model.departments[1].lane = "back";
    expect(onlyIssue(model).message).toBe('departments[1].lane: unknown lane "back" (known: frontstage, backstage, support)');
  });

  it("invalid_union on entry says what an entry may be", () => {
    const model = broken(deskLab());
    model.touchpoints[0].entry = "yes";
    // the bad entry might be meant as the entry: no `no_entry` on top of it
    expect(onlyIssue(model)).toEqual({
      code: "invalid_union",
      path: ["touchpoints", 0, "entry"],
      message: 'touchpoints[0].entry: expected true, false or an entry weight ≥ 0, got "yes"',
    });
  });

  it("a model that is not an object is one invalid_type at the root", () => {
    for (const input of [null, 5, "model", [], undefined]) {
      const issue = onlyIssue(input);
      expect(issue.code).toBe("invalid_type");
      expect(issue.path).toEqual([]);
      expect(issue.message).toMatch(/^model: /);
    }
  });
});

describe("safeParseService(model) reports ids and references", () => {
  it("duplicate_id for a department and for a touchpoint, at the duplicate", () => {
    const model = broken(deskLab());
    model.departments.push({ id: "lab" });
    model.touchpoints.push({ id: "done", department: "desk", outcome: "resolved", steps: [] });
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: "duplicate_id",
        path: ["departments", 2, "id"],
        message: 'departments[2].id: duplicate department id "lab" (already used at departments[1]); give each department its own id',
      },
      {
        code: "duplicate_id",
        path: ["touchpoints", 4, "id"],
        message: 'touchpoints[4].id: duplicate touchpoint id "done" (already used at touchpoints[2]); give each touchpoint its own id',
      },
    ]);
  });

  it("unknown_department names the bad value and the known departments", () => {
    const model = broken(deskLab());
    model.touchpoints[1].department = "radiology";
    expect(onlyIssue(model)).toEqual({
      code: "unknown_department",
      path: ["touchpoints", 1, "department"],
      message: 'touchpoints[1].department: unknown department "radiology" (known: desk, lab)',
    });
  });

  it("a long list of known ids is cut after ten", () => {
    const model = broken(deskLab());
    for (let i = 0; i < 13; i++) model.departments.push({ id: `d${i}` });
    model.touchpoints[1].department = "radiology";
    expect(onlyIssue(model).message).toBe(
      'touchpoints[1].department: unknown department "radiology" (known: desk, lab, d0, d1, d2, d3, d4, d5, d6, d7, … and 5 more)',
    );
  });

  it("unknown_touchpoint on a transition's from and to", () => {
    const model = broken(deskLab());
    model.transitions[2].to = "dnoe";
    model.transitions.push({ from: "lobby", to: "desk", probability: 1 });
    // lab now only leads to an unknown touchpoint: that is the one mistake, no more
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: "unknown_touchpoint",
        path: ["transitions", 2, "to"],
        message: 'transitions[2].to: unknown touchpoint "dnoe" (known: desk, lab, done, gone)',
      },
      {
        code: "unknown_touchpoint",
        path: ["transitions", 3, "from"],
        message: 'transitions[3].from: unknown touchpoint "lobby" (known: desk, lab, done, gone)',
      },
    ]);
  });

  it("duplicate_transition: the same from → to twice (the graph is simple), not also a bad sum", () => {
    const model = broken(deskLab());
    model.transitions.push({ from: "lab", to: "done", probability: 1 });
    expect(onlyIssue(model)).toEqual({
      code: "duplicate_transition",
      path: ["transitions", 3],
      message:
        'transitions[3]: duplicate transition "lab" → "done" (already at transitions[2]); a pair of touchpoints has at most one transition: merge them',
    });
  });

  it("an unknown reference is not claimed while a department or touchpoint id is itself invalid", () => {
    const model = broken(deskLab());
    model.departments[1].id = 7; // maybe the "lab" the touchpoint means
    expect(errors(model)).toEqual(["invalid_type departments[1].id"]);
  });
});

describe("safeParseService(model) reports where journeys start and end", () => {
  it("no_entry when no touchpoint has an entry weight > 0 (false and 0 are no entry)", () => {
    const model = broken(deskLab());
    model.touchpoints[0].entry = false;
    model.touchpoints[1].entry = 0;
    expect(onlyIssue(model)).toEqual({
      code: "no_entry",
      path: ["touchpoints"],
      message:
        'touchpoints: no entry: no touchpoint has an entry weight > 0; add "entry": true to the touchpoint where customers start',
    });
  });

  it("missing_outcome for a dead end, outcome_with_exits for an outcome that leads on", () => {
    //   desk ──▶ lab ──▶ done (resolved) ──▶ desk      and gone has lost its outcome
    const model = broken(deskLab());
    delete model.touchpoints[3].outcome;
    model.transitions.push({ from: "done", to: "desk", probability: 1 });
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: "missing_outcome",
        path: ["touchpoints", 3],
        message:
          'touchpoints[3]: touchpoint "gone" is a dead end: no transition leaves it and it has no outcome; add "outcome": "resolved" or "abandoned", or a transition out of it',
      },
      {
        code: "outcome_with_exits",
        path: ["touchpoints", 2, "outcome"],
        message:
          'touchpoints[2].outcome: touchpoint "done" has outcome "resolved" but transitions leave it (transitions[3] → "desk"); an outcome ends the trip: remove the outcome or those transitions',
      },
    ].sort((a, b) => a.path[1] as number - (b.path[1] as number)));
  });
});

describe("safeParseService(model) reports steps", () => {
  it("missing_waste_category on a waste step without a category", () => {
    const model = broken(deskLab());
    delete model.touchpoints[0].steps[0].waste;
    expect(onlyIssue(model)).toEqual({
      code: "missing_waste_category",
      path: ["touchpoints", 0, "steps", 0, "waste"],
      message:
        'touchpoints[0].steps[0].waste: waste step "Queue" has no waste category; add "waste": one of delay, duplication, movement, unclear-communication, incorrect-inventory, opportunity-lost, errors, or a custom category',
    });
  });

  it("unexpected_waste_category on a value or necessary step", () => {
    const model = broken(deskLab());
    model.touchpoints[1].steps[0].waste = "delay";
    expect(onlyIssue(model)).toEqual({
      code: "unexpected_waste_category",
      path: ["touchpoints", 1, "steps", 0, "waste"],
      message:
        'touchpoints[1].steps[0].waste: value step "Sample" has a waste category ("delay"); only waste steps have one: remove "waste", or make the step "type": "waste"',
    });
  });

  it("a custom waste category is fine", () => {
    const model = broken(deskLab());
    model.touchpoints[0].steps[0].waste = "waiting for a signature";
    expect(safeParseService(model).success).toBe(true);
  });
});

describe("safeParseService(model) reports the split of customers", () => {
  it("probabilities_do_not_sum_to_one names the touchpoint, the sum and the transitions", () => {
    const model = broken(deskLab());
    model.transitions[0].probability = 0.7; // 0.7 + 0.2 = 0.9
    expect(onlyIssue(model)).toEqual({
      code: "probabilities_do_not_sum_to_one",
      path: ["touchpoints", 0],
      message:
        'touchpoints[0]: probabilities out of touchpoint "desk" sum to 0.9, not 1 (transitions[0] → "lab" 0.7, transitions[1] → "gone" 0.2); make them add up to 1',
    });
  });

  it("a sum within 1 ± 1e-6 is fine, one just outside is not", () => {
    const model = broken(deskLab());
    model.transitions[0].probability = 0.8 + 0.9e-6;
    expect(safeParseService(model).success).toBe(true);
    model.transitions[0].probability = 0.8 + 1.1e-6;
    expect(errors(model)).toEqual(["probabilities_do_not_sum_to_one touchpoints[0]"]);
  });

  it("mixed_probabilities when only some transitions out of a touchpoint give one", () => {
    const model = broken(deskLab());
    delete model.transitions[1].probability;
    expect(onlyIssue(model)).toEqual({
      code: "mixed_probabilities",
      path: ["touchpoints", 0],
      message:
        'touchpoints[0]: touchpoint "desk": transitions[1] → "gone" gives no probability while 1 other transition out of it gives one; give a probability on every transition out of "desk", or on none',
    });
  });

  it("volumes give the split when no probability is given; mixed_volumes and zero_volumes when they cannot", () => {
    const model = broken(deskLab());
    for (const t of model.transitions) delete t.probability;
    model.transitions[0].volume = 80;
    model.transitions[1].volume = 20;
    expect(safeParseService(model)).toMatchObject({ success: true, warnings: [] });
    delete model.transitions[1].volume;
    expect(onlyIssue(model).code).toBe("mixed_volumes");
    model.transitions[0].volume = 0;
    model.transitions[1].volume = 0;
    expect(onlyIssue(model)).toEqual({
      code: "zero_volumes",
      path: ["touchpoints", 0],
      message:
        'touchpoints[0]: the volumes of the 2 transitions out of touchpoint "desk" are all 0, so they give no split; give a volume > 0 or probabilities',
    });
  });

  it("uniform_split is a warning, the same from safeParseService as from transitionProbabilities; a single exit needs no probability", () => {
    const model = broken(deskLab());
    for (const t of model.transitions) delete t.probability;
    const result = safeParseService(model);
    const expected = {
      code: "uniform_split",
      path: ["touchpoints", 0],
      message:
        'touchpoints[0]: touchpoint "desk" gives neither probabilities nor volumes on its 2 transitions; assumed a uniform split (1/2 each)',
    };
    expect(result).toMatchObject({ success: true, warnings: [expected] });
    if (result.success) expect(transitionProbabilities(result.data)).toEqual({ probabilities: [0.5, 0.5, 1], warnings: [expected] });
  });
});

describe("safeParseService(model) reports where customers can go", () => {
  it("unreachable_outcome for a loop customers reach and never leave, once per loop", () => {
    expect(onlyIssue(trap())).toEqual({
      code: "unreachable_outcome",
      path: ["touchpoints", 1],
      message:
        'touchpoints[1]: customers who reach touchpoint "lab" never get to an outcome: touchpoints "lab", "recheck" only lead to each other; add a transition from one of them towards an outcome',
    });
  });

  it("unreachable_outcome is exact: a way out with probability 0 is no way out, one with 1e-9 is", () => {
    //   recheck ──p──▶ done   besides recheck ──1−p──▶ lab
    const model = broken(trap());
    model.transitions[3].probability = 1;
    model.transitions.push({ from: "recheck", to: "done", probability: 0 });
    expect(errors(model)).toEqual(["unreachable_outcome touchpoints[1]"]);
    model.transitions[3].probability = 1 - 1e-9;
    model.transitions[4].probability = 1e-9;
    expect(errors(model)).toEqual([]);
  });

  it("a self-loop with probability 1 is a loop of one", () => {
    //   desk (entry) ──1──▶ desk      and ──0──▶ done
    const model = {
      id: "spin",
      departments: [{ id: "d" }],
      touchpoints: [
        { id: "desk", department: "d", entry: true, steps: [] },
        { id: "done", department: "d", outcome: "resolved", steps: [] },
      ],
      transitions: [
        { from: "desk", to: "desk", probability: 1 },
        { from: "desk", to: "done", probability: 0 },
      ],
    };
    expect(onlyIssue(model).message).toBe(
      'touchpoints[0]: customers who reach touchpoint "desk" never get to an outcome: it only leads back to itself; add a transition towards an outcome',
    );
  });

  it("only the loop at the bottom is reported, not the touchpoints that lead into it", () => {
    //   desk ─0.5─▶ a ──1──▶ b ──1──▶ c ⇄ d      (a and b are stuck too, but fixing c ⇄ d fixes them)
    const model = {
      id: "funnel",
      departments: [{ id: "x" }],
      touchpoints: ["desk", "a", "b", "c", "d", "done"].map((id) => ({
        id,
        department: "x",
        steps: [],
        ...(id === "desk" ? { entry: 1 } : {}),
        ...(id === "done" ? { outcome: "resolved" } : {}),
      })),
      transitions: [
        { from: "desk", to: "a", probability: 0.5 },
        { from: "desk", to: "done", probability: 0.5 },
        { from: "a", to: "b" },
        { from: "b", to: "c" },
        { from: "c", to: "d" },
        { from: "d", to: "c" },
      ],
    };
    expect(errors(model)).toEqual(["unreachable_outcome touchpoints[3]"]);
  });

  it("a loop no customer reaches is no error, but its touchpoints are unreachable_touchpoint warnings", () => {
    const model = broken(trap());
    model.transitions[0].probability = 0;
    model.transitions[1].probability = 1;
    const result = safeParseService(model);
    expect(result.success).toBe(true);
    expect(result.warnings).toEqual([
      {
        code: "unreachable_touchpoint",
        path: ["touchpoints", 1],
        message:
          'touchpoints[1]: touchpoint "lab" is never reached: no transition with a probability > 0 leads to it from an entry; add one, make it an entry, or remove it',
      },
      expect.objectContaining({ code: "unreachable_touchpoint", path: ["touchpoints", 2] }),
    ]);
  });

  it("a dead end is missing_outcome only, not also unreachable_outcome for what leads to it", () => {
    const model = broken(deskLab());
    delete model.touchpoints[2].outcome; // lab ──1──▶ done, now a dead end
    expect(errors(model)).toEqual(["missing_outcome touchpoints[2]"]);
  });

  it("a path of 50,000 touchpoints in one big loop is searched without overflowing the stack", () => {
    //   t0 (entry) ──▶ t1 ──▶ … ──▶ t49999 ──▶ t0, and no outcome anywhere but an unreachable one
    const n = 50_000;
    const model = {
      id: "long",
      departments: [{ id: "d" }],
      touchpoints: [
        ...Array.from({ length: n }, (_, i) => ({ id: `t${i}`, department: "d", steps: [], ...(i === 0 ? { entry: 1 } : {}) })),
        { id: "end", department: "d", outcome: "resolved", steps: [] },
      ],
      transitions: Array.from({ length: n }, (_, i) => ({ from: `t${i}`, to: `t${(i + 1) % n}` })),
    };
    const result = safeParseService(model);
    expect(result.success ? [] : result.issues.map(line)).toEqual(["unreachable_outcome touchpoints[0]"]);
    expect(result.warnings.map(line)).toEqual([`unreachable_touchpoint touchpoints[${n}]`]);
  });
});

describe("safeParseService(model) reports every problem at once", () => {
  it("problems of every kind, schema and graph, in one pass", () => {
    //   desk ──0.7──▶ lab ──1──▶ done         (0.7 + 0.2: bad sum)
    //     └──0.2──▶ gone                       lab in department "radiology"; a step with minutes "5";
    //   a second "desk"; an unknown field; a waste step without category; lab ⇄ recheck trap added
    const model = broken(deskLab());
    model.transitions[0].probability = 0.7;
    model.touchpoints[1].department = "radiology";
    model.touchpoints[1].steps[0].minutes = "5";
    model.touchpoints.push({ id: "desk", department: "desk", steps: [] });
    model.touchpoints.push({ id: "recheck", department: "lab", steps: [] });
    model.transitions[2].to = "recheck";
    model.transitions.push({ from: "recheck", to: "lab", probability: 1 });
    model.transitions.push({ from: "nowhere", to: "done" });
    model.owner = "someone";
    delete model.touchpoints[0].steps[0].waste;
    model.touchpoints[2].steps.push({ name: "Thanks", type: "necessary", minutes: 1, waste: "delay" });
    expect(errors(model)).toMatchInlineSnapshot(`
      [
        "invalid_type touchpoints[1].steps[0].minutes",
        "unrecognized_keys model",
        "unknown_department touchpoints[1].department",
        "duplicate_id touchpoints[4].id",
        "unknown_touchpoint transitions[4].from",
        "missing_waste_category touchpoints[0].steps[0].waste",
        "unexpected_waste_category touchpoints[2].steps[0].waste",
        "probabilities_do_not_sum_to_one touchpoints[0]",
        "unreachable_outcome touchpoints[1]",
      ]
    `);
    expect(warnings(model)).toEqual(["unreachable_touchpoint touchpoints[2]"]);
  });

  it("every message starts with the issue's path in JavaScript notation", () => {
    const model = broken(deskLab());
    model.transitions[0].probability = 0.7;
    model.touchpoints[1].department = "radiology";
    model.touchpoints[0].steps[0].minutes = -1;
    const result = safeParseService(model);
    const issues = result.success ? [] : result.issues;
    expect(issues).toHaveLength(3);
    for (const issue of issues) expect(issue.message.startsWith(`${formatPath(issue.path)}: `)).toBe(true);
  });
});

describe("touchpoint groups", () => {
  const grouped = (): Service => ({
    id: "g",
    departments: [{ id: "desk" }, { id: "lab" }],
    touchpoints: [
      { id: "a | first", name: "a", department: "desk", entry: true, steps: [], group: "a" },
      { id: "a | after lab", name: "a", department: "desk", steps: [], group: "a" },
      { id: "b", department: "lab", steps: [] },
      { id: "done", department: "lab", outcome: "resolved", steps: [] },
    ],
    transitions: [
      { from: "a | first", to: "b", probability: 1 },
      { from: "b", to: "a | after lab", probability: 0.5 },
      { from: "b", to: "done", probability: 0.5 },
      { from: "a | after lab", to: "done", probability: 1 },
    ],
  });

  it("a model whose groups share name and department is valid; without groups it reports the same", () => {
    const model = grouped();
    expect(safeParseService(model).success).toBe(true);
    const plain = { ...model, touchpoints: model.touchpoints.map(({ group: _group, ...t }) => t) };
    expect(analyse(parseService(model)).expected).toEqual(analyse(parseService(plain)).expected);
  });

  it("group_mismatch: a touchpoint of a group with another department or name", () => {
    const model = grouped();
    model.touchpoints[1] = { ...model.touchpoints[1]!, department: "lab", name: "A" };
    const result = safeParseService(model);
    expect(result.success).toBe(false);
    expect(!result.success && result.issues).toEqual([
      {
        code: "group_mismatch",
        path: ["touchpoints", 1, "name"],
        message: 'touchpoints[1].name: name "A" differs from "a" of touchpoints[0] in group "a": touchpoints of one group share their name and department (they are one touchpoint refined); give it the same name or another group',
      },
      {
        code: "group_mismatch",
        path: ["touchpoints", 1, "department"],
        message: 'touchpoints[1].department: department "lab" differs from "desk" of touchpoints[0] in group "a": touchpoints of one group share their name and department (they are one touchpoint refined); give it the same department or another group',
      },
    ]);
  });
});
