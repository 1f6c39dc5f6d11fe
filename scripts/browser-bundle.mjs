// The browser bundle (global `hukka`, dist/viz.global.js): the renderers of src/viz/browser.ts as
// one minified script. `reportHtml` inlines it into each page; the build (tsup.config.ts) and the
// tests (vitest.config.ts) put its text into src/viz/report/browser-bundle.ts in place of `null`.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = fileURLToPath(new URL("../src/viz/browser.ts", import.meta.url));

let built;

/** The bundle, built once per process: its text, and the source files it holds (paths from the repository's root). */
function buildBundle() {
  built ??= build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: "hukka",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: "silent",
  }).then((result) => ({ text: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) }));
  return built;
}

/** The bundle's text. */
export async function browserBundle() {
  return (await buildBundle()).text;
}

/** The files the bundle is made of, e.g. "src/viz/browser.ts", "node_modules/d3-selection/src/select.js". */
export async function browserBundleInputs() {
  return (await buildBundle()).inputs;
}

/** The module text of browser-bundle.ts with the bundle in it. */
export async function browserBundleModule() {
  return `export const BROWSER_BUNDLE = ${JSON.stringify(await browserBundle())};\n`;
}

/** Matches the file whose `null` the bundle replaces. */
export const BROWSER_BUNDLE_FILE = /[\\/]src[\\/]viz[\\/]report[\\/]browser-bundle\.ts$/;
