import { changeHeadline, type ChangeHeadlineOptions } from "./change-headline.js";
import type { Comparison } from "./types.js";

/**
 * What a redesign saves the average customer, in one sentence a manager can quote, naming what
 * rises as well as what falls (`changeHeadline`): time, hand-offs, ping-pongs, revisits and cost
 * per customer. The head of the redesign page and of `hukka compare`.
 *
 * @example
 * savingHeadline(compareReports(analyse(service), analyse(after)), "One-stop desk");
 * // "One-stop desk saves the average customer 3.6 days and 0.8 hand-offs: 30 days → 26 days per customer."
 */
export function savingHeadline(comparison: Comparison, name: string, options: ChangeHeadlineOptions = {}): string {
  const b = comparison.before.expected;
  const a = comparison.after.expected;
  return changeHeadline(b, a, name, options);
}
