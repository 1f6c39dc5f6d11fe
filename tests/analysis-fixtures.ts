// Small named services for the analysis tests, each drawn in ASCII with its departments in
// brackets. Every function returns a fresh object.

const touchpoint = (id: string, department: string, extra: Record<string, unknown> = {}) => ({
  id,
  department,
  steps: [] as Record<string, unknown>[],
  ...extra,
});

/**
 * pingPong: the customer goes back to the department they came from.
 *
 *   call [desk] ──1──▶ test [lab] ──1──▶ result [desk] ──1──▶ done [desk] (resolved)
 */
export function pingPong() {
  return {
    id: "ping-pong",
    departments: [{ id: "desk" }, { id: "lab" }],
    touchpoints: [
      touchpoint("call", "desk", { entry: true, steps: [{ name: "Talk", type: "value", minutes: 10 }] }),
      touchpoint("test", "lab", { steps: [{ name: "Sample", type: "value", minutes: 5 }] }),
      touchpoint("result", "desk", { steps: [{ name: "Hear the result", type: "value", minutes: 5 }] }),
      touchpoint("done", "desk", { outcome: "resolved" }),
    ],
    transitions: [
      { from: "call", to: "test", probability: 1, wait: 60 },
      { from: "test", to: "result", probability: 1, wait: 30 },
      { from: "result", to: "done", probability: 1 },
    ],
  };
}

/**
 * roundTrip: back to the first department through a third one — a revisit, not a ping-pong.
 *
 *   call [desk] ─▶ test [lab] ─▶ xray [imaging] ─▶ result [desk] ─▶ done [desk] (resolved)
 */
export function roundTrip() {
  return {
    id: "round-trip",
    departments: [{ id: "desk" }, { id: "lab" }, { id: "imaging" }],
    touchpoints: [
      touchpoint("call", "desk", { entry: true }),
      touchpoint("test", "lab"),
      touchpoint("xray", "imaging"),
      touchpoint("result", "desk"),
      touchpoint("done", "desk", { outcome: "resolved" }),
    ],
    transitions: [
      { from: "call", to: "test", probability: 1 },
      { from: "test", to: "xray", probability: 1 },
      { from: "xray", to: "result", probability: 1 },
      { from: "result", to: "done", probability: 1 },
    ],
  };
}

/**
 * callAgain: the referral of DESIGN §3 — 30 % of calls fail and the customer calls again
 * (failure demand), a geometric series of calls.
 *
 *   ┌─0.3 (failure)─┐
 *   ▼               │
 *   call [health-centre] ──0.7, wait 4320──▶ gp [clinic] ──1──▶ done [clinic] (resolved)
 *
 * call: queue 25 (waste, delay) + tell symptoms 6 (value) + identify 1 (necessary, cost 2.5)
 * gp:   examination 15 (value, cost 40) + paperwork 5 (waste, duplication, cost 10)
 */
export function callAgain() {
  return {
    id: "call-again",
    name: "From symptoms to specialist care",
    volume: 12000,
    currency: "EUR",
    departments: [{ id: "health-centre", name: "Health centre" }, { id: "clinic" }],
    touchpoints: [
      touchpoint("call", "health-centre", {
        entry: 1,
        steps: [
          { name: "Queue on the phone", type: "waste", waste: "delay", minutes: 25 },
          { name: "Tell symptoms", type: "value", minutes: 6 },
          { name: "Identify yourself", type: "necessary", minutes: 1, cost: 2.5 },
        ],
      }),
      touchpoint("gp", "clinic", {
        steps: [
          { name: "Examination", type: "value", minutes: 15, cost: 40 },
          { name: "Fill the same form again", type: "waste", waste: "duplication", minutes: 5, cost: 10 },
        ],
      }),
      touchpoint("done", "clinic", { outcome: "resolved" }),
    ],
    transitions: [
      { from: "call", to: "gp", probability: 0.7, wait: 4320 },
      { from: "call", to: "call", probability: 0.3, failure: true },
      { from: "gp", to: "done", probability: 1 },
    ],
  };
}

/**
 * bounce: the lab sends half of its customers back to the desk, over and over.
 *
 *   a [desk] ──1──▶ b [lab] ──0.5──▶ done [lab] (resolved)
 *       ▲              │
 *       └─────0.5──────┘
 */
export function bounce() {
  return {
    id: "bounce",
    departments: [{ id: "desk" }, { id: "lab" }],
    touchpoints: [
      touchpoint("a", "desk", { entry: true, steps: [{ name: "Ask", type: "value", minutes: 4 }] }),
      touchpoint("b", "lab", { steps: [{ name: "Test", type: "value", minutes: 10 }] }),
      touchpoint("done", "lab", { outcome: "resolved" }),
    ],
    transitions: [
      { from: "a", to: "b", probability: 1 },
      { from: "b", to: "a", probability: 0.5 },
      { from: "b", to: "done", probability: 0.5 },
    ],
  };
}

/**
 * insideLab: a move inside a department keeps the previous run, so c → d is a ping-pong
 * (desk, lab, desk) although the customer met two lab touchpoints.
 *
 *   a [desk] ─1─▶ b [lab] ─1─▶ c [lab] ─0.5─▶ d [desk] ─1─▶ done [desk] (resolved)
 *                               └──0.5──▶ e [imaging] ─1─▶ gone [imaging] (abandoned)
 */
export function insideLab() {
  return {
    id: "inside-lab",
    departments: [{ id: "desk" }, { id: "lab" }, { id: "imaging" }],
    touchpoints: [
      touchpoint("a", "desk", { entry: true }),
      touchpoint("b", "lab"),
      touchpoint("c", "lab"),
      touchpoint("d", "desk"),
      touchpoint("e", "imaging"),
      touchpoint("done", "desk", { outcome: "resolved" }),
      touchpoint("gone", "imaging", { outcome: "abandoned" }),
    ],
    transitions: [
      { from: "a", to: "b", probability: 1 },
      { from: "b", to: "c", probability: 1 },
      { from: "c", to: "d", probability: 0.5 },
      { from: "c", to: "e", probability: 0.5 },
      { from: "d", to: "done", probability: 1 },
      { from: "e", to: "gone", probability: 1 },
    ],
  };
}

/**
 * twoDoors: two entries weighted 3 : 1, volumes instead of probabilities at the desk.
 *
 *   web [online] (entry 1) ──1, wait 10──▶ desk [office]
 *   phone [office] (entry 3) ──1──▶ desk [office]
 *   desk ──volume 60──▶ done [office] (resolved)
 *   desk ──volume 20──▶ gone [online] (abandoned)
 *   desk ──volume 20──▶ lost [online] (abandoned)
 *   orphan [office]: no way in (a warning)
 */
export function twoDoors() {
  return {
    id: "two-doors",
    volume: 1000,
    departments: [{ id: "online" }, { id: "office" }],
    touchpoints: [
      touchpoint("web", "online", { entry: 1, steps: [{ name: "Fill a form", type: "necessary", minutes: 8 }] }),
      touchpoint("phone", "office", { entry: 3, steps: [{ name: "Wait on the line", type: "waste", waste: "delay", minutes: 12 }] }),
      touchpoint("desk", "office", { steps: [{ name: "Decide", type: "value", minutes: 20 }] }),
      touchpoint("done", "office", { outcome: "resolved" }),
      touchpoint("gone", "online", { outcome: "abandoned" }),
      touchpoint("lost", "online", { outcome: "abandoned" }),
      touchpoint("orphan", "office", { steps: [{ name: "Nobody comes", type: "waste", waste: "delay", minutes: 99 }] }),
    ],
    transitions: [
      { from: "web", to: "desk", probability: 1, wait: 10, waste: "movement" },
      { from: "phone", to: "desk", probability: 1 },
      { from: "desk", to: "done", volume: 60 },
      { from: "desk", to: "gone", volume: 20 },
      { from: "desk", to: "lost", volume: 20 },
      { from: "orphan", to: "done", probability: 1 },
    ],
  };
}
