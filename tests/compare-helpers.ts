// Comparing two whole results (reports, models, counts) number by number, for the tests that
// hold one engine or one route against another.
import { expect } from "vitest";

/** How `differences` compares. */
export interface CompareOptions {
  /** Relative tolerance of the numbers `approx` accepts (absolute below 1); 0 by default. */
  tolerance?: number;
  /** Which numbers, by path, may differ within `tolerance`: all of them by default. */
  approx?: (path: string) => boolean;
  /** The name of the root in the lines returned. */
  path?: string;
}

/**
 * Where `actual` differs from `expected`, one line per difference naming its path: objects and
 * arrays must have the same keys, numbers `approx` accepts may differ by `tolerance`, and every
 * other value must be the same (`Object.is`: 0 is not −0, NaN is NaN).
 *
 * It asserts nothing: `expect(differences(a, b)).toEqual([])` is one assertion for a whole
 * report (an assertion per number made comparing two reports cost more than computing them),
 * and a failure lists every difference, not only the first.
 *
 * @example
 * differences({ a: 1, b: [2, 3] }, { a: 1, b: [2, 4] }); // ["report.b.1: 2 against 4"]
 */
export function differences(actual: unknown, expected: unknown, options: CompareOptions = {}): string[] {
  const { tolerance = 0, approx = () => true, path = "report" } = options;
  const found: string[] = [];
  const walk = (a: unknown, e: unknown, at: string): void => {
    if (typeof e === "number" && typeof a === "number" && tolerance > 0 && approx(at)) {
      if (!(Math.abs(a - e) <= tolerance * Math.max(1, Math.abs(e))) && !Object.is(a, e)) found.push(`${at}: ${a} against ${e}`);
    } else if (e !== null && typeof e === "object") {
      if (a === null || typeof a !== "object" || Array.isArray(a) !== Array.isArray(e)) {
        found.push(`${at}: ${show(a)} against ${Array.isArray(e) ? "an array" : "an object"}`);
        return;
      }
      const [ak, ek] = [Object.keys(a).sort(), Object.keys(e).sort()];
      if (ak.join("\0") !== ek.join("\0")) found.push(`${at}: keys ${JSON.stringify(ak)} against ${JSON.stringify(ek)}`);
      for (const k of ek) if (Object.hasOwn(a, k)) walk((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${at}.${k}`);
    } else if (!Object.is(a, e)) {
      found.push(`${at}: ${show(a)} against ${show(e)}`);
    }
  };
  walk(actual, expected, path);
  return found;
}

/** A value as a difference names it: strings quoted, objects as JSON. */
function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value !== null && typeof value === "object") return JSON.stringify(value).slice(0, 200);
  return Object.is(value, -0) ? "-0" : String(value);
}

/**
 * One assertion that `actual` is `expected` as `differences` compares them; a failure lists every
 * difference.
 *
 * @example
 * expectNoDifferences(viaDuckDB.report, inProcess.report, { tolerance: 1e-9 });
 */
export function expectNoDifferences(actual: unknown, expected: unknown, options: CompareOptions = {}): void {
  expect(differences(actual, expected, options)).toEqual([]);
}
