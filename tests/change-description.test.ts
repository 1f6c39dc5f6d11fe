import { describe, expect, it } from "vitest";
import { changeDescription, parseService } from "../src/index.js";

const service = parseService({
  id: "tax",
  departments: [
    { id: "desk", name: "Service desk" },
    { id: "registry", name: "Registry" },
    { id: "web" },
  ],
  touchpoints: [
    {
      id: "call",
      name: "Call the tax office",
      department: "desk",
      entry: true,
      steps: [{ name: "Phone queue", type: "waste", waste: "delay", minutes: 30 }],
    },
    { id: "done", department: "registry", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "call", to: "call", probability: 0.2, failure: true },
    { from: "call", to: "done", probability: 0.8, wait: 4320 },
  ],
});

describe("changeDescription(change, service): a redesign's changes in words", () => {
  it("changeDescription says each op with the model's names, ids only where there is no name", () => {
    const say = (change: Parameters<typeof changeDescription>[0]) => changeDescription(change, service);
    expect(say({ op: "remove-step", touchpoint: "call", step: "Phone queue" })).toBe("Removed the step 'Phone queue' from 'Call the tax office'");
    expect(say({ op: "set-step", touchpoint: "call", step: "Phone queue", name: "Call-back request", minutes: 2 })).toBe(
      "Changed the step 'Phone queue' of 'Call the tax office': renamed it 'Call-back request', set it to 2 min",
    );
    expect(say({ op: "set-step", touchpoint: "call", step: "Phone queue", type: "necessary" })).toBe(
      "Changed the step 'Phone queue' of 'Call the tax office': made it necessary",
    );
    expect(say({ op: "merge-departments", departments: ["desk", "registry", "web"], into: "desk" })).toBe(
      "Merged 'Service desk', 'Registry' and 'web' into 'Service desk'",
    );
    expect(say({ op: "rename-department", department: "registry", to: "archive", name: "Archive" })).toBe(
      "Renamed the department 'Registry' 'Archive'",
    );
    expect(say({ op: "set-transition", from: "call", to: "call", probability: 0 })).toBe(
      "Removed the move from 'Call the tax office' back to 'Call the tax office'",
    );
    // 4320 min = 3 days
    expect(say({ op: "set-transition", from: "call", to: "done", probability: 0.9, wait: 4320 })).toBe(
      "Changed the move from 'Call the tax office' to 'done': 90 % of customers take it, the wait is 3 days",
    );
  });
});

describe("changeDescription of a probability", () => {
  it("says a probability to a tenth of a per cent: 0.125 is 12.5 %, not 13 %", () => {
    const say = (probability: number) => changeDescription({ op: "set-transition", from: "call", to: "done", probability }, service);
    expect(say(0.125)).toBe("Changed the move from 'Call the tax office' to 'done': 12.5 % of customers take it");
    expect(say(0.0004)).toBe("Changed the move from 'Call the tax office' to 'done': 0 % of customers take it");
    expect(say(1)).toBe("Changed the move from 'Call the tax office' to 'done': 100 % of customers take it");
  });
});
