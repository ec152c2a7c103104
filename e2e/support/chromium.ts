import fs from "node:fs";

/** Debian's Chromium where installed: these machines cannot download Playwright's browser. */
export const SYSTEM_CHROMIUM = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

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
