import { describe, expectTypeOf, it } from "vitest";
import {
  analyse,
  headline,
  journeyMetrics,
  type AnalyseOptions,
  type Journey,
  type JourneyMetrics,
  type Service,
  type WanderPath,
  type WasteReport,
} from "../src/index.js";

describe("types of the analysis", () => {
  it("analyse takes a parsed Service and optional options, and returns a WasteReport", () => {
    expectTypeOf(analyse).parameter(0).toEqualTypeOf<Service>();
    expectTypeOf(analyse).parameter(1).toEqualTypeOf<AnalyseOptions | undefined>();
    expectTypeOf(analyse).returns.toEqualTypeOf<WasteReport>();
    expectTypeOf<AnalyseOptions>().toEqualTypeOf<{
      top?: number;
      budget?: number;
      wanderCandidates?: number;
      wanderPaths?: number;
      hotspots?: number;
    }>();
  });

  it("a report's nullable fields are null, not undefined", () => {
    expectTypeOf<WasteReport["ideal"][number]["path"]>().toEqualTypeOf<string[] | null>();
    expectTypeOf<JourneyMetrics["excessMinutes"]>().toEqualTypeOf<number | null>();
    // a model journey always has an ideal: its own outcome's route, or 0 when abandoned
    expectTypeOf<Journey["excessMinutes"]>().toEqualTypeOf<number>();
    expectTypeOf<Journey["idealMinutes"]>().toEqualTypeOf<number>();
    expectTypeOf<Journey["idealHandoffs"]>().toEqualTypeOf<number | null>();
    expectTypeOf<WanderPath["lostMinutes"]>().toEqualTypeOf<number>();
    expectTypeOf<WasteReport["totals"]>().toEqualTypeOf<{ customers: number; wasteHours: number; wasteCost: number } | undefined>();
  });

  it("journeyMetrics returns JourneyMetrics", () => {
    expectTypeOf(journeyMetrics).returns.toEqualTypeOf<JourneyMetrics>();
    // @ts-expect-error a visit needs its department (null when unknown)
    journeyMetrics([{ touchpoint: "a", valueMinutes: 0, necessaryMinutes: 0, wasteMinutes: 0 }]);
  });

  it("headline takes (service, report, options?) like the diagrams; the old (report, service) order still type-checks", () => {
    expectTypeOf(headline).toBeCallableWith({} as Service, {} as WasteReport);
    expectTypeOf(headline).toBeCallableWith({} as Service, {} as WasteReport, { customer: "patient" });
    expectTypeOf(headline).toBeCallableWith({} as WasteReport, {} as Service);
    expectTypeOf(headline).returns.toEqualTypeOf<string>();
  });
});
