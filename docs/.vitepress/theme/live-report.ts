// What the live diagrams of the docs run: hukka itself (`src/index.ts`, `src/viz/index.ts`),
// loaded in the reader's browser only (d3 needs a DOM; the static build never draws).
import type { Calendar, EventLog, LogReport, Service, WasteReport } from "../../../src/index.js";

export type Hukka = typeof import("../../../src/index.js");
export type HukkaViz = typeof import("../../../src/viz/index.js");

let loading: Promise<{ hukka: Hukka; viz: HukkaViz }> | null = null;

/** The library and its visualiser, imported once per page. */
export function loadHukka(): Promise<{ hukka: Hukka; viz: HukkaViz }> {
  loading ??= Promise.all([import("../../../src/index.js"), import("../../../src/viz/index.js")]).then(([hukka, viz]) => ({
    hukka,
    viz,
  }));
  return loading;
}

const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const tenth = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

/** A whole number with thousands separators: 3,853. */
export const count = (n: number): string => whole.format(n);
/** A number with at most one decimal: 2.7. */
export const decimal = (n: number): string => tenth.format(n);
/** A share as a percentage: 87.4 %. */
export const share = (n: number): string => percent.format(n);

/** One figure of a log: its label and its value as text. */
export interface Figure {
  label: string;
  value: string;
}

/**
 * The headline figures of `analyseLog`: how the log's cases wandered between departments.
 *
 * @example
 * logFigures(analyseLog(log), formatDuration)[4]; // { label: "hand-offs", value: "3,853" }
 */
export function logFigures(report: LogReport, minutes: (m: number) => string): Figure[] {
  const per = (n: number) => (report.cases > 0 ? decimal(n / report.cases) : "0");
  const wait = (m: number | null) => (m === null ? "—" : minutes(m));
  const { departmentChanges: changes, departmentStays: stays } = report.waiting;
  return [
    { label: "cases", value: count(report.cases) },
    { label: "events", value: count(report.events) },
    { label: "activities", value: count(report.activities) },
    { label: "departments", value: count(report.departments) },
    { label: "hand-offs", value: count(report.handoffs) },
    { label: "hand-offs per case", value: per(report.handoffs) },
    { label: "ping-pongs", value: count(report.pingPongs) },
    { label: "cases with a ping-pong", value: `${count(report.casesWithPingPong)} (${share(report.cases ? report.casesWithPingPong / report.cases : 0)})` },
    { label: "revisits", value: count(report.revisits) },
    { label: "median wait when the department changes", value: wait(changes.medianMinutes) },
    { label: "median wait when it stays", value: wait(stays.medianMinutes) },
  ];
}

/** A service model and its report, drawn: the interactive report of `hukka/viz`. */
export function drawReport(viz: HukkaViz, container: HTMLElement, service: Service, report: WasteReport): void {
  container.replaceChildren();
  viz.renderReport(container, service, report);
}

/**
 * The service mined from a log, named for the page (typed here, so that a change of
 * `mineService`'s signature fails the type check rather than a reader's page).
 *
 * @example
 * minedService(hukka, log, "receipt.csv").name; // "receipt.csv"
 */
export function minedService(hukka: Hukka, log: EventLog, name: string, calendar: Calendar | null = null): Service {
  return hukka.mineService(log, { id: name, name, calendar });
}
