import { formatDuration } from "../analysis/format-duration.js";
import { headline } from "../analysis/headline.js";
import type { Hotspot, WanderPath, WasteReport } from "../analysis/report.js";
import type { Service } from "../model/types.js";
import { terminalText } from "./terminal-text.js";

export interface FormatReportOptions {
  /** Currency of the cost figures, e.g. "EUR"; null prints bare numbers. */
  currency?: string | null;
  /** How many hotspots and wander paths to print. */
  top?: number;
  /** What the service calls its customer, singular ("patient"). */
  customer?: string;
}

const DEFAULTS = { currency: null, top: 5, customer: "customer" } as const;

const number = (value: number, digits = 1) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (share: number) => `${number(share * 100)} %`;

/**
 * The short summary of a waste report that `hukka analyse` prints, in days, hours and minutes
 * and by name (the service's names for its departments and touchpoints, not their ids): the
 * headline sentence, the figures per customer (and per year when the service has a volume), the
 * top hotspots and the journeys where customers wander — each saying what **each customer on
 * it** loses (excess minutes) and what that is of **the average customer's** time (lost minutes).
 * A figure in `report.unknown` prints as "—" with its reason; the customer is the model's `noun`.
 *
 * @example
 * formatReport(service, analyse(service));
 * // "From symptoms to specialist care (outpatient-referral)\n\nA customer spends 3.1 days …"
 */
export function formatReport(service: Service, report: WasteReport, options: FormatReportOptions = {}): string {
  const { currency, top } = { ...DEFAULTS, ...options };
  const customer = options.customer ?? service.noun ?? DEFAULTS.customer;
  const names = nameLookup(service);
  const money = (value: number) => (currency ? `${number(value, 2)} ${currency}` : number(value, 2));
  const e = report.expected;
  // a figure that rests on a default is "—", with the reason once below
  const unknown = new Map((report.unknown ?? []).map((u) => [u.field, u.reason] as const));
  const known = (field: keyof typeof e, text: string) => (unknown.has(field) ? "—" : text);
  const value = unknown.has("valueMinutes") ? "" : `value ${formatDuration(e.valueMinutes)}, `;
  const lines = [
    terminalText(report.service.name === report.service.id ? report.service.id : `${report.service.name} (${report.service.id})`),
    "",
    terminalText(headline(service, report, { customer })),
    "",
    `Per ${customer}, expected:`,
    `  time              ${formatDuration(e.minutes)}  (${value}necessary ${formatDuration(e.necessaryMinutes)}, waste ${formatDuration(e.wasteMinutes)})`,
    `  flow efficiency   ${known("flowEfficiency", percent(e.flowEfficiency))}`,
    `  hand-offs         ${number(e.handoffs, 2)}  (ping-pongs ${number(e.pingPongs, 2)}, revisits ${number(e.revisits, 2)})`,
    `  failure demand    ${known("failureDemandShare", `${percent(e.failureDemandShare)} of visits`)}`,
    `  resolved          ${known("resolved", `${percent(e.resolved)}  (abandoned ${percent(e.abandoned)})`)}`,
  ];
  if (e.cost > 0) lines.push(`  cost              ${money(e.cost)}  (waste ${money(e.wasteCost)})`);
  for (const [label, fields] of UNKNOWN_LINES) {
    const reason = fields.map((f) => unknown.get(f)).find((r) => r !== undefined);
    if (reason !== undefined) lines.push(`  — ${label}: ${reason}`);
  }
  if (report.totals) {
    const t = report.totals;
    lines.push("", `Per year, ${number(t.customers, 0)} ${customer}s:`, `  waste             ${number(t.wasteHours, 0)} hours`);
    if (t.wasteCost > 0) lines.push(`  waste cost        ${money(t.wasteCost)}`);
    lines.push(`  (waste hours: the ${customer}s' own time in waits and waste steps; waste cost: what the waste steps cost the organisation)`);
  }
  lines.push("", `Waste hotspots (expected waste per ${customer}, share of all waste):`);
  lines.push(hotspotLine("departments", report.hotspots.departments.slice(0, top), names.department));
  lines.push(hotspotLine("touchpoints", report.hotspots.touchpoints.slice(0, top), names.touchpoint));
  lines.push("", `Where ${customer}s wander (most time lost first):`);
  for (const w of report.warnings) if (w.code === "few_cases") lines.push(`  note: ${terminalText(w.message)}`);
  if (report.wanderPaths.length === 0) lines.push("  none among the most likely journeys");
  report.wanderPaths.slice(0, top).forEach((w, i) => lines.push(...wanderLines(w, i + 1, customer, names)));
  if (report.truncated) {
    lines.push("", `note: the journey search stopped at its budget; ${report.journeys.length} journeys listed.`);
  }
  return lines.join("\n") + "\n";
}

/** The figures printed as "—", and the fields whose reason explains each. */
const UNKNOWN_LINES: [string, (keyof WasteReport["expected"])[]][] = [
  ["flow efficiency", ["flowEfficiency", "valueMinutes"]],
  ["failure demand", ["failureDemandShare"]],
  ["resolved", ["resolved", "abandoned"]],
];

interface Names {
  department: (id: string) => string;
  touchpoint: (id: string) => string;
}

function nameLookup(service: Service): Names {
  // names reach the terminal with their control characters shown, not obeyed
  const departments = new Map(service.departments.map((d) => [d.id, terminalText(d.name ?? d.id)]));
  const touchpoints = new Map<string, string>();
  for (const t of service.touchpoints) {
    touchpoints.set(t.id, terminalText(t.name ?? t.id));
    // a hotspot names a group of refined touchpoints by the group's id; they share its name
    if (t.group !== undefined && !touchpoints.has(t.group)) touchpoints.set(t.group, terminalText(t.name ?? t.group));
  }
  return {
    department: (id) => departments.get(id) ?? terminalText(id),
    touchpoint: (id) => touchpoints.get(id) ?? terminalText(id),
  };
}

function hotspotLine(label: string, hotspots: Hotspot[], name: (id: string) => string): string {
  const list = hotspots.map((h) => `${name(h.id)} ${formatDuration(h.wasteMinutes)} (${percent(h.share)})`).join(", ");
  return `  ${label.padEnd(12)} ${list || "no waste"}`;
}

function wanderLines(w: WanderPath, rank: number, customer: string, names: Names): string[] {
  const marks = [
    w.pingPongs > 0 ? `${w.pingPongs} ping-pong${w.pingPongs > 1 ? "s" : ""}` : "",
    w.revisits > 0 ? `${w.revisits} revisit${w.revisits > 1 ? "s" : ""}` : "",
    `${w.handoffs} hand-off${w.handoffs === 1 ? "" : "s"}`,
  ].filter(Boolean);
  const against =
    w.outcome === "resolved"
      ? `over the fastest route to the same outcome (${formatDuration(w.idealMinutes)})`
      : "(they give up: all of it is lost)";
  return [
    `  ${rank}. ${w.path.map(names.touchpoint).join(" → ")}`,
    `     ${w.departments.map(names.department).join(" → ")}; ${marks.join(", ")}`,
    `     ${percent(w.probability)} of ${customer}s take it; each of them loses ${formatDuration(w.excessMinutes)} ${against};`,
    `     that is ${formatDuration(w.lostMinutes)} of the average ${customer}'s time`,
  ];
}
