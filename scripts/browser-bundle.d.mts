// Types of scripts/browser-bundle.mjs, for the tests that import it.

/** The bundle's text. */
export function browserBundle(): Promise<string>;
/** The files the bundle is made of, e.g. "src/viz/browser.ts", "node_modules/d3-selection/src/select.js". */
export function browserBundleInputs(): Promise<string[]>;
/** The module text of browser-bundle.ts with the bundle in it. */
export function browserBundleModule(): Promise<string>;
/** Matches the file whose `null` the bundle replaces. */
export const BROWSER_BUNDLE_FILE: RegExp;
