import type { Hotspot, WanderPath, WasteReport } from "../analysis/report.js";

export interface FormatReportOptions {
  /** Currency of the cost figures, e.g. "EUR"; null prints bare numbers. */
  currency?: string | null;
  /** How many hotspots and wander paths to print. */
  top?: number;
}

const DEFAULTS = { currency: null, top: 5 } as const;

const number = (value: number, digits = 1) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (share: number) => `${number(share * 100)} %`;

/**
 * The short summary of a waste report that `hukka analyse` prints: headline figures per
 * customer (and per year when the service has a volume), the top hotspots and the journeys
 * where customers wander, each with its departments and the minutes it loses.
 *
 * @example
 * formatReport(analyse(service));
 * // "From symptoms to specialist care (outpatient-referral)\n\nPer customer, expected:\n  time  4,412.3 min …"
 */
export function formatReport(report: WasteReport, options: FormatReportOptions = {}): string {
  const { currency, top } = { ...DEFAULTS, ...options };
  const money = (value: number) => (currency ? `${number(value, 2)} ${currency}` : number(value, 2));
  const e = report.expected;
  const lines = [
    report.service.name === report.service.id ? report.service.id : `${report.service.name} (${report.service.id})`,
    "",
    "Per customer, expected:",
    `  time              ${number(e.minutes)} min  (value ${number(e.valueMinutes)}, necessary ${number(e.necessaryMinutes)}, waste ${number(e.wasteMinutes)})`,
    `  flow efficiency   ${percent(e.flowEfficiency)}`,
    `  hand-offs         ${number(e.handoffs, 2)}  (ping-pongs ${number(e.pingPongs, 2)}, revisits ${number(e.revisits, 2)})`,
    `  failure demand    ${percent(e.failureDemandShare)} of visits`,
    `  resolved          ${percent(e.resolved)}  (abandoned ${percent(e.abandoned)})`,
  ];
  if (e.cost > 0) lines.push(`  cost              ${money(e.cost)}  (waste ${money(e.wasteCost)})`);
  if (report.totals) {
    const t = report.totals;
    lines.push("", `Per year, ${number(t.customers, 0)} customers:`, `  waste             ${number(t.wasteHours, 0)} hours`);
    if (t.wasteCost > 0) lines.push(`  waste cost        ${money(t.wasteCost)}`);
  }
  lines.push("", "Waste hotspots (minutes per customer, share of the waste):");
  lines.push(hotspotLine("departments", report.hotspots.departments.slice(0, top)));
  lines.push(hotspotLine("touchpoints", report.hotspots.touchpoints.slice(0, top)));
  lines.push("", "Where customers wander (lost minutes = probability × minutes over the ideal route):");
  if (report.wanderPaths.length === 0) lines.push("  none among the most likely journeys");
  report.wanderPaths.slice(0, top).forEach((w, i) => lines.push(...wanderLines(w, i + 1)));
  if (report.truncated) {
    lines.push("", `note: the journey search stopped at its budget; ${report.journeys.length} journeys listed.`);
  }
  return lines.join("\n") + "\n";
}

function hotspotLine(label: string, hotspots: Hotspot[]): string {
  const list = hotspots.map((h) => `${h.id} ${number(h.wasteMinutes)} (${percent(h.share)})`).join(", ");
  return `  ${label.padEnd(12)} ${list || "no waste"}`;
}

function wanderLines(w: WanderPath, rank: number): string[] {
  const marks = [
    w.pingPongs > 0 ? `${w.pingPongs} ping-pong${w.pingPongs > 1 ? "s" : ""}` : "",
    w.revisits > 0 ? `${w.revisits} revisit${w.revisits > 1 ? "s" : ""}` : "",
    `${w.handoffs} hand-off${w.handoffs === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return [
    `  ${rank}. ${w.path.join(" → ")}`,
    `     departments ${w.departments.join(" → ")}; ${marks.join(", ")}`,
    `     lost ${number(w.lostMinutes)} min per customer  (probability ${percent(w.probability)}, ${number(w.minutes)} min, ${number(w.excessMinutes ?? 0)} over the ideal)`,
  ];
}
