// The docs site's live diagrams, as a reader meets them in Chromium: the gallery answers a click on
// a journey, a hover and the redesign switch; the guide pages draw their hand-computed examples;
// the real-data example pages show their log's own figures. The site is built once per run.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import healthCentre from "../examples/health-centre/service.json";
import { captionLines, drawn, logFigures, REAL_DATA_PAGES, useDocsSite } from "./docs-site-helpers.js";
import { testWithLog } from "./logs-helpers.js";

const docs = useDocsSite();

describe("the gallery", () => {
  // One page for the four tests, which run in the order written: a journey left lit and the
  // blueprint zoomed change nothing the later tests look at, and the gallery is drawn once.
  let gallery: Awaited<ReturnType<typeof docs.open>>;
  beforeAll(async () => {
    gallery = await docs.open(`/examples/index.html`);
  });
  afterAll(() => gallery?.page.close());

  test("the gallery draws the health-centre example live: blueprint, journeys, wander line, breakdown", async () => {
    const { page, errors } = gallery;
    const live = page.locator(".hukka-live");
    await live.locator('svg[data-hukka="blueprint"]').waitFor();
    // every touchpoint of the example is a node of the blueprint, found by its id
    for (const t of healthCentre.touchpoints) {
      await expect(live.locator(`svg[data-hukka="blueprint"] [data-touchpoint="${t.id}"]`).count()).resolves.toBe(1);
    }
    expect(await live.locator("[data-journey]").count()).toBeGreaterThan(1);
    expect(await live.locator('svg[data-hukka="wander-line"]').count()).toBe(1);
    expect(await live.locator('svg[data-hukka="waste-breakdown"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test("clicking a journey in the gallery highlights it and its path in the blueprint", async () => {
    const { page, errors } = gallery;
    const live = page.locator(".hukka-live");
    const item = live.locator('[data-journey="1"]');
    await item.waitFor();
    const path = await page.evaluate(async () => {
      // the journey's path, from the same analysis the page ran: its touchpoint names in order
      const text = document.querySelector('[data-journey="1"] .hukka-journey-path')?.textContent ?? "";
      return text.split(" → ");
    });
    await item.locator("button").click();
    expect(await item.getAttribute("data-highlighted")).toBe("");
    const highlighted = live.locator('svg[data-hukka="blueprint"] [data-touchpoint][data-highlighted]');
    expect(await highlighted.count()).toBe(new Set(path).size);
    expect(await live.locator('svg[data-hukka="blueprint"] [data-from][data-highlighted]').count()).toBeGreaterThan(0);
    // only one journey is highlighted at a time
    await live.locator('[data-journey="0"] button').click();
    expect(await live.locator("[data-journey][data-highlighted]").count()).toBe(1);
    expect(await item.getAttribute("data-highlighted")).toBeNull();
    expect(errors).toEqual([]);
  });

  test("hovering a touchpoint in the gallery shows its tooltip; Ctrl + wheel zooms the blueprint", async () => {
    const { page, errors } = gallery;
    const live = page.locator(".hukka-live");
    const node = live.locator('svg[data-hukka="blueprint"] [data-touchpoint="call"]');
    await node.waitFor();
    await node.hover();
    const tooltip = live.locator('[data-hukka="tooltip"]');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    expect(await tooltip.textContent()).toContain(healthCentre.touchpoints.find((t) => t.id === "call")!.name);

    const viewport = live.locator('svg[data-hukka="blueprint"] .hukka-viewport');
    const before = await viewport.getAttribute("transform");
    const box = (await live.locator('svg[data-hukka="blueprint"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    // the wheel alone scrolls the page; with Ctrl it zooms
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await page.waitForTimeout(300);
    expect(await viewport.getAttribute("transform")).not.toBe(before);
    expect(errors).toEqual([]);
  });

  test("the gallery switches to the redesigned service and back", async () => {
    const { page, errors } = gallery;
    const live = page.locator(".hukka-live");
    await live.locator('svg[data-hukka="blueprint"]').waitFor();
    // the redesign merges the phone service into the health centre: its lane disappears
    const phoneLane = live.locator('svg[data-hukka="blueprint"] [data-department="contact-centre"]');
    expect(await phoneLane.count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "After the redesign" }).click();
    await live.locator('.hukka-live-report[data-variant="redesign"] svg[data-hukka="blueprint"]').waitFor();
    expect(await phoneLane.count()).toBe(0);
    expect(await live.locator('svg[data-hukka="blueprint"]').count()).toBe(1);
    await page.getByRole("button", { name: "The service today" }).click();
    await live.locator('.hukka-live-report[data-variant="today"] svg[data-hukka="blueprint"]').waitFor();
    expect(await phoneLane.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe("the guide's and examples' live diagrams", () => {
  test("the concepts page draws a hand-off, a ping-pong, a revisit and the excess over the ideal route, with their counts", async () => {
    const { page, errors } = await docs.open(`/guide/concepts.html`);
    await drawn(page);
    // each figure is a blueprint and a wander line of one journey
    for (let i = 0; i < 4; i++) {
      const figure = page.locator("figure[data-hukka-live]").nth(i);
      expect(await figure.locator('svg[data-hukka="blueprint"]').count()).toBe(1);
      expect(await figure.locator('svg[data-hukka="wander-line"]').count()).toBe(1);
    }
    // desk → back office
    expect((await captionLines(page, 0)).counts).toMatch(/^1 hand-off · 0 ping-pongs · 0 revisits · /);
    // desk → back office → desk → desk: D = desk, back office, desk
    expect((await captionLines(page, 1)).counts).toMatch(/^2 hand-offs · 1 ping-pong · 1 revisit · /);
    // desk → back office → field → desk: back after a detour, no ping-pong
    expect((await captionLines(page, 2)).counts).toMatch(/^3 hand-offs · 0 ping-pongs · 1 revisit · /);
    // ideal: 15 + 30 + 20 = 65 minutes; the detour: 15 + 2880 + 20 + 1440 + 20 = 4375, excess 4310 min ≈ 3 days,
    // taken by 20 % of customers: 862 min ≈ 14 h of the average customer's time
    const ideal = await captionLines(page, 3);
    expect(ideal.ideal).toBe("Ideal route: Apply at the desk → Decision → Permit granted — 1.1 h, 0 hand-offs");
    expect(ideal.path).toBe("Journey: Apply at the desk → Back-office check → Decision → Permit granted");
    expect(ideal.excess).toMatch(/^Excess: 3 days for each customer on this path; with probability 20%, 14 h of the average customer's time/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the event-logs guide reads, measures and mines its small log in the page", async () => {
    const { page, errors } = await docs.open(`/guide/event-logs.html`);
    await drawn(page);
    const figures = await logFigures(page);
    // counted by hand in the guide's text: 4 cases; 1 + 3 + 0 + 3 hand-offs; 2 + 1 ping-pongs
    expect(figures.get("cases")).toBe("4");
    expect(figures.get("events")).toBe("14");
    expect(figures.get("hand-offs")).toBe("7");
    expect(figures.get("ping-pongs")).toBe("3");
    expect(await page.locator('[data-hukka-live] svg[data-hukka="blueprint"] [data-department="field"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the redesign guide draws the model before and after: the merged contact centre's lane is gone", async () => {
    const { page, errors } = await docs.open(`/guide/redesign.html`);
    await drawn(page);
    const before = page.locator('[data-side="before"] svg[data-hukka="blueprint"]');
    const after = page.locator('[data-side="after"] svg[data-hukka="blueprint"]');
    expect(await before.locator('[data-department="contact-centre"]').count()).toBeGreaterThan(0);
    expect(await after.locator("[data-department]").count()).toBeGreaterThan(0);
    expect(await after.locator('[data-department="contact-centre"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // the logs' sizes as their publishers give them, and receipt's hand-offs as the CLI counts them
  const expectedFigures: Record<string, Record<string, string>> = {
    "/examples/sepsis.html": { cases: "1,050", events: "15,214" },
    "/examples/receipt.html": { cases: "1,434", events: "8,577", "hand-offs": "3,853" },
    "/examples/incidents.html": { cases: "7,554", events: "65,533" },
  };
  for (const [path, log] of REAL_DATA_PAGES) {
    testWithLog(`${path} shows its log's own figures and draws the service mined from it`, log, async () => {
      const { page, errors } = await docs.open(path);
      await drawn(page);
      const figures = await logFigures(page);
      for (const [label, value] of Object.entries(expectedFigures[path]!)) expect(figures.get(label), `${path} ${label}`).toBe(value);
      expect(await page.locator('[data-hukka-live] svg[data-hukka="blueprint"] [data-touchpoint]').count()).toBeGreaterThan(3);
      expect(await page.locator("[data-hukka-live] [data-journey]").count()).toBeGreaterThan(0);
      expect(await page.textContent("main")).toContain("doi:10.4121/uuid:");
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
