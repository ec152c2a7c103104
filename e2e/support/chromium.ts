import fs from "node:fs";

/** Debian's Chromium where installed: these machines cannot download Playwright's browser. */
export const SYSTEM_CHROMIUM = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

/**
 * The browser the tests drive: Debian's headless shell where installed (package
 * chromium-headless-shell), the same Chromium without the desktop browser's
 * window, compositor and GPU process, as Playwright itself uses for headless
 * runs; otherwise the full Chromium in its headless mode.
 */
export const TEST_CHROMIUM = fs.existsSync("/usr/bin/chromium-headless-shell")
  ? "/usr/bin/chromium-headless-shell"
  : SYSTEM_CHROMIUM;

/**
 * Flags for a quiet headless Chromium on a closed network: without the
 * background-networking ones it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
