import type { Selection } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import { formatWorkingTime } from "../../analysis/format-working-time.js";
import { headline } from "../../analysis/headline.js";
import type { ExpectedValues, WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import type { ReportLogData } from "./report-log-data.js";

// a share too small for one decimal still shows it is not nothing
const pct = (x: number) => (x > 0 && x < 0.0005 ? "<0.1%" : `${Math.round(x * 1000) / 10}%`);
const num = (x: number) => String(Math.round(x * 100) / 100);
const whole = (x: number) => Math.round(x).toLocaleString("en");

/**
 * The head of the report: the title, the headline sentence — for a report made from a log, the
 * log's own sentence first (`[data-hukka="headline"]`) and the mined model's after it
 * (`[data-hukka="model-headline"]`) — and the figure cards (`dl[data-hukka="figures"]`, a
 * `[data-figure="FIELD"]` each). A figure the data cannot tell (`report.unknown`) shows "—" and
 * its reason (`.hukka-why`), never 0 % or 100 %. Yearly figures come with a line saying what
 * each counts (`[data-hukka="yearly-note"]`). The customer is the model's `noun`.
 *
 * @example
 * reportHeader(select(root), service, analyse(service), undefined);
 */
export function reportHeader(
  root: Selection<HTMLElement, unknown, null, undefined>,
  service: Service,
  report: WasteReport,
  log: ReportLogData | undefined,
): void {
  const e = report.expected;
  const noun = service.noun ?? "customer";
  root.append("h1").text(service.name ?? service.id);
  const modelSentence = headline(service, report);
  if (log?.headline) {
    root.append("p").attr("class", "hukka-headline").attr("data-hukka", "headline").text(log.headline);
    const cases = service.mined ? ` from its ${service.mined.cases.toLocaleString("en")} cases` : "";
    root
      .append("p")
      .attr("class", "hukka-model-headline")
      .attr("data-hukka", "model-headline")
      .text(`The model mined${cases}, per ${noun}: ${modelSentence}`);
  } else {
    root.append("p").attr("class", "hukka-headline").attr("data-hukka", "headline").text(modelSentence);
  }
  root.append("p").attr("class", "hukka-sub").text(`Service model "${service.id}": expected figures per ${noun}`);
  const unknown = new Map((report.unknown ?? []).map((u) => [u.field, u.reason] as const));
  const figures: [keyof ExpectedValues | "year" | "yearCost", string, string][] = [
    ["minutes", `time per ${noun}`, formatDuration(e.minutes)],
    ...(e.workingMinutes !== undefined && service.workingDayMinutes !== undefined
      ? [["workingMinutes", "of it in working hours", formatWorkingTime(e.workingMinutes, service.workingDayMinutes)] as [keyof ExpectedValues, string, string]]
      : []),
    // one percentage on the first screen: the headline's share of waiting
    ["wasteMinutes", "of it waste", formatDuration(e.wasteMinutes)],
    ["flowEfficiency", "flow efficiency", pct(e.flowEfficiency)],
    ["handoffs", "hand-offs", num(e.handoffs)],
    ["pingPongs", "ping-pongs", num(e.pingPongs)],
    ["failureDemandShare", "failure demand", pct(e.failureDemandShare)],
    ["resolved", "resolved", pct(e.resolved)],
  ];
  const t = report.totals;
  // whole above 100 (a year's cost), with its cents below (a customer's: 0.46 EUR, not 0 EUR)
  const money = (x: number) => `${x.toLocaleString("en", { maximumFractionDigits: Math.abs(x) < 100 ? 2 : 0 })}${service.currency ? ` ${service.currency}` : ""}`;
  if (t) {
    figures.push(["year", "waste per year", `${whole(t.wasteHours)} h`]);
    if (t.wasteCost > 0) figures.push(["yearCost", "waste cost per year", money(t.wasteCost)]);
  }
  const dl = root.append("dl").attr("class", "hukka-figures").attr("data-hukka", "figures");
  for (const [field, label, value] of figures) {
    const d = dl.append("div").attr("data-figure", field);
    d.append("dt").text(label);
    const reason = unknown.get(field as keyof ExpectedValues);
    d.append("dd").text(reason === undefined ? value : "—");
    if (reason !== undefined) d.attr("data-unknown", "").append("span").attr("class", "hukka-why").text(reason);
  }
  if (t) {
    root
      .append("p")
      .attr("class", "hukka-hint")
      .attr("data-hukka", "yearly-note")
      .text(
        `Per year, for ${whole(t.customers)} ${noun}s: waste per year is the ${noun}s' own time lost in waits and waste steps` +
          (t.wasteCost > 0 ? `; waste cost per year is what the waste steps cost the organisation (${money(e.wasteCost)} per ${noun}).` : "."),
      );
  }
}
