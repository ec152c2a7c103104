import { expect, test } from "./fixtures";
import { BrowserErrors } from "./support/browser-errors";
import { BROWSER_LOCALE, BROWSER_TIME_ZONE } from "./support/e2e-environment";

/*
 * The rule every e2e test runs under (e2e/fixtures.ts): errors in its browsers
 * fail it. Here a page makes each kind on purpose, watched by a second recorder,
 * to show which it catches and which it lets by.
 */

test("console errors, uncaught exceptions and hydration warnings are caught; other console output is not", async ({
  browser,
  browserErrors,
}) => {
  browserErrors.allow(/probe-/, "this test makes these errors on purpose");
  const recorder = new BrowserErrors();
  const context = await browser.newContext();
  recorder.watch(context);
  const page = await context.newPage();
  await page.setContent(`<script>
    console.log("probe-log");
    console.warn("probe-warning");
    console.warn("probe-hydration: A tree hydrated but some attributes of the server rendered HTML didn't match");
    console.error("probe-console-error");
    setTimeout(() => { throw new Error("probe-uncaught"); });
  </script>`);
  await expect.poll(() => recorder.unexpected().length).toBe(3);
  const [warning, error, uncaught] = recorder.unexpected();
  expect(warning).toMatch(/^console\.warning: probe-hydration/);
  expect(error).toMatch(/^console\.error: probe-console-error/);
  expect(uncaught).toMatch(/probe-uncaught/);

  recorder.allow(/probe-console-error/, "declared");
  expect(recorder.unexpected()).toHaveLength(2);
  expect(() => recorder.allow(/x/, " ")).toThrow(/why/);
  await context.close();
});

test("a 404 allowed for one address does not cover another", async ({ browser, baseURL, browserErrors }) => {
  browserErrors.allow(/status of 404/, "this test loads missing pages on purpose");
  const recorder = new BrowserErrors();
  recorder.allowFailedLoad("/no/such/page", 404, "declared");
  const context = await browser.newContext({ baseURL });
  recorder.watch(context);
  const page = await context.newPage();
  await page.goto("/no/such/page");
  expect(recorder.unexpected()).toEqual([]);
  await page.goto("/no/such/page/either");
  await expect.poll(() => recorder.unexpected().length).toBe(1);
  expect(recorder.unexpected()[0]).toContain("/no/such/page/either");
  await context.close();
});

test("browsers run in another time zone and language than the server", async ({ page }) => {
  await page.goto("about:blank");
  const [zone, language] = await page.evaluate(() => [
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    navigator.language,
  ]);
  expect(zone).toBe(BROWSER_TIME_ZONE);
  expect(language).toBe(BROWSER_LOCALE);
  expect(zone).not.toBe("UTC");
});
