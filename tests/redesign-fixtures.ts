import type { Service } from "../src/index.js";

/**
 * A referral, drawn (probabilities on the arrows, waits in minutes):
 *
 *   desk    call ──0.6──▶ ┐          ┌──▶ result ──1──▶ done (clinic, resolved)
 *            ↺ 0.3 failure │          │
 *            └─0.1─▶ gave-up (abandoned)
 *   lab                   └─▶ test ──1, wait 60──┘
 *
 * call: Queue 20 (waste, delay) + Tell symptoms 5 (value) + Identify 1 (necessary, cost 2)
 * test: Wait at the lab 10 (waste, delay) + Blood test 5 (value, cost 30)
 * result: Return visit 15 (waste, movement) + Hear the result 5 (value, cost 20)
 *
 * Expected visits: v(call) = 1 + 0.3·v(call) = 10/7; v(test) = v(result) = 0.6·10/7 = 6/7.
 * Expected minutes = 26·10/7 + 15·6/7 + 20·6/7 + 60·6/7 = (260 + 90 + 120 + 360)/7 = 830/7 ≈ 118.571
 * Expected waste   = 20·10/7 + 10·6/7 + 15·6/7 + 60·6/7 = (200 + 60 + 90 + 360)/7 = 710/7 ≈ 101.429
 * Expected hand-offs: call→test (desk→lab) 6/7, test→result (lab→desk) 6/7, result→done (desk→clinic) 6/7,
 *   call→gave-up stays at the desk: 18/7 ≈ 2.571; ping-pongs: desk→lab→desk once per referral = 6/7.
 */
export function referral(): Service {
  return {
    id: "referral",
    name: "Referral",
    volume: 7000,
    currency: "EUR",
    departments: [
      { id: "desk", name: "Front desk" },
      { id: "lab", name: "Laboratory", lane: "backstage" },
      { id: "clinic", name: "Clinic" },
    ],
    touchpoints: [
      {
        id: "call",
        department: "desk",
        entry: 1,
        steps: [
          { name: "Queue", type: "waste", waste: "delay", minutes: 20 },
          { name: "Tell symptoms", type: "value", minutes: 5 },
          { name: "Identify", type: "necessary", minutes: 1, cost: 2 },
        ],
      },
      {
        id: "test",
        department: "lab",
        steps: [
          { name: "Wait at the lab", type: "waste", waste: "delay", minutes: 10 },
          { name: "Blood test", type: "value", minutes: 5, cost: 30 },
        ],
      },
      {
        id: "result",
        department: "desk",
        steps: [
          { name: "Return visit", type: "waste", waste: "movement", minutes: 15 },
          { name: "Hear the result", type: "value", minutes: 5, cost: 20 },
        ],
      },
      { id: "done", department: "clinic", outcome: "resolved", steps: [] },
      { id: "gave-up", department: "desk", outcome: "abandoned", steps: [] },
    ],
    transitions: [
      { from: "call", to: "test", probability: 0.6 },
      { from: "call", to: "call", probability: 0.3, failure: true },
      { from: "call", to: "gave-up", probability: 0.1 },
      { from: "test", to: "result", probability: 1, wait: 60 },
      { from: "result", to: "done", probability: 1 },
    ],
  };
}

/** Freezes an object and everything in it, so a test fails if anything writes to it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** The probabilities out of one touchpoint, by target id. */
export function exits(service: Service, from: string): Record<string, number | undefined> {
  return Object.fromEntries(service.transitions.filter((t) => t.from === from).map((t) => [t.to, t.probability]));
}
