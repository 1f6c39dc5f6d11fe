// Debian's Chromium for the browser tests, driven by playwright-core (browser downloads are not used).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Headless Chromium: /usr/bin/chromium, or whatever `command -v chromium` names. */
export function launchChromium(): Promise<Browser> {
  const executablePath = existsSync("/usr/bin/chromium")
    ? "/usr/bin/chromium"
    : execFileSync("sh", ["-c", "command -v chromium"]).toString().trim();
  return chromium.launch({ executablePath, args: FLAGS });
}
