import { changeHeadline } from "./change-headline.js";
import type { ReplayComparison } from "./replay-comparison.js";
import type { Redesign } from "./types.js";
import { waitsSentence } from "./waits-sentence.js";

/**
 * The words that go with a redesign replayed on a log's cases, the same in the terminal and the
 * HTML: the headline of what the cases would have gained and lost (`changeHeadline`, per case),
 * the assumption about time (`waitsSentence`, `null` when nothing merges), and which figures are
 * exact.
 *
 * @example
 * replayWords(replayComparison(log, redesign), redesign).headline;
 * // "Value 2 + Value 5, replayed on the cases, saves the average case 0.23 hand-offs; time stays 41 days per case; but ping-pongs double, 0.07 → 0.14, …"
 */
export function replayWords(replay: ReplayComparison, redesign: Redesign): { headline: string; waits: string | null; exact: string } {
  const before = replay.before.log;
  const after = {
    handoffs: before.handoffs + replay.replayed.handoffs,
    pingPongs: before.pingPongs + replay.replayed.pingPongs,
    revisits: before.revisits + replay.replayed.revisits,
    minutes: before.minutes + replay.replayed.minutes,
  };
  const name = `${replay.name || "The redesign"}, replayed on the cases,`;
  return {
    headline: changeHeadline(before, after, name, { customer: "case" }),
    waits: waitsSentence(redesign),
    exact:
      "The hand-off change is exact in all three rows (a relabel keeps every transition's count), and so is the time change " +
      "(the model's waits are the cases' mean gaps, and one rule moves both). The mined model's ping-pong and revisit changes " +
      "are estimates (its history was kept before the merge): the replayed and re-mined rows are the ones to quote.",
  };
}
