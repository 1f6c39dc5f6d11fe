// The Chromium that hukka's tests, benchmarks and screenshot drive through playwright-core: Debian's
// package (browser downloads are not used). One place for which one, and with which flags.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The flags every run passes: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * The executable: `$CHROMIUM` when set; else Debian's headless shell (`chromium-headless-shell`:
 * the same Blink and V8 as the browser without its windows and compositing, Playwright's own
 * choice for headless runs, and about a fifth less CPU on the browser tests:
 * docs/decisions/testing.md) when installed, else Debian's `chromium`. Throws, naming the
 * package to install, when there is neither.
 *
 * @example
 * chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ["chromium-headless-shell", "chromium"]) {
    if (existsSync(`/usr/bin/${name}`)) return `/usr/bin/${name}`;
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`]).toString().trim();
    } catch {
      // not on the PATH: the next one
    }
  }
  throw new Error("no Chromium found: apt-get install -y chromium-headless-shell (or chromium), or set CHROMIUM to its path");
}
