// `hukka mine LOG --html OUT.html`: the mined service drawn as the interactive report (DESIGN §6).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { runHukka } from "./cli-helpers.js";
import { analyse, parseService } from "../src/index.js";

const hukka = runHukka;

// desk → lab → desk for case A, desk → desk for case B
const LOG = "id;step;at;team\nA;call;2024-02-01T08:00:00Z;desk\nA;<b>test</b>;2024-02-01T08:10:00Z;lab\nA;talk;2024-02-01T08:11:00Z;desk\nB;call;2024-02-01T09:00:00Z;desk\nB;call;2024-02-01T09:05:00Z;desk\n";
const ARGS = ["--case", "id", "--activity", "step", "--timestamp", "at", "--department", "team"];

test("hukka mine --html writes the report of the mined service, and --model the same service", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hukka-mine-html-"));
  const log = join(dir, "small.csv");
  writeFileSync(log, LOG);
  const html = join(dir, "mined.html");
  const model = join(dir, "mined.json");
  const { status, out, err } = await hukka(["mine", log, ...ARGS, "--html", html, "--model", model]);
  expect([status, err]).toEqual([0, ""]);
  expect(out).toContain(`wrote ${html}`);
  expect(out).toContain(`model written to ${model}`);

  const service = parseService(JSON.parse(readFileSync(model, "utf8")));
  const page = readFileSync(html, "utf8");
  // the page embeds the mined service and its report; markup in an activity name stays data
  expect(page).toContain(`"expected"`);
  for (const t of service.touchpoints.filter((t) => !t.id.includes("<"))) expect(page).toContain(JSON.stringify(t.id));
  expect(page).toContain(String.raw`"\u003cb\u003etest\u003c/b\u003e"`);
  expect(page).not.toContain("<b>test</b>");
  expect(analyse(service).expected.handoffs).toBeGreaterThan(0);
});

test("hukka mine --json --html keeps stdout for the JSON alone", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hukka-mine-html-"));
  const log = join(dir, "small.csv");
  writeFileSync(log, LOG);
  const { status, out, err } = await hukka(["mine", log, ...ARGS, "--json", "--html", join(dir, "m.html")]);
  expect(status).toBe(0);
  expect(JSON.parse(out).cases).toBe(2);
  expect(err).toContain("wrote");
});
