import { formatDuration } from "../analysis/format-duration.js";
import type { Comparison } from "./types.js";

/**
 * What a redesign saves the average customer, in one sentence a manager can quote: time and
 * hand-offs per customer, before → after. The head of the redesign page and of `hukka compare`.
 *
 * @example
 * savingHeadline(compareReports(analyse(service), analyse(after)), "One-stop desk");
 * // "One-stop desk saves the average customer 3.6 days and 0.8 hand-offs: 30 days → 26 days per customer."
 */
export function savingHeadline(comparison: Comparison, name: string): string {
  const b = comparison.before.expected;
  const a = comparison.after.expected;
  const saved = b.minutes - a.minutes;
  const handoffs = Math.round((b.handoffs - a.handoffs) * 10) / 10;
  const time =
    saved >= 0 ? `saves the average customer ${formatDuration(saved)}` : `costs the average customer ${formatDuration(-saved)} more`;
  const plural = (n: number) => `${n} hand-off${n === 1 ? "" : "s"}`;
  const moves = handoffs > 0 ? ` and ${plural(handoffs)}` : handoffs < 0 ? ` but adds ${plural(-handoffs)}` : "";
  return `${name} ${time}${moves}: ${formatDuration(b.minutes)} → ${formatDuration(a.minutes)} per customer.`;
}
