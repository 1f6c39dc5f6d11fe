import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseService, safeParseService } from "../src/index.js";
import { countWander } from "./independent-wander-count.js";

const service = parseService(JSON.parse(readFileSync("examples/health-centre/service.json", "utf8")));
const department = new Map(service.touchpoints.map((t) => [t.id, t.department]));
const next = (id: string) => service.transitions.filter((t) => t.from === id && (t.probability ?? 1) > 0).map((t) => t.to);

describe("examples/health-centre/service.json", () => {
  it("is a valid model without warnings, of the size and kind the examples and docs rely on", () => {
    expect(safeParseService(service).warnings).toEqual([]);
    expect(service.touchpoints.length).toBeGreaterThanOrEqual(10);
    expect(service.touchpoints.length).toBeLessThanOrEqual(20);
    expect(service.departments.length).toBeGreaterThanOrEqual(5);
    expect(service.departments.length).toBeLessThanOrEqual(7);
    expect(new Set(service.departments.map((d) => d.lane))).toEqual(new Set(["frontstage", "backstage", "support"]));
    expect(service).toMatchObject({ currency: "EUR", volume: 12000, $schema: "../../dist/service.schema.json" });
    expect(service.transitions.some((t) => t.failure)).toBe(true);
    expect(new Set(service.touchpoints.map((t) => t.outcome).filter(Boolean))).toEqual(new Set(["resolved", "abandoned"]));
    expect(service.touchpoints.some((t) => t.steps.some((s) => s.waste === "duplication"))).toBe(true);
    expect(service.touchpoints.some((t) => t.steps.some((s) => s.cost !== undefined))).toBe(true);
  });

  it("holds a direct ping-pong (health centre → laboratory → health centre) along its transitions", () => {
    const pingPongs: string[] = [];
    for (const a of service.touchpoints)
      for (const b of next(a.id))
        for (const c of next(b)) {
          const path = [a.id, b, c];
          if (countWander(path, path.map((id) => department.get(id))).pingPongs > 0) pingPongs.push(path.map((id) => department.get(id)).join(" → "));
        }
    expect(pingPongs).toContain("health-centre → lab → health-centre");
    expect(pingPongs).toContain("clinic → imaging → clinic");
  });

  it("holds a revisit: a department re-entered after others (referral call back to the phone service)", () => {
    const path = ["call", "nurse-visit", "doctor-visit", "lab-samples", "results-visit", "referral-handling", "referral-call"];
    path.slice(1).forEach((id, i) => expect(next(path[i]!)).toContain(id));
    // contact-centre, health-centre, lab, health-centre, referral-office, contact-centre
    expect(path.map((id) => department.get(id))).toEqual(["contact-centre", "health-centre", "health-centre", "lab", "health-centre", "referral-office", "contact-centre"]);
    expect(countWander(path, path.map((id) => department.get(id))).revisits).toBe(2);
  });
});
