import path from "node:path";
import { expect, statusRadio, test } from "./fixtures";

// Screenshots of the two main pages in every combination, kept as test artifacts
// (test-results/screenshots/), and a check that nothing scrolls sideways on a phone.
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } } as const;

for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`roadmap and dashboard, ${scheme}, ${device}`, async ({ browser, baseURL, db }, testInfo) => {
      const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport, timezoneId: "UTC" });
      const page = await context.newPage();
      const { createSession, createUser } = await import("./support/factories");
      const user = await createUser(db);
      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);

      await page.goto("/roadmaps/backend");
      const ids = await page
        .locator("li[data-item-id]")
        .evaluateAll((rows) => rows.slice(0, 6).map((row) => row.getAttribute("data-item-id")!));
      for (const [index, label] of (
        ["Done", "Done", "In progress", "Skipped", "Done", "In progress"] as const
      ).entries()) {
        await statusRadio(page, ids[index]!, label).click();
      }
      await page.waitForLoadState("networkidle");

      for (const route of ["/roadmaps/backend", "/dashboard"]) {
        await page.goto(route);
        await page.waitForLoadState("networkidle");
        const name = `${route === "/dashboard" ? "dashboard" : "roadmap"}-${scheme}-${device}.png`;
        const file = path.join(testInfo.project.outputDir, "screenshots", name);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(name, { path: file, contentType: "image/png" });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${route} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}

test("no page scrolls sideways at 360 px", async ({ page, login }) => {
  await login();
  await page.setViewportSize(VIEWPORTS.phone);
  for (const target of ["/", "/roadmaps/backend", "/dashboard", "/settings/tokens", "/signin", "/playground"]) {
    await page.goto(target);
    // The playground's editor keeps web workers busy: wait for it instead of an idle network.
    if (target === "/playground") await page.locator(".graphiql-container").waitFor();
    else await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${target} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
