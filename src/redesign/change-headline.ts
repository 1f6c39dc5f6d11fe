import { formatDuration } from "../analysis/format-duration.js";

/**
 * The figures a change headline speaks of, per customer (or per case): time in minutes, hand-offs,
 * ping-pongs, revisits and, when known, the organisation's cost.
 *
 * @example
 * const f: HeadlineFigures = { minutes: 43052, handoffs: 0.91, pingPongs: 0.07, revisits: 0.07 };
 */
export interface HeadlineFigures {
  minutes: number;
  handoffs: number;
  pingPongs: number;
  revisits: number;
  cost?: number;
}

const DEFAULTS = {
  /** What the service calls its customer, singular: "patient", "case". */
  customer: "customer",
  /** The cost's currency, e.g. EUR; none when the service does not say. */
  currency: null as string | null,
};

/**
 * Options of `changeHeadline`.
 *
 * @example
 * changeHeadline(before, after, "One team", { customer: "case" });
 */
export type ChangeHeadlineOptions = Partial<typeof DEFAULTS>;

/** Below these a change does not show in the words: a tenth of a minute, a hundredth of a count or of money. */
const MINUTES_SHOWN = 0.05;
const COUNT_SHOWN = 0.005;

const COUNTS = [
  ["handoffs", "hand-off"],
  ["pingPongs", "ping-pong"],
  ["revisits", "revisit"],
] as const;

/**
 * A change in one sentence a manager can quote, naming what falls **and** what rises: the time
 * and the hand-offs, ping-pongs and revisits saved, the time before → after (or that it stays),
 * a fall in cost, and after "but" every figure that rises, before → after ("ping-pongs double,
 * 0.07 → 0.14"). The one wording of `savingHeadline` (a model and its redesign) and of a
 * redesign replayed on a log's cases.
 *
 * @example
 * changeHeadline({ minutes: 59040, handoffs: 0.91, pingPongs: 0.07, revisits: 0.07 },
 *   { minutes: 59040, handoffs: 0.69, pingPongs: 0.14, revisits: 0.15 }, "One team");
 * // "One team saves the average customer 0.22 hand-offs; time stays 41 days per customer;
 * //  but ping-pongs double, 0.07 → 0.14, and revisits double, 0.07 → 0.15."
 */
export function changeHeadline(before: HeadlineFigures, after: HeadlineFigures, name: string, options: ChangeHeadlineOptions = {}): string {
  const { customer, currency } = { ...DEFAULTS, ...options };
  const saved = before.minutes - after.minutes;
  const falls: string[] = [];
  const rises: string[] = [];
  if (saved >= MINUTES_SHOWN) falls.push(formatDuration(saved));
  for (const [key, word] of COUNTS) {
    const b = before[key];
    const a = after[key];
    if (b - a >= COUNT_SHOWN) falls.push(plural(count(b - a), word));
    else if (a - b >= COUNT_SHOWN) rises.push(`${word}s ${growth(b, a)}, ${count(b)} → ${count(a)}`);
  }
  const clock = `${formatDuration(before.minutes)} → ${formatDuration(after.minutes)} per ${customer}`;
  if (-saved >= MINUTES_SHOWN) rises.unshift(`time rises ${formatDuration(-saved)}, ${clock}`);
  let costFalls = "";
  if (before.cost !== undefined && after.cost !== undefined) {
    const money = (x: number) => `${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ""}`;
    const cost = `${money(before.cost)} → ${money(after.cost)}`;
    if (before.cost - after.cost >= COUNT_SHOWN) costFalls = `; cost per ${customer} falls, ${cost}`;
    else if (after.cost - before.cost >= COUNT_SHOWN) rises.push(`cost per ${customer} rises, ${cost}`);
  }

  const stays = Math.abs(saved) < MINUTES_SHOWN;
  let text = `${name} saves the average ${customer} ${falls.length > 0 ? list(falls) : "nothing"}`;
  if (saved >= MINUTES_SHOWN) text += `: ${clock}`;
  if (stays) text += `; time stays ${formatDuration(before.minutes)} per ${customer}`;
  text += costFalls;
  if (rises.length > 0) text += `${falls.length > 0 || costFalls || stays ? "; but" : ":"} ${list(rises, ", and ")}`;
  return `${text}.`;
}

/** A count per customer as a reader takes it in: two decimals below 1, one above. */
function count(x: number): string {
  const digits = Math.abs(x) < 0.95 ? 2 : 1;
  return (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

const plural = (n: string, word: string) => `${n} ${word}${n === "1" ? "" : "s"}`;

/** "double" and "triple" where the figure does (within rounding), else "rise". */
function growth(before: number, after: number): string {
  const ratio = before > 0 ? after / before : Infinity;
  if (ratio >= 1.9 && ratio < 2.2) return "double";
  if (ratio >= 2.85 && ratio < 3.2) return "triple";
  return "rise";
}

function list(items: string[], last = " and "): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}${last}${items[items.length - 1]}`;
}
