// The browser bundle (global `hukka`, dist/viz.global.js): the renderers of src/viz/browser.ts as
// one minified script. `reportHtml` inlines it into each page; the build (tsup.config.ts) and the
// tests (vitest.config.ts) put its text into src/viz/report/browser-bundle.ts in place of `null`.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../src/viz/browser.ts", import.meta.url));

let text;

/** The bundle's text, built once per process. */
export function browserBundle() {
  text ??= build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: "hukka",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  return text;
}

/** The module text of browser-bundle.ts with the bundle in it. */
export async function browserBundleModule() {
  return `export const BROWSER_BUNDLE = ${JSON.stringify(await browserBundle())};\n`;
}

/** Matches the file whose `null` the bundle replaces. */
export const BROWSER_BUNDLE_FILE = /[\\/]src[\\/]viz[\\/]report[\\/]browser-bundle\.ts$/;
