// Small named service models for the validation tests. Each returns a fresh object, so a test
// may change its copy freely.

/**
 * deskLab: the smallest model with a hand-off, two outcomes and given probabilities.
 *
 *   desk (entry) ──0.8──▶ lab ──1──▶ done (resolved)
 *        └──────────0.2──────────▶ gone (abandoned)
 *
 * departments: desk (frontstage), lab (backstage)
 */
export function deskLab() {
  return {
    id: "desk-lab",
    departments: [{ id: "desk" }, { id: "lab", lane: "backstage" }],
    touchpoints: [
      {
        id: "desk",
        department: "desk",
        entry: true,
        steps: [
          { name: "Queue", type: "waste", waste: "delay", minutes: 10 },
          { name: "Ask", type: "value", minutes: 5 },
        ],
      },
      { id: "lab", department: "lab", steps: [{ name: "Sample", type: "value", minutes: 10, cost: 20 }] },
      { id: "done", department: "desk", outcome: "resolved", steps: [] },
      { id: "gone", department: "desk", outcome: "abandoned", steps: [] },
    ],
    transitions: [
      { from: "desk", to: "lab", probability: 0.8, wait: 60 },
      { from: "desk", to: "gone", probability: 0.2 },
      { from: "lab", to: "done", probability: 1 },
    ],
  };
}

/** A mutable deep copy of a fixture, typed loosely so that tests can break it. */
export function broken<T>(model: T): any {
  return structuredClone(model);
}

/**
 * trap: customers who reach lab never leave lab ⇄ recheck.
 *
 *   desk (entry) ──0.5──▶ lab ──1──▶ recheck
 *        │                 ▲            │
 *        │                 └─────1──────┘
 *        └──0.5──▶ done (resolved)
 */
export function trap() {
  return {
    id: "trap",
    departments: [{ id: "desk" }, { id: "lab" }],
    touchpoints: [
      { id: "desk", department: "desk", entry: 1, steps: [] },
      { id: "lab", department: "lab", steps: [] },
      { id: "recheck", department: "lab", steps: [] },
      { id: "done", department: "desk", outcome: "resolved", steps: [] },
    ],
    transitions: [
      { from: "desk", to: "lab", probability: 0.5 },
      { from: "desk", to: "done", probability: 0.5 },
      { from: "lab", to: "recheck", probability: 1 },
      { from: "recheck", to: "lab", probability: 1 },
    ],
  };
}

/** Deep-freezes a value, so that any attempt to modify it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
