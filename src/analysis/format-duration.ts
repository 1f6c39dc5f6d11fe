/**
 * Minutes of a customer's time in the unit a person would say them in — minutes below an
 * hour, hours below two days, days from there — rounded to what a reader can take in: one
 * decimal below 10, whole numbers above (with thousands separators). The one formatter of
 * human units in hukka: the CLI and the HTML report both speak through it.
 *
 * @example
 * formatDuration(25);     // "25 min"
 * formatDuration(90);     // "1.5 h"
 * formatDuration(1440 * 4.7); // "4.7 days"
 * formatDuration(1440);   // "24 h"
 * formatDuration(43052);  // "30 days"
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return "–";
  const size = Math.abs(minutes);
  if (size < 59.95) return `${round(minutes)} min`;
  if (size < 2880) return `${round(minutes / 60)} h`;
  const days = round(minutes / 1440);
  return `${days} ${days === "1" ? "day" : "days"}`;
}

// made once: `toLocaleString` with options builds a formatter on every call, a tenth of the
// report's drawing time in the browser (it labels every box and link)
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, minimumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 0 });

function round(x: number): string {
  return (Math.abs(x) < 9.95 ? ONE_DECIMAL : WHOLE).format(x);
}
