/**
 * Headless Chromium for the HTML report's browser test and the README
 * screenshots: the system's Chromium (Debian's `chromium` package, which
 * .ci/run installs), driven by playwright-core, which downloads no browser.
 */
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Headless, no sandbox (containers run as root), and nothing that goes to the network on its own. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/** The Chromium to run: `$CHROMIUM_PATH`, else Debian's; `undefined` when there is none. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (path): path is string => path !== undefined && path !== "" && existsSync(path),
  );
}

/** Launches Chromium at `executablePath` (a fresh temporary profile each time). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
