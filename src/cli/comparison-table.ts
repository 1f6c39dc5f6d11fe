import { formatDuration } from "../analysis/format-duration.js";
import type { Service } from "../model/types.js";
import type { Comparison } from "../redesign/types.js";
import { terminalText } from "./terminal-text.js";

const DEFAULTS = {
  /** Currency of the cost rows, e.g. EUR; none when the service does not say. */
  currency: null as string | null,
  /** The model before the redesign: its names for touchpoints and departments; ids without it. */
  service: null as Service | null,
};

export type ComparisonTableOptions = Partial<typeof DEFAULTS>;

/**
 * The human summary of `hukka compare`: before | after | saving for the headline figures per
 * customer (time in days, hours or minutes first, then the exact minutes) and per year when the
 * service has a volume, then where the saving comes from, by name.
 * A saving is positive here (before − after), a rise says "more"; the shares (flow efficiency, failure demand,
 * resolved) show their improvement in percentage points.
 *
 * @example
 * comparisonTable(compareReports(before, after), { currency: "EUR" });
 * // "                      before   after  saving\n minutes per customer   118.6    84.3    34.3\n…"
 */
export function comparisonTable(comparison: Comparison, options: ComparisonTableOptions = {}): string {
  const { currency, service } = { ...DEFAULTS, ...options };
  const names = new Map<string, string>([
    ...(service?.touchpoints ?? []).map((t) => [`touchpoint ${t.id}`, t.name ?? t.id] as const),
    ...(service?.departments ?? []).map((d) => [`department ${d.id}`, d.name ?? d.id] as const),
  ]);
  const named = (kind: string, id: string) => terminalText(names.get(`${kind} ${id}`) ?? id);
  const { before, after, delta } = comparison;
  const b = before.expected;
  const a = after.expected;
  const money = currency ? ` (${currency})` : "";
  const rows: string[][] = [
    ["per customer", "before", "after", "saving"],
    ["time", formatDuration(b.minutes), formatDuration(a.minutes), b.minutes - a.minutes <= -0.05 ? `${formatDuration(a.minutes - b.minutes)} more` : formatDuration(b.minutes - a.minutes)],
    figureRow("minutes", b.minutes, a.minutes, 1),
    figureRow("waste minutes", b.wasteMinutes, a.wasteMinutes, 1),
    figureRow("hand-offs", b.handoffs, a.handoffs, 2),
    figureRow("ping-pongs", b.pingPongs, a.pingPongs, 2),
    figureRow("revisits", b.revisits, a.revisits, 2),
    figureRow(`cost${money}`, b.cost, a.cost, 2),
    shareRow("flow efficiency", b.flowEfficiency, a.flowEfficiency),
    shareRow("failure demand", b.failureDemandShare, a.failureDemandShare, -1),
    shareRow("resolved", b.resolved, a.resolved),
  ];
  if (before.totals && after.totals && delta.yearly) {
    const customers = number(before.totals.customers, 0);
    rows.push(
      [`per year (${customers} customers)`, "", "", ""],
      figureRow("hours", (b.minutes * before.totals.customers) / 60, (a.minutes * after.totals.customers) / 60, 0),
      figureRow("waste hours", before.totals.wasteHours, after.totals.wasteHours, 0),
      figureRow(`cost${money}`, b.cost * before.totals.customers, a.cost * after.totals.customers, 0),
    );
  }
  const lines = table(rows);
  const sources = [
    ["touchpoint", delta.contributors.touchpoints],
    ["department", delta.contributors.departments],
    ["waste", delta.contributors.categories],
  ] as const;
  if (sources.some(([, list]) => list.length > 0)) {
    lines.push("", "where the waste minutes per customer dropped most:");
    for (const [kind, list] of sources) {
      for (const c of list.slice(0, 3)) {
        lines.push(
          `  ${kind} ${named(kind, c.id)}: ${formatDuration(c.before)} → ${formatDuration(c.after)} (${c.delta < 0 ? "−" : "+"}${formatDuration(Math.abs(c.delta))})`,
        );
      }
    }
  }
  return lines.join("\n") + "\n";
}

/** A figure before and after, and its saving; a rise reads "0.07 more", never as a negative saving. */
function figureRow(label: string, before: number, after: number, digits: number): string[] {
  const saving = before - after <= -0.5 * 10 ** -digits ? `${number(after - before, digits)} more` : number(before - after, digits);
  return [label, number(before, digits), number(after, digits), saving];
}

/**
 * A share in per cent and its improvement in percentage points: the gain when higher is better
 * (`better` 1), the drop when lower is (−1). Small shares get a second decimal.
 */
function shareRow(label: string, before: number, after: number, better: 1 | -1 = 1): string[] {
  const digits = Math.min(before, after) < 0.01 ? 2 : 1;
  const percent = (x: number) => `${number(x * 100, digits)} %`;
  return [label, percent(before), percent(after), `${signed(better * (after - before) * 100, digits)} pp`];
}

/** Columns padded to their widest cell: the label left-aligned, the figures right-aligned. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join("  ")
      .trimEnd(),
  );
}

const number = (x: number, digits: number) =>
  // −0 and a rounding residue like −1e-13 both read as 0
  (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const signed = (x: number, digits: number) => {
  const text = number(x, digits);
  return text.startsWith("-") ? `−${text.slice(1)}` : /^[0.,]+$/.test(text) ? text : `+${text}`;
};
