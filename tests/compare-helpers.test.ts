// The comparison the engine tests rest on finds every kind of difference, and only those.
import { describe, expect, it } from "vitest";
import { differences, expectNoDifferences } from "./compare-helpers.js";

describe("differences(actual, expected)", () => {
  const report = { cases: 3, meanMinutes: 120, names: ["desk", "lab"], pairs: [{ from: "desk", to: "lab", count: 2 }], fidelity: null };

  it("finds nothing between equal values, and numbers within the tolerance where it applies", () => {
    expect(differences(structuredClone(report), report)).toEqual([]);
    expect(differences({ ...report, meanMinutes: 120 + 1e-9 }, report, { tolerance: 1e-12 })).toEqual([`report.meanMinutes: ${120 + 1e-9} against 120`]);
    expect(differences({ ...report, meanMinutes: 120 * (1 + 1e-13) }, report, { tolerance: 1e-12 })).toEqual([]);
    // absolute below 1
    expect(differences({ x: 1e-13 }, { x: 0 }, { tolerance: 1e-12 })).toEqual([]);
    expect(differences({ x: NaN }, { x: NaN }, { tolerance: 1e-12 })).toEqual([]);
  });

  it("names each difference by its path: a number, a name, an order, a key, a type", () => {
    const changed = { ...report, cases: 4, names: ["lab", "desk"], pairs: [{ from: "desk", to: "lab", count: 2, extra: 1 }], fidelity: {} };
    expect(differences(changed, report)).toEqual([
      "report.cases: 4 against 3",
      'report.fidelity: {} against null',
      'report.names.0: "lab" against "desk"',
      'report.names.1: "desk" against "lab"',
      'report.pairs.0: keys ["count","extra","from","to"] against ["count","from","to"]',
    ]);
    expect(differences({ ...report, names: { 0: "desk", 1: "lab" } }, report)).toEqual(['report.names: {"0":"desk","1":"lab"} against an array']);
    expect(differences({ cases: 3 }, { cases: 3, more: undefined })).toEqual(['report: keys ["cases"] against ["cases","more"]']);
    expect(differences({ x: "3" }, { x: 3 })).toEqual(['report.x: "3" against 3']);
  });

  it("holds numbers outside `approx` exactly, and 0 apart from −0", () => {
    const approx = (path: string) => path.endsWith("Minutes");
    expect(differences({ a: 1 + 1e-15, aMinutes: 1 + 1e-15 }, { a: 1, aMinutes: 1 }, { tolerance: 1e-12, approx, path: "r" })).toEqual([`r.a: ${1 + 1e-15} against 1`]);
    expect(differences({ x: -0 }, { x: 0 })).toEqual(["report.x: -0 against 0"]);
  });

  it("expectNoDifferences passes on equal values and fails listing every difference", () => {
    expectNoDifferences({ a: 1 + 1e-13, b: "x" }, { a: 1, b: "x" }, { tolerance: 1e-12 });
    let failure: unknown = null;
    try {
      expectNoDifferences({ a: 2, b: "y" }, { a: 1, b: "x" }, { path: "r" });
    } catch (e) {
      failure = e;
    }
    expect((failure as { actual?: unknown } | null)?.actual).toEqual(["r.a: 2 against 1", 'r.b: "y" against "x"']);
  });
});
