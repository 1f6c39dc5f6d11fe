/**
 * A touchpoint's entry weight as a number: `true` is 1, `false` or no entry is 0.
 *
 * @example
 * entryWeight(true); // 1
 * entryWeight(undefined); // 0
 */
export function entryWeight(entry: boolean | number | undefined): number {
  return entry === true ? 1 : entry === false || entry === undefined ? 0 : entry;
}
