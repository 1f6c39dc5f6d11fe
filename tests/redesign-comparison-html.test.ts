import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { analyse, applyRedesign, compareReports, type Redesign } from "../src/index.js";
import { comparisonHtml } from "../src/viz/index.js";
import { deepFreeze, referral } from "./redesign-fixtures.js";

describe("comparisonHtml(comparison, before, after, options)", () => {
  const hostile = "<img src=x onerror=alert(1)>";
  const service = referral();
  service.name = hostile;
  service.touchpoints[2]!.id = "__proto__"; // "result"
  service.transitions[3]!.to = "__proto__";
  service.transitions[4]!.from = "__proto__";
  deepFreeze(service);
  const redesign: Redesign = {
    name: `</script>${hostile}`,
    changes: [
      { op: "remove-step", touchpoint: "__proto__", step: "Return visit", note: hostile },
      { op: "set-transition", from: "call", to: "done", probability: 0.2 },
    ],
  };
  const after = applyRedesign(service, redesign);
  const html = comparisonHtml(compareReports(analyse(service), analyse(after)), service, after, { redesign });
  const { document } = parseHTML(html);

  it("shows user strings as text, never as markup", () => {
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("script")).toBeNull();
    expect(document.querySelector("h1")!.textContent).toBe(`</script>${hostile}`);
    expect(document.querySelector(".hukka-note")!.textContent).toBe(hostile);
  });

  it("marks the changed touchpoint on both sides and the added transition after only", () => {
    const [before, afterSide] = Array.from(document.querySelectorAll("figure"));
    const changed = (side: Element) =>
      Array.from(side!.querySelectorAll("[data-changed]")).map((el) =>
        el.hasAttribute("data-touchpoint")
          ? `${el.getAttribute("data-touchpoint")}: ${el.getAttribute("data-changed")}`
          : `${el.getAttribute("data-from")} → ${el.getAttribute("data-to")}: ${el.getAttribute("data-changed")}`,
      );
    // call's exits were rescaled (× 0.8), call → done is new, the return visit lost a step
    expect(changed(before!).sort()).toEqual(
      ["__proto__: changed", "call → call: changed", "call → gave-up: changed", "call → test: changed"].sort(),
    );
    expect(changed(afterSide!).sort()).toEqual(
      ["__proto__: changed", "call → call: changed", "call → done: added", "call → gave-up: changed", "call → test: changed"].sort(),
    );
  });

  it("puts the headline figures in a table: before, after, saving", () => {
    const rows = Array.from(document.querySelectorAll(".hukka-figures tr")).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(["per customer", "before", "after", "saving"]);
    // minutes 830/7 = 118.6; after: the 15-minute return visit (visited 6/7 × 0.8 … ) is gone
    expect(rows.find((r) => r[0] === "minutes")![1]).toBe("118.6");
  });
});
