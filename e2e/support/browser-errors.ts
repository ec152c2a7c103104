import type { Browser, BrowserContext, ConsoleMessage } from "@playwright/test";

/**
 * What the browsers of one test printed as errors: console errors, uncaught
 * exceptions, and React's hydration warnings (which React logs as errors in
 * development and reports as recoverable errors, #418 and the like, in a
 * production build). Every one fails the test unless the test declared it
 * beforehand with `allow`, saying why it is expected: a page that answers 404 on
 * purpose, a server made to fail. A mismatch between the server's render and the
 * browser's (a date in another time zone, a number in another locale) then shows
 * as a failure rather than as a flicker nobody sees.
 */
export class BrowserErrors {
  private readonly seen: string[] = [];
  private readonly allowed: { pattern: RegExp; why: string }[] = [];
  private readonly watched = new WeakSet<BrowserContext>();

  /** Errors matching `pattern` are expected in this test, for the reason given. */
  allow(pattern: RegExp, why: string): void {
    if (!why.trim()) throw new Error("Say why the error is expected");
    this.allowed.push({ pattern, why });
  }

  /**
   * The address `path` answers `status` on purpose (a page that is not found, a
   * refused download): Chromium logs every such answer as a console error.
   */
  allowFailedLoad(path: string, status: number, why: string): void {
    const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    this.allow(new RegExp(`status of ${status} \\(.*<- https?://[^/]+${escaped}:\\d+\\)$`), why);
  }

  /** Listens to every page of `context`, those opened later included. */
  watch(context: BrowserContext): void {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    context.on("console", (message) => {
      const text = describeConsoleMessage(message);
      if (text) this.seen.push(text);
    });
    context.on("weberror", (error) =>
      this.seen.push(`uncaught in ${error.page()?.url() ?? "a page"}: ${error.error().stack ?? error.error().message}`),
    );
  }

  /**
   * Makes `browser.newContext` (and so `browser.newPage`) watch the contexts it
   * opens, for tests that open their own; returns what puts it back.
   */
  watchContextsOf(browser: Browser): () => void {
    const original = browser.newContext;
    browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
      const context = await original.apply(browser, args);
      this.watch(context);
      return context;
    };
    return () => {
      browser.newContext = original;
    };
  }

  /** The errors no `allow` covers. */
  unexpected(): string[] {
    return this.seen.filter((text) => !this.allowed.some(({ pattern }) => pattern.test(text)));
  }
}

const HYDRATION = /hydrat|did not match|server rendered|Minified React error #(418|419|421|422|423|425)\b/i;

function describeConsoleMessage(message: ConsoleMessage): string | null {
  const type = message.type();
  const text = message.text();
  if (type !== "error" && !(type === "warning" && HYDRATION.test(text))) return null;
  const { url, lineNumber } = message.location();
  const where = url
    ? ` (${message.page()?.url() ?? "?"} <- ${url}:${lineNumber})`
    : ` (${message.page()?.url() ?? "?"})`;
  return `console.${type}: ${text}${where}`;
}
