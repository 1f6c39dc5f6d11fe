import { expectTypeOf, test } from "vitest";
import { parseService, safeParseService } from "../src/index.js";
import type { Issue, Service } from "../src/index.js";

test("parseService returns a Service; safeParseService narrows on success", () => {
  expectTypeOf(parseService).parameter(0).toBeUnknown();
  expectTypeOf(parseService(null)).toEqualTypeOf<Service>();
  const result = safeParseService(null);
  expectTypeOf(result.warnings).toEqualTypeOf<Issue[]>();
  if (result.success) expectTypeOf(result.data).toEqualTypeOf<Service>();
  else expectTypeOf(result.issues).toEqualTypeOf<Issue[]>();
  expectTypeOf<Issue>().toEqualTypeOf<{ code: string; path: (string | number)[]; message: string }>();
  expectTypeOf<Service["touchpoints"][number]["entry"]>().toEqualTypeOf<boolean | number | undefined>();
});
