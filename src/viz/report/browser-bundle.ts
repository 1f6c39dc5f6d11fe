/**
 * The text of hukka's browser bundle (`dist/viz.global.js`, the global `hukka`), which
 * `reportHtml` inlines so that a report works offline. The build puts the text in place of this
 * `null` (scripts/browser-bundle.mjs); the sources alone, unbuilt, have none. Not part of the
 * public API.
 */
export const BROWSER_BUNDLE: string | null = null;
