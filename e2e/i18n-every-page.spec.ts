import { expect, test } from "./fixtures";
import {
  browserIn,
  expectLanguage,
  LOCALES,
  messageKeyFallbacks,
  seededLearner,
  type SeededLearner,
} from "./support/i18n-learner";

/*
 * Issue 25: every page under app/ in every language renders without an error, with its
 * <html lang dir> (right to left in Arabic only) and without a message-key fallback
 * (next-intl prints `Namespace.key` for a message it cannot find). The fixtures fail a
 * test on any console error or uncaught exception in its browsers (hydration included).
 * One test per language, each with its own seeded learner and one browser for them and
 * one for a guest; the language comes from the `locale` cookie.
 */

const NOT_FOUND = "/no/such/page";

/** The learner's pages: every route of app/, with the learner's own roadmap, cohort and an invite. */
function learnerPages(learner: SeededLearner): string[] {
  return [
    "/",
    "/explore",
    "/skills",
    "/skills/git",
    "/dashboard",
    "/roadmaps/backend",
    learner.ownRoadmap,
    `${learner.ownRoadmap}/edit`,
    "/roadmaps/new",
    "/roadmaps/mine",
    "/review",
    "/cohorts",
    learner.cohort,
    learner.invite,
    "/settings/profile",
    "/settings/tokens",
    "/settings/review",
    "/settings/language",
    "/settings/data",
    `/u/${learner.login}`,
    "/playground",
    NOT_FOUND,
  ];
}

/** What a guest sees: the pages that have a signed-out state of their own. */
function guestPages(learner: SeededLearner): string[] {
  return ["/", "/signin", "/dashboard", "/roadmaps/backend", "/review", learner.ownRoadmap, `/u/${learner.login}`];
}

for (const locale of LOCALES) {
  test(`every page renders in ${locale}: status, lang and dir, no error, no message key`, async ({
    browser,
    baseURL,
    db,
    browserErrors,
  }) => {
    test.setTimeout(240_000);
    browserErrors.allowFailedLoad(NOT_FOUND, 404, "the not-found page, in every language");
    const learner = await seededLearner(browser, baseURL!, db);
    for (const [who, paths] of [
      ["learner", learnerPages(learner)],
      ["guest", guestPages(learner)],
    ] as const) {
      const context = await browserIn(browser, baseURL!, locale, who === "learner" ? learner : null);
      const page = await context.newPage();
      for (const path of paths) {
        const what = `${path} (${who}, ${locale})`;
        const response = await page.goto(path);
        expect(response?.status(), what).toBe(path === NOT_FOUND ? 404 : 200);
        // The playground's editor keeps web workers busy: wait for the editor instead of an idle network.
        if (path === "/playground") await page.locator(".graphiql-container").waitFor();
        else await page.waitForLoadState("networkidle");
        await expectLanguage(page, locale);
        await expect(page.getByTestId("page-error"), what).toHaveCount(0);
        expect(await messageKeyFallbacks(page), what).toEqual([]);
      }
      await context.close();
    }
  });
}

test("the fallback check finds a missing message's key in the text and in attributes", async ({ page }) => {
  await page.setContent(
    `<html><head><title>Explore</title></head><body><p>Node.js and ASP.NET, 3.5 hours, e.g. this.</p>` +
      `<button aria-label="Roadmap.noSuchKey">x</button><p>Header.settings</p></body></html>`,
  );
  expect(await messageKeyFallbacks(page)).toEqual(["Header.settings", "Roadmap.noSuchKey"]);
});
