import path from "node:path";
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";

/** Where a screenshot named `name` goes: test-results/screenshots/, kept as an artifact. */
export function screenshotPath(testInfo: TestInfo, name: string): string {
  return path.join(testInfo.project.outputDir, "screenshots", name);
}

/** A screenshot of the page (whole by default) or of one element, saved and attached to the test's report. */
export async function shoot(target: Page | Locator, testInfo: TestInfo, name: string, fullPage = true) {
  const file = screenshotPath(testInfo, name);
  if ("goto" in target) await target.screenshot({ path: file, fullPage });
  else {
    await target.scrollIntoViewIfNeeded();
    await target.screenshot({ path: file });
  }
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/** Fails when the page is wider than its window: it would scroll sideways (on a phone, a broken layout). */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}
