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

describe("comparisonHtml: a merge says what it assumes about time, and a rise reads as one", () => {
  // the referral's desk and lab merged: call → test → result ping-pongs no more, minutes stay
  const service = deepFreeze(referral());
  const redesign: Redesign = { name: "One desk", changes: [{ op: "merge-departments", departments: ["desk", "lab"], into: "desk" }] };
  const after = applyRedesign(service, redesign);
  const { document } = parseHTML(comparisonHtml(compareReports(analyse(service), analyse(after)), service, after, { redesign }));

  it("keeps the waits: the headline says time stays, and the page says why", () => {
    expect(document.querySelector(".hukka-headline")!.textContent).toBe(
      "One desk saves the average customer 1.7 hand-offs, 0.86 ping-pongs and 0.86 revisits; time stays 2 h per customer.",
    );
    expect(document.querySelector('[data-hukka="waits"]')!.textContent).toMatch(/^A merge alone moves no waiting: every move keeps its wait/);
  });

  it("a figure that rises reads 'more' in the saving column, and the headline names it after 'but'", () => {
    // the call's failure loop doubled: 0.3 → 0.6, so the customer calls twice as often on average
    const loop: Redesign = { name: "Busy line", changes: [{ op: "set-transition", from: "call", to: "call", probability: 0.6 }] };
    const worse = applyRedesign(service, loop);
    const page = parseHTML(comparisonHtml(compareReports(analyse(service), analyse(worse)), service, worse, { redesign: loop })).document;
    const row = (label: string) =>
      Array.from(page.querySelectorAll(".hukka-figures tr"))
        .map((tr) => Array.from(tr.children).map((c) => c.textContent))
        .find((r) => r[0] === label)!;
    expect(row("time")[3]).toMatch(/ more$/);
    // v(call) = 1 / (1 − 0.6) = 2.5 visits of 26 minutes and 2 EUR, and the same 6/7 reach the lab:
    // 65 + (15 + 20 + 60)·6/7 = 2.4 h (28 min more), cost 5 + 50·6/7 = 47.86 EUR (from 45.71)
    expect(page.querySelector(".hukka-headline")!.textContent).toBe(
      "Busy line saves the average customer nothing: time rises 28 min, 2 h → 2.4 h per customer, and cost per customer rises, 45.71 EUR → 47.86 EUR.",
    );
    expect(page.querySelector('[data-hukka="waits"]')).toBeNull();
  });
});
