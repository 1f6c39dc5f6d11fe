import { transitionProbabilities } from "../graph/transition-probabilities.js";
import type { Service } from "../model/types.js";
import { formatBothClocks } from "./format-both-clocks.js";
import { formatDuration } from "./format-duration.js";
import type { WasteReport } from "./report.js";

/**
 * Options of `headline`.
 *
 * @example
 * headline(service, report, { customer: "patient" }); // "A patient spends …"
 */
export interface HeadlineOptions {
  /** What the service calls its customer, singular: "patient", "taxpayer"; defaults to the model's `noun`, else "customer". */
  customer?: string;
}

const DEFAULTS = { customer: "customer" } as const;

/**
 * The sentence a manager can quote, the same at the head of the HTML report
 * and of the CLI summary: the average customer's time and hand-offs, the share of that time
 * spent waiting (the waste category `delay`: transition waits and queueing steps), and where
 * the waiting happens — the pair of departments (either direction) whose transitions hold the
 * most expected wait, by name: "most of it" when that is half of all waiting or more, else "the
 * largest part (x %)" — and the share who give up, when some do. The customer is the model's
 * `noun` ("patient"). When the report cannot tell work from waiting (`flowEfficiency` in
 * `report.unknown`), it says where the time passes instead of a share of waiting. The service
 * comes first, the report second, as in `blueprintSvg`, `reportHtml` and `renderReport`.
 *
 * @example
 * headline(service, analyse(service), { customer: "patient" });
 * // "A patient spends 30 days and 2.5 hand-offs on average; 99.8 % of that time is waiting,
 * //  most of it between Health centre and Specialist clinic."
 */
export function headline(service: Service, report: WasteReport, options?: HeadlineOptions): string;
/**
 * The report first, the service second: the order of hukka 0.1, still read.
 *
 * @deprecated Give the service first: `headline(service, report, options)`, as every other
 * function that takes both does. This order will be removed in a later version.
 */
export function headline(report: WasteReport, service: Service, options?: HeadlineOptions): string;
export function headline(first: Service | WasteReport, second: Service | WasteReport, options: HeadlineOptions = {}): string {
  // a report has `expected`, a service `touchpoints`: the old order is told apart by its shape
  const [service, report] = "expected" in first ? [second as Service, first] : [first, second as WasteReport];
  const customer = options.customer ?? service.noun ?? DEFAULTS.customer;
  const e = report.expected;
  const handoffs = Math.round(e.handoffs * 10) / 10;
  // on both clocks when the model knows its working time (mined with a calendar)
  const day = service.workingDayMinutes;
  const time = e.workingMinutes !== undefined && day !== undefined ? `${formatBothClocks(e.minutes, e.workingMinutes, day)},` : formatDuration(e.minutes);
  const spends = `${article(customer)} ${customer} spends ${time} and ${handoffs} hand-off${handoffs === 1 ? "" : "s"} on average`;
  const waiting = e.minutes > 0 ? (e.wasteByCategory.delay ?? 0) / e.minutes : 0;
  const where = largestWait(report, service);
  let text = spends;
  // without service times (a mined log's) every minute counts as waiting: say where the time passes, not a share
  const timeUnknown = (report.unknown ?? []).some((u) => u.field === "flowEfficiency");
  if (timeUnknown && where) {
    text += `; ${where.share >= 0.5 ? "most of that time passes" : `the largest part of that time (${percent(where.share)}) passes`} ${where.place}`;
  } else if (waiting >= 0.0005 && where) {
    const most = where.share >= 0.5 ? "most of it" : `the largest part (${percent(where.share)})`;
    text += `; ${percent(waiting)} of that time is waiting, ${most} ${where.place}`;
  } else if (e.minutes > 0) {
    text += `; ${percent(e.wasteMinutes / e.minutes)} of that time is waste`;
  }
  if (e.abandoned >= 0.0005) text += `; ${percent(e.abandoned)} give up`;
  return `${text}.`;
}

/** The department pair (either direction) or department whose transitions hold the most expected `delay` wait. */
function largestWait(report: WasteReport, service: Service): { place: string; share: number } | null {
  const { probabilities } = transitionProbabilities(service);
  const departmentOf = new Map(service.touchpoints.map((t) => [t.id, t.department]));
  const names = new Map(service.departments.map((d) => [d.id, d.name ?? d.id]));
  const order = new Map(service.departments.map((d, i) => [d.id, i]));
  const byPair = new Map<string, { a: string; b: string; minutes: number }>();
  service.transitions.forEach((t, i) => {
    if ((t.waste ?? "delay") !== "delay") return;
    const minutes = (report.expected.visits[t.from] ?? 0) * probabilities[i]! * (t.wait ?? 0);
    if (!(minutes > 0)) return;
    const [a, b] = [departmentOf.get(t.from)!, departmentOf.get(t.to)!].sort((x, y) => order.get(x)! - order.get(y)!);
    const key = JSON.stringify([a, b]);
    const pair = byPair.get(key) ?? { a: a!, b: b!, minutes: 0 };
    pair.minutes += minutes;
    byPair.set(key, pair);
  });
  let best: { a: string; b: string; minutes: number } | null = null;
  for (const pair of byPair.values()) if (!best || pair.minutes > best.minutes) best = pair;
  if (!best) return null;
  const place = best.a === best.b ? `within ${names.get(best.a)}` : `between ${names.get(best.a)} and ${names.get(best.b)}`;
  // of all waiting: `delay` steps (a phone queue) included
  return { place, share: best.minutes / (report.expected.wasteByCategory.delay ?? best.minutes) };
}

const percent = (share: number) =>
  `${(share * 100).toLocaleString("en-US", { maximumFractionDigits: share >= 0.1 ? 1 : 2, minimumFractionDigits: 0 })} %`;

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? "An" : "A");
