// The report's script: the browser bundle (global `hukka`, dist/viz.global.js) that every HTML
// report inlines, as scripts/browser-bundle.mjs builds it for the package and for the tests.
import { describe, expect, it } from "vitest";
import { browserBundle, browserBundleInputs } from "../scripts/browser-bundle.mjs";

describe("the browser bundle every report inlines", () => {
  it("holds the renderers and d3, and neither zod nor the model's schemas: it draws, it validates nothing", async () => {
    const inputs = await browserBundleInputs();
    expect(inputs).toContain("src/viz/browser.ts");
    expect(inputs).toContain("src/model/vocabulary.ts");
    expect(inputs.some((file) => file.startsWith("node_modules/d3-selection/"))).toBe(true);
    expect(inputs.filter((file) => /(^|\/)node_modules\/zod\//.test(file) || file === "src/model/schema.ts")).toEqual([]);
  });

  it("is under 200 kB (with zod it was 619 kB, three quarters of every report)", async () => {
    const bytes = Buffer.byteLength(await browserBundle());
    expect(bytes).toBeGreaterThan(50_000);
    expect(bytes).toBeLessThan(200_000);
  });
});
