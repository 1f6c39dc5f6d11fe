import { describe, expectTypeOf, it } from "vitest";
import {
  applyRedesign,
  compareReports,
  safeApplyRedesign,
  type Comparison,
  type RedesignChange,
  type RedesignIssue,
  type Service,
  type WasteReport,
} from "../src/index.js";

describe("redesign types", () => {
  it("applyRedesign returns a Service, safeApplyRedesign a result to narrow", () => {
    expectTypeOf(applyRedesign).returns.toEqualTypeOf<Service>();
    const result = safeApplyRedesign({} as Service, { changes: [] });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Service>();
    else expectTypeOf(result.issues).toEqualTypeOf<RedesignIssue[]>();
  });

  it("a change is told apart by its op", () => {
    const change = {} as RedesignChange;
    if (change.op === "set-transition") expectTypeOf(change.probability).toEqualTypeOf<number | undefined>();
    if (change.op === "merge-departments") expectTypeOf(change.departments).toEqualTypeOf<string[]>();
    // @ts-expect-error: no such op
    expectTypeOf<RedesignChange>().toMatchTypeOf<{ op: "remove-touchpoint" }>();
  });

  it("compareReports keeps both reports and gives numbers and maps in delta", () => {
    const comparison = compareReports({} as WasteReport, {} as WasteReport);
    expectTypeOf(comparison).toEqualTypeOf<Comparison>();
    expectTypeOf(comparison.after).toEqualTypeOf<WasteReport>();
    expectTypeOf(comparison.delta.minutes).toEqualTypeOf<number>();
    expectTypeOf(comparison.delta.visits).toEqualTypeOf<Record<string, number>>();
    expectTypeOf(comparison.delta.yearly).toEqualTypeOf<{ hours: number; wasteHours: number; cost: number; wasteCost: number } | null>();
  });
});
