const UNITS = new Map([
  ["d", 24 * 60],
  ["h", 60],
  ["m", 1],
]);

/**
 * Reads a duration as the command line writes it — `30d`, `12h`, `90m`, or a plain number of
 * minutes (`1.5d` too) — into minutes; `null` when the text is none of these.
 *
 * @example
 * parseDuration("30d"); // 43200
 * parseDuration("12h"); // 720
 * parseDuration("90"); // 90
 * parseDuration("a week"); // null
 */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([dhm]?)\s*$/i.exec(text);
  if (match === null) return null;
  const minutes = Number(match[1]) * (UNITS.get(match[2]!.toLowerCase()) ?? 1);
  return Number.isFinite(minutes) ? minutes : null;
}
