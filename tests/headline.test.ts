import { describe, expect, it } from "vitest";
import { analyse, formatDuration, headline, parseService } from "../src/index.js";
import { callAgain, pingPong } from "./analysis-fixtures.js";

describe("formatDuration(minutes): the one formatter of human units", () => {
  it("formatDuration says minutes below an hour, hours below two days, days from there", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(1.44)).toBe("1.4 min");
    expect(formatDuration(25)).toBe("25 min");
    expect(formatDuration(59.9)).toBe("60 min");
    expect(formatDuration(60)).toBe("1 h");
    expect(formatDuration(90)).toBe("1.5 h");
    // 293 min = 4.88 h: one decimal below 10
    expect(formatDuration(293)).toBe("4.9 h");
    expect(formatDuration(2879)).toBe("48 h");
    expect(formatDuration(2880)).toBe("2 days");
    // 4.7 days = 6768 min
    expect(formatDuration(6768)).toBe("4.7 days");
    expect(formatDuration(43051.9)).toBe("30 days");
    expect(formatDuration(1440 * 2500)).toBe("2,500 days");
    expect(formatDuration(Number.NaN)).toBe("–");
  });
});

describe("headline(service, report): the sentence a manager can quote", () => {
  it("takes the service first, as blueprintSvg, reportHtml and renderReport do; the old order (report, service) still gives the same sentence", () => {
    const service = parseService(callAgain());
    const report = analyse(service);
    const sentence = "A patient spends 3 days and 1 hand-off on average; 99.3 % of that time is waiting, most of it between Health centre and clinic.";
    expect(headline(service, report, { customer: "patient" })).toBe(sentence);
    // deprecated, kept working for now
    expect(headline(report, service, { customer: "patient" })).toBe(sentence);
  });

  it("headline(callAgain) gives time, hand-offs, the waiting share and where the waiting is, by name", () => {
    const service = parseService(callAgain());
    // 4385.7 min = 3.05 days; waiting = queue 250/7 + wait 4320 = 4355.7, 99.3 % of the time;
    // the health centre → clinic wait is 4320 / 4355.7 = 99.2 % of the waiting: "most of it"
    expect(headline(service, analyse(service), { customer: "patient" })).toBe(
      "A patient spends 3 days and 1 hand-off on average; 99.3 % of that time is waiting, most of it between Health centre and clinic.",
    );
  });

  it("headline(service) names the largest part when no pair holds half the waiting, and says who gives up", () => {
    const service = parseService({
      id: "split",
      departments: [
        { id: "desk", name: "Front desk" },
        { id: "lab", name: "Lab" },
        { id: "ward", name: "Ward" },
      ],
      touchpoints: [
        { id: "a", department: "desk", entry: true, steps: [{ name: "Ask", type: "value", minutes: 10 }] },
        { id: "b", department: "lab", steps: [] },
        { id: "c", department: "ward", steps: [] },
        { id: "done", department: "ward", outcome: "resolved", steps: [] },
        { id: "gone", department: "desk", outcome: "abandoned", steps: [] },
      ],
      transitions: [
        { from: "a", to: "b", probability: 0.75, wait: 40 },
        { from: "a", to: "gone", probability: 0.25 },
        { from: "b", to: "c", probability: 1, wait: 40 },
        { from: "c", to: "done", probability: 1, wait: 20 },
      ],
    });
    // minutes 10 + 0.75 × (40 + 40 + 20) = 85; hand-offs 0.75 × 2 = 1.5; waiting 75 / 85 = 88.2 %;
    // pairs: desk–lab 30, lab–ward 30, ward–ward 15: the first met of the two largest, 30 / 75 = 40 %
    expect(headline(service, analyse(service))).toBe(
      "A customer spends 1.4 h and 1.5 hand-offs on average; 88.2 % of that time is waiting, the largest part (40 %) between Front desk and Lab; 25 % give up.",
    );
  });

  it("headline(service) speaks of waste when nobody waits", () => {
    const service = parseService(pingPong());
    // pingPong waits 60 + 30 of 110 minutes: waiting 81.8 %, all of it desk–lab
    expect(headline(service, analyse(service), { customer: "applicant" })).toBe(
      "An applicant spends 1.8 h and 2 hand-offs on average; 81.8 % of that time is waiting, most of it between desk and lab.",
    );
    const noWait = parseService({ ...pingPong(), transitions: pingPong().transitions.map((t) => ({ ...t, wait: 0 })) });
    // 20 minutes of value steps only: waste 0 %
    expect(headline(noWait, analyse(noWait))).toBe("A customer spends 20 min and 2 hand-offs on average; 0 % of that time is waste.");
  });
});
