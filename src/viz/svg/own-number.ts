/**
 * The number stored under `key` in a record keyed by user ids, or 0. Reads own properties only,
 * so ids like `constructor` or `__proto__` never reach `Object.prototype` (a report that went
 * through `JSON.parse` has an ordinary prototype).
 *
 * @example
 * ownNumber({ call: 1.2 }, "constructor"); // 0
 */
export function ownNumber(record: Record<string, number> | undefined, key: string): number {
  if (!record || !Object.prototype.hasOwnProperty.call(record, key)) return 0;
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
