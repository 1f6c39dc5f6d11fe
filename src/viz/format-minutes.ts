/**
 * Minutes as a short English duration: minutes below an hour, hours below two days, days above.
 *
 * @example
 * formatMinutes(25); // "25 min"
 * formatMinutes(90); // "1.5 h"
 * formatMinutes(4320); // "3 d"
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return "–";
  if (minutes < 60) return `${round(minutes)} min`;
  if (minutes < 2880) return `${round(minutes / 60)} h`;
  return `${round(minutes / 1440)} d`;
}

function round(x: number): string {
  const r = x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  return String(r);
}
