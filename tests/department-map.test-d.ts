import { expectTypeOf, test } from "vitest";
import { departmentFlows, observedJourneys, type DepartmentFlows, type EventLog, type MiningFidelity, type ObservedJourneys } from "../src/index.js";
import {
  departmentMapData,
  layoutDepartmentMap,
  layoutObservedJourney,
  renderDepartmentMap,
  renderReport,
  reportHtml,
  type DepartmentMapData,
  type DepartmentMapLayout,
  type ObservedJourneyLayout,
  type ReportLogData,
  type ReportRedesign,
} from "../src/viz/index.js";

test("department map and observed journey types", () => {
  expectTypeOf(departmentFlows).parameters.toEqualTypeOf<[EventLog]>();
  expectTypeOf(observedJourneys).returns.toEqualTypeOf<ObservedJourneys>();
  // a log's flows are the map's data as they are
  expectTypeOf<DepartmentFlows>().toExtend<DepartmentMapData>();
  expectTypeOf(departmentMapData).returns.toEqualTypeOf<DepartmentMapData>();
  expectTypeOf(layoutDepartmentMap).returns.toEqualTypeOf<DepartmentMapLayout>();
  expectTypeOf(renderDepartmentMap).returns.toEqualTypeOf<SVGSVGElement>();
  expectTypeOf(layoutObservedJourney).returns.toEqualTypeOf<ObservedJourneyLayout>();
  expectTypeOf<ObservedJourneys["variants"][number]>().toExtend<Parameters<typeof layoutObservedJourney>[0]>();
  expectTypeOf<ReportLogData>().toEqualTypeOf<{
    departments: DepartmentFlows;
    observed: ObservedJourneys;
    headline?: string | undefined;
    fidelity?: MiningFidelity | undefined;
    redesign?: ReportRedesign | undefined;
  }>();
  expectTypeOf(renderReport).parameter(3).exclude<undefined>().toHaveProperty("log").toEqualTypeOf<ReportLogData | undefined>();
  expectTypeOf(reportHtml).parameter(2).exclude<undefined>().toHaveProperty("log").toEqualTypeOf<ReportLogData | undefined>();
  expectTypeOf<DepartmentMapLayout["nodes"][number]["other"]>().toEqualTypeOf<boolean>();
});
