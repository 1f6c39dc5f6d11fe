import { distance } from "fastest-levenshtein";

/** Names are compared on their first characters only: a name this long is no typo of a short one. */
const COMPARED_CHARS = 200;

/**
 * What `closestNames` returns: every name, the closest to the one asked for first, and those
 * close enough to be what was meant.
 */
export interface ClosestNames {
  /** All the names, closest first (ties keep their order). */
  ordered: string[];
  /** The names close enough to suggest ("did you mean …?"), closest first; often empty. */
  suggested: string[];
}

/**
 * The names a user may have meant by `name`: ordered by edit distance (Levenshtein, by the
 * fastest-levenshtein library), case ignored. A name is suggested when it differs by at most a
 * third of the name's characters (at least one), or when one contains the other (`group` in
 * `org:group`).
 *
 * @example
 * closestNames("Activty", ["Case ID", "Activity", "Resource"]);
 * // { ordered: ["Activity", "Case ID", "Resource"], suggested: ["Activity"] }
 */
export function closestNames(name: string, names: readonly string[]): ClosestNames {
  const wanted = name.slice(0, COMPARED_CHARS).toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  const scored = names.map((candidate, index) => {
    const other = candidate.slice(0, COMPARED_CHARS).toLowerCase();
    const contains = wanted.length >= 3 && other.length >= 3 && (other.includes(wanted) || wanted.includes(other));
    const d = distance(wanted, other);
    return { candidate, index, d, close: d <= limit || contains };
  });
  scored.sort((a, b) => Number(b.close) - Number(a.close) || a.d - b.d || a.index - b.index);
  return { ordered: scored.map((s) => s.candidate), suggested: scored.filter((s) => s.close).map((s) => s.candidate) };
}

/**
 * "did you mean …?" for the suggested names, each written by `quote`; "" when none is close.
 *
 * @example
 * didYouMean(["Activity"], (n) => JSON.stringify(n)); // 'did you mean "Activity"?'
 */
export function didYouMean(suggested: readonly string[], quote: (name: string) => string): string {
  if (suggested.length === 0) return "";
  const shown = suggested.slice(0, 3).map(quote);
  return `did you mean ${shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`}?`;
}
