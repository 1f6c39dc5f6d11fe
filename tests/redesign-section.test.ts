// The redesign in the report of a mined log (hukka mine … --redesign FILE --html OUT), drawn in
// Node's linkedom DOM: the replay's words, the changes, and the three changes side by side.
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyse, departmentFlows, mineService, observedJourneys, readEventLog, replayComparison, type Redesign } from "../src/index.js";
import { renderReport } from "../src/viz/index.js";

const page = () => parseHTML("<!doctype html><html><head></head><body></body></html>").document;

// A: call(desk) 8:00 → test(lab) 8:10 → talk(desk) 8:11; B: call(desk) 9:00 → call(desk) 9:05.
// desk + lab as within: test and talk take B's 5-minute wait within the desk (the fallback), so A
// takes 10 minutes instead of 11: per case 8 → 7.5 minutes; hand-offs 1 → 0, ping-pongs 0.5 → 0.
const LOG = `case,activity,time,dept
A,call,2024-01-01T08:00:00Z,desk
A,test,2024-01-01T08:10:00Z,lab
A,talk,2024-01-01T08:11:00Z,desk
B,call,2024-01-01T09:00:00Z,desk
B,call,2024-01-01T09:05:00Z,desk
`;
const hostile = "<img src=x onerror=alert(1)>";

describe("renderReport(…, { log: { redesign } })", () => {
  test("shows the redesign first after the figures: its words, its changes and the changes per case, the exact ones marked", async () => {
    const log = await readEventLog(new TextEncoder().encode(LOG), { case: "case", activity: "activity", timestamp: "time", department: "dept" });
    const redesign: Redesign = {
      name: hostile,
      changes: [{ op: "merge-departments", departments: ["desk", "lab"], into: "desk", waits: "as-within", note: hostile }],
    };
    const service = mineService(log);
    const replay = replayComparison(log, redesign);
    const data = { departments: departmentFlows(log), observed: observedJourneys(log), redesign: { redesign, replay } };
    const view = renderReport(page().body as unknown as Element, service, analyse(service), { interactive: false, log: data });
    const section = view.root.querySelector('[data-hukka="redesign"]')!;
    // right after the header: h1, headline, sub, figures, then the redesign
    expect([...view.root.children].indexOf(section)).toBe(4);
    expect(view.root.querySelector("img")).toBeNull();
    expect(section.querySelector("h2")!.textContent).toBe(`Redesign: ${hostile}`);
    expect(section.querySelector('[data-hukka="redesign-headline"]')!.textContent).toBe(
      `${hostile}, replayed on the cases, saves the average case 0.5 min, 1 hand-off, 0.5 ping-pongs and 0.5 revisits: 8 min → 7.5 min per case.`,
    );
    expect(section.querySelector('[data-hukka="waits"]')!.textContent).toMatch(/^Time is an assumption here \(waits: "as-within"\)/);
    expect(section.querySelector("ol li")!.textContent).toBe(
      `Merged 'desk' and 'lab' into 'desk', the moves between them waiting as moves within one department do${hostile}`,
    );
    const cell = (figure: string, column: string) => section.querySelector(`tr[data-figure="${figure}"] td[data-column="${column}"]`)!;
    for (const column of ["predicted", "replayed", "remined"]) {
      expect(Number(cell("minutes", column).getAttribute("data-value"))).toBeCloseTo(-0.5, 9);
      expect(cell("minutes", column).textContent).toBe("−0.5 min");
      expect(Number(cell("handoffs", column).getAttribute("data-value"))).toBeCloseTo(-1, 12);
      expect(cell("handoffs", column).hasAttribute("data-exact")).toBe(true);
    }
    expect(cell("minutes", "before").textContent).toBe("8 min");
    expect(cell("pingPongs", "predicted").hasAttribute("data-exact")).toBe(false);
    expect(cell("pingPongs", "replayed").hasAttribute("data-exact")).toBe(true);
    // both sides fell back, and say so
    expect([...section.querySelectorAll(".hukka-warnings li")].map((li) => li.textContent!.split(":")[0])).toEqual(["mined model", "cases"]);
  });

  test("a report without a redesign has no redesign section", async () => {
    const log = await readEventLog(new TextEncoder().encode(LOG), { case: "case", activity: "activity", timestamp: "time", department: "dept" });
    const service = mineService(log);
    const view = renderReport(page().body as unknown as Element, service, analyse(service), {
      interactive: false,
      log: { departments: departmentFlows(log), observed: observedJourneys(log) },
    });
    expect(view.root.querySelector('[data-hukka="redesign"]')).toBeNull();
  });
});
