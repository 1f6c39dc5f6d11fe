import { expectTypeOf, test } from "vitest";
import type { Service, WasteReport } from "../src/index.js";
import {
  blueprintSvg,
  layoutBlueprint,
  renderBlueprint,
  renderReport,
  reportHtml,
  type BlueprintLayout,
  type RenderedReport,
} from "../src/viz/index.js";

test("hukka/viz types", () => {
  expectTypeOf(blueprintSvg).parameters.toEqualTypeOf<[Service, Pick<WasteReport, "expected">, Parameters<typeof blueprintSvg>[2]?]>();
  expectTypeOf(blueprintSvg).returns.toEqualTypeOf<string>();
  expectTypeOf(layoutBlueprint).returns.toEqualTypeOf<BlueprintLayout>();
  expectTypeOf(renderBlueprint).returns.toEqualTypeOf<SVGSVGElement>();
  expectTypeOf(renderReport).returns.toEqualTypeOf<RenderedReport>();
  expectTypeOf(reportHtml).parameter(2).exclude<undefined>().toHaveProperty("script").toEqualTypeOf<string | undefined>();
  expectTypeOf<BlueprintLayout["nodes"][number]["outcome"]>().toEqualTypeOf<"resolved" | "abandoned" | null>();
});
