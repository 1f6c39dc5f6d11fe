// A 1 MB id in a model is data like any other: an error that lists the known ids shows an excerpt
// of it (its first characters and its length), never the megabyte, in validation and in a redesign.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyRedesign, parseService, safeParseService } from "../src/index.js";
import { InvalidRedesignError } from "../src/redesign/invalid-redesign-error.js";
import { runHukka } from "./cli-helpers.js";
import { deskLab } from "./model-fixtures.js";

const HUGE = "x".repeat(1_000_000);
const EXCERPT = `${"x".repeat(59)}… (1,000,000 characters)`;

/** deskLab with a department and a touchpoint whose ids are a megabyte long. */
function withHugeIds() {
  const model = deskLab();
  return {
    ...model,
    departments: [...model.departments, { id: HUGE }],
    touchpoints: [...model.touchpoints, { id: HUGE, department: HUGE, steps: [], outcome: "resolved" as const }],
  };
}

describe("an error listing known ids shows a 1 MB id as an excerpt", () => {
  it("an unknown touchpoint and department in the model: the known lists are short", () => {
    const model = withHugeIds();
    const broken = { ...model, touchpoints: model.touchpoints.map((t, i) => (i === 0 ? { ...t, department: "nope" } : t)), transitions: [...model.transitions, { from: model.touchpoints[0]!.id, to: "nowhere", probability: 0 }] };
    const result = safeParseService(broken);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.issues.map((i) => i.message);
    const department = messages.find((m) => m.includes('unknown department "nope"'))!;
    const touchpoint = messages.find((m) => m.includes('unknown touchpoint "nowhere"'))!;
    for (const message of [department, touchpoint]) {
      expect(message).toContain(EXCERPT);
      expect(message.length).toBeLessThan(1000);
    }
  });

  it("hukka validate prints no line of a megabyte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hukka-long-ids-"));
    const model = withHugeIds();
    const file = join(dir, "m.json");
    writeFileSync(file, JSON.stringify({ ...model, transitions: [...model.transitions, { from: model.touchpoints[0]!.id, to: "nowhere", probability: 0 }] }));
    const r = await runHukka(["validate", file]);
    expect(r.status).toBe(1);
    expect(r.err).toContain(EXCERPT);
    expect(r.err.length + r.out.length).toBeLessThan(5000);
  });

  it("a redesign naming an unknown department or a 1 MB one that does not exist: excerpts both ways", () => {
    const service = parseService(withHugeIds());
    for (const department of ["nope", `${HUGE}y`]) {
      let error: unknown;
      try {
        applyRedesign(service, { name: "r", changes: [{ op: "rename-department", department, to: "N" }] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidRedesignError);
      const message = (error as InvalidRedesignError).issues[0]!.message;
      expect(message).toContain(EXCERPT);
      expect(message.length).toBeLessThan(1000);
    }
  });
});
