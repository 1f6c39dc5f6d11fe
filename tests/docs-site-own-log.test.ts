// "Analyse your own log" on the docs site: a real log (CSV or gzipped XES), a calendar or a model
// file read in the page, in Chromium, with no request leaving the site. The site is built once per run.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import healthCentre from "../examples/health-centre/service.json";
import { logFigures, useDocsSite } from "./docs-site-helpers.js";
import { dataPath, testWithLog } from "./logs-helpers.js";

const docs = useDocsSite();

/** Chooses receipt.csv's case, activity, timestamp, department and missing marker on the own-log page. */
async function chooseReceiptColumns(page: Page): Promise<void> {
    await page.locator('select[name="case"]').selectOption("case:concept:name");
    await page.locator('select[name="activity"]').selectOption("concept:name");
    await page.locator('select[name="timestamp"]').selectOption("time:timestamp");
    await page.locator('select[name="department"]').selectOption("org:group");
    await page.locator('input[name="missing"]').fill("EMPTY");
}

describe("analyse your own log, in the page", () => {
  /** Opens the page, recording every request the page makes. */
  async function ownLogPage() {
    const opened = await docs.open(`/guide/your-own-log.html`);
    const requests: string[] = [];
    opened.page.on("request", (r) => requests.push(r.url()));
    return { ...opened, requests };
  }

  testWithLog("receipt.csv with its columns chosen: 3,853 hand-offs and the report drawn, with no request beyond the site, offline", "receipt/receipt.csv", async () => {
    const { page, errors, requests } = await ownLogPage();
    // once the page has loaded it needs no network at all: the file is read in the page
    await page.locator("[data-hukka-own-log][data-ready]").waitFor();
    await page.context().setOffline(true);
    await page.locator("[data-hukka-file]").setInputFiles(dataPath("receipt/receipt.csv"));
    // the choices are the file's own columns
    const header = readFileSync(dataPath("receipt/receipt.csv"), "utf8").split(/\r?\n/, 1)[0]!.split(",");
    // the file is read in the page: its columns become the choices once it has been read
    await expect.poll(() => page.locator('select[name="case"] option').allTextContents(), { timeout: 30_000 }).toEqual(header);
    await chooseReceiptColumns(page);
    await page.locator("[data-hukka-analyse]").click();
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor({ timeout: 60_000 });
    const figures = await logFigures(page);
    expect(figures.get("cases")).toBe("1,434");
    expect(figures.get("hand-offs")).toBe("3,853");
    expect(await page.locator("[data-hukka-progress]").getAttribute("value")).toBe("1");
    expect(await page.locator('[data-hukka-live] svg[data-hukka="waste-breakdown"]').count()).toBeGreaterThan(0);
    expect(await page.locator("[data-hukka-live] [data-journey]").count()).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(docs.origin))).toEqual([]);
    // offline, the site's own prefetch of the pages it links to fails: that is the site, not the analysis
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.close();
  }, 120_000);

  testWithLog("receipt.csv with a Dutch office calendar: every wait on both clocks, the headline too; a bad calendar file lists its problems", "receipt/receipt.csv", async () => {
    const { page, errors, requests } = await ownLogPage();
    await page.locator("[data-hukka-own-log][data-ready]").waitFor();
    await page.locator("[data-hukka-file]").setInputFiles(dataPath("receipt/receipt.csv"));
    await chooseReceiptColumns(page);
    await page.locator('select[name="calendar"]').selectOption("nl-office");
    await page.locator("[data-hukka-analyse]").click();
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor({ timeout: 60_000 });
    const figures = await logFigures(page);
    // the figures of the guide's worked example (Working time), which `hukka mine --calendar` prints
    expect(figures.get("mean case time, on both clocks")).toBe("5.4 days, of which 3.8 working days of 8 h");
    expect(figures.get("working day")).toBe("8 h (Europe/Amsterdam)");
    expect(await page.locator(".hukka-headline").first().textContent()).toMatch(/spends 5\.4 days, of which 3\.8 working days of 8 h, and/);
    // an invalid calendar file of one's own
    await page.locator('select[name="calendar"]').selectOption("file");
    await page.locator('input[name="calendar-file"]').setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{ "timezone": "Helsinki", "week": { "mon": ["8-16"] } }') });
    await page.locator("[data-hukka-analyse]").click();
    await page.locator("[data-hukka-error]").waitFor();
    const error = await page.locator("[data-hukka-error]").textContent();
    expect(error).toContain('timezone: unknown time zone "Helsinki"');
    expect(error).toContain('week.mon[0]: invalid range "8-16"');
    expect(requests.filter((url) => !url.startsWith(docs.origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  testWithLog("the same log as gzip-compressed XES, attributes offered from the file, gives the same hand-offs", "receipt/08_receipt.xes.gz", async () => {
    const { page, errors, requests } = await ownLogPage();
    await page.locator("[data-hukka-file]").setInputFiles(dataPath("receipt/08_receipt.xes.gz"));
    await expect
      .poll(() => page.locator('select[name="department"] option').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(["org:group", "time:timestamp"]));
    await page.locator('select[name="department"]').selectOption("org:group");
    await page.locator('input[name="missing"]').fill("EMPTY");
    await page.locator("[data-hukka-analyse]").click();
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor({ timeout: 60_000 });
    expect((await logFigures(page)).get("hand-offs")).toBe("3,853");
    expect(requests.filter((url) => !url.startsWith(docs.origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("a model JSON file is analysed and drawn; a bad one lists its problems", async () => {
    const { page, errors, requests } = await ownLogPage();
    await page.locator("[data-hukka-file]").setInputFiles(fileURLToPath(new URL("../examples/health-centre/service.json", import.meta.url)));
    await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').waitFor();
    for (const t of healthCentre.touchpoints) {
      expect(await page.locator(`[data-hukka-live] svg[data-hukka="blueprint"] [data-touchpoint="${t.id}"]`).count()).toBe(1);
    }
    const broken = { ...healthCentre, touchpoints: healthCentre.touchpoints.map((t, i) => (i === 1 ? { ...t, department: "radiology" } : t)) };
    await page.locator("[data-hukka-file]").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.locator("[data-hukka-error]").waitFor();
    expect(await page.locator("[data-hukka-error]").textContent()).toContain('touchpoints[1].department: unknown department "radiology"');
    expect(await page.locator('[data-hukka-live] svg[data-hukka="blueprint"]').count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith(docs.origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

