// The report's figures and its yearly note, drawn in Node's linkedom DOM, on one-touchpoint
// services computed by hand: what the waste costs a year, and what it costs per customer.
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyse, parseService } from "../src/index.js";
import { renderReport } from "../src/viz/index.js";

/** One desk, one waste step of `cost`, for `volume` customers a year. */
const desk = (cost: number, volume: number) =>
  parseService({
    id: "desk",
    volume,
    currency: "EUR",
    departments: [{ id: "front" }],
    touchpoints: [
      {
        id: "desk",
        department: "front",
        entry: true,
        outcome: "resolved",
        steps: [{ name: "Fill in the form again", type: "waste", waste: "duplication", minutes: 10, cost }],
      },
    ],
    transitions: [],
  });

function drawn(service: ReturnType<typeof desk>) {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  renderReport(document.body as unknown as Element, service, analyse(service), { interactive: false });
  return {
    yearCost: document.querySelector('[data-figure="yearCost"] dd')!.textContent,
    note: document.querySelector('[data-hukka="yearly-note"]')!.textContent!,
  };
}

describe("the report's cost of waste", () => {
  test("a cost per customer below 100 keeps its cents: 0.46 EUR, not 0 EUR", () => {
    // 0.4616 EUR per customer, 12,000 customers: 5,539.2 EUR a year
    const { yearCost, note } = drawn(desk(0.4616, 12_000));
    expect(yearCost).toBe("5,539 EUR");
    expect(note).toContain("(0.46 EUR per customer)");
  });

  test("a cost per customer of 100 or more is whole: 1,235 EUR", () => {
    const { yearCost, note } = drawn(desk(1234.5, 10));
    expect(yearCost).toBe("12,345 EUR");
    expect(note).toContain("(1,235 EUR per customer)");
  });
});
