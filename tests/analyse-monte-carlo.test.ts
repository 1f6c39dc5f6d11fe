import { describe, expect, it } from "vitest";
import { analyse, parseService } from "../src/index.js";
import { countWander } from "./independent-wander-count.js";
import { random } from "./analysis-random-services.js";

/**
 * clinicMaze: four departments, loops back from the lab and the x-ray to triage (ping-pongs),
 * failure demand (calling again, recalls), waits, costs, two entries and two outcomes.
 *
 *   call [desk] ─0.6─▶ triage [clinic] ─0.5─▶ lab [lab] ─0.3 (failure)─▶ recall [desk]
 *   web [desk]  ─0.8─▶    │  ▲  ▲ 0.5 ◀──────────┘ │ 0.2                       │ 0.7 → triage
 *                          │  └──────0.6─── xray [imaging] ◀────┘              │ 0.3 → gone
 *                          └─0.2─▶ done [clinic] (resolved)       gone [desk] (abandoned)
 */
function clinicMaze() {
  const tp = (id: string, department: string, steps: unknown[] = [], extra = {}) => ({ id, department, steps, ...extra });
  return parseService({
    id: "clinic-maze",
    departments: [{ id: "desk" }, { id: "clinic" }, { id: "lab" }, { id: "imaging" }],
    touchpoints: [
      tp("call", "desk", [{ name: "Queue", type: "waste", waste: "delay", minutes: 10 }, { name: "Ask", type: "value", minutes: 5 }], { entry: 2 }),
      tp("web", "desk", [{ name: "Form", type: "necessary", minutes: 3, cost: 1 }], { entry: 1 }),
      tp("triage", "clinic", [{ name: "Assess", type: "value", minutes: 8, cost: 20 }]),
      tp("lab", "lab", [{ name: "Sample", type: "value", minutes: 6 }, { name: "Resample", type: "waste", waste: "errors", minutes: 4, cost: 5 }]),
      tp("xray", "imaging", [{ name: "Image", type: "value", minutes: 12 }, { name: "Consent", type: "necessary", minutes: 2 }]),
      tp("recall", "desk", [{ name: "Explain again", type: "waste", waste: "unclear-communication", minutes: 7 }]),
      tp("done", "clinic", [], { outcome: "resolved" }),
      tp("gone", "desk", [], { outcome: "abandoned" }),
    ],
    transitions: [
      { from: "call", to: "triage", probability: 0.6, wait: 30 },
      { from: "call", to: "call", probability: 0.2, failure: true },
      { from: "call", to: "gone", probability: 0.2 },
      { from: "web", to: "triage", probability: 0.8, wait: 60, waste: "movement" },
      { from: "web", to: "call", probability: 0.2, failure: true },
      { from: "triage", to: "lab", probability: 0.5, wait: 120 },
      { from: "triage", to: "xray", probability: 0.3, wait: 240 },
      { from: "triage", to: "done", probability: 0.2 },
      { from: "lab", to: "triage", probability: 0.5 },
      { from: "lab", to: "recall", probability: 0.3, failure: true },
      { from: "lab", to: "xray", probability: 0.2 },
      { from: "xray", to: "triage", probability: 0.6, wait: 30 },
      { from: "xray", to: "lab", probability: 0.3 },
      { from: "xray", to: "gone", probability: 0.1 },
      { from: "recall", to: "triage", probability: 0.7 },
      { from: "recall", to: "gone", probability: 0.3 },
    ],
  });
}

const CUSTOMERS = 200_000;
const SIGMAS = 5;

describe("analyse(service) agrees with a simulation of its customers", () => {
  it(`analyse(clinicMaze) matches ${CUSTOMERS.toLocaleString("en")} simulated customers within ${SIGMAS} standard errors`, () => {
    const service = clinicMaze();
    const report = analyse(service);
    const index = new Map(service.touchpoints.map((t, i) => [t.id, i]));
    const out = service.touchpoints.map((t) => service.transitions.filter((x) => x.from === t.id));
    const entries = service.touchpoints.filter((t) => t.entry);
    const entryTotal = entries.reduce((s, t) => s + Number(t.entry), 0);
    const stepMinutes = (i: number, type?: string) =>
      service.touchpoints[i]!.steps.reduce((s, step) => s + (type === undefined || step.type === type ? step.minutes : 0), 0);
    const cost = (i: number) => service.touchpoints[i]!.steps.reduce((s, step) => s + (step.cost ?? 0), 0);

    const rnd = random(20240601);
    const pick = <T,>(items: T[], weight: (t: T) => number, total = 1) => {
      let u = rnd() * total;
      for (const item of items) if ((u -= weight(item)) < 0) return item;
      return items[items.length - 1]!;
    };
    const figures = ["minutes", "wasteMinutes", "valueMinutes", "handoffs", "pingPongs", "failureVisits", "visits", "resolved", "cost"] as const;
    const sum = Object.fromEntries(figures.map((f) => [f, 0])) as Record<(typeof figures)[number], number>;
    const squares = { ...sum };
    for (let c = 0; c < CUSTOMERS; c++) {
      let t = index.get(pick(entries, (e) => Number(e.entry), entryTotal).id)!;
      const path = [t];
      const x = { minutes: stepMinutes(t), wasteMinutes: stepMinutes(t, "waste"), valueMinutes: stepMinutes(t, "value"), failureVisits: 0, cost: cost(t) };
      while (service.touchpoints[t]!.outcome === undefined) {
        const move = pick(out[t]!, (m) => m.probability!);
        t = index.get(move.to)!;
        path.push(t);
        x.minutes += stepMinutes(t) + (move.wait ?? 0);
        x.wasteMinutes += stepMinutes(t, "waste") + (move.wait ?? 0);
        x.valueMinutes += stepMinutes(t, "value");
        x.cost += cost(t);
        if (move.failure) x.failureVisits++;
      }
      const wander = countWander(path, path.map((i) => service.touchpoints[i]!.department));
      const values = {
        ...x,
        handoffs: wander.handoffs,
        pingPongs: wander.pingPongs,
        visits: path.length,
        resolved: service.touchpoints[t]!.outcome === "resolved" ? 1 : 0,
      };
      for (const f of figures) {
        sum[f] += values[f];
        squares[f] += values[f] ** 2;
      }
    }
    const e = report.expected;
    const visits = Object.values(e.visits).reduce((a, b) => a + b, 0);
    const exact = {
      minutes: e.minutes,
      wasteMinutes: e.wasteMinutes,
      valueMinutes: e.valueMinutes,
      handoffs: e.handoffs,
      pingPongs: e.pingPongs,
      failureVisits: e.failureDemandShare * visits,
      visits,
      resolved: e.resolved,
      cost: e.cost,
    };
    for (const f of figures) {
      const mean = sum[f] / CUSTOMERS;
      const standardError = Math.sqrt((squares[f] / CUSTOMERS - mean ** 2) / CUSTOMERS);
      expect(Math.abs(mean - exact[f]), `${f}: simulated ${mean} ± ${standardError}, exact ${exact[f]}`).toBeLessThanOrEqual(
        SIGMAS * standardError,
      );
    }
    // the simulation is not a tautology: ping-pongs do happen here, and often
    expect(e.pingPongs).toBeGreaterThan(0.5);
  });
});
