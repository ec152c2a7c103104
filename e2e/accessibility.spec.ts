import { expect, test } from "./fixtures";
import { renderNote } from "../server/services/notes/render-note";
import { seriousViolations } from "./support/axe";
import { createSession, createUser } from "./support/factories";
import { daysAgo, seedHistory, steadyPace } from "./support/plan-history";
import { createOwnRoadmap, SAMPLE_ROADMAP } from "./support/own-roadmap-over-http";
import { browserIn, expectLanguage, seededLearner } from "./support/i18n-learner";

const PAGES = [
  { name: "home", path: "/", signedIn: false },
  { name: "roadmap (guest)", path: "/roadmaps/backend", signedIn: false },
  { name: "dashboard (signed out)", path: "/dashboard", signedIn: false },
  { name: "sign in", path: "/signin", signedIn: false },
  { name: "tokens", path: "/settings/tokens", signedIn: true },
  { name: "playground", path: "/playground", signedIn: true },
  { name: "sharing settings", path: "/settings/profile", signedIn: true },
  { name: "cohorts (the list and the form)", path: "/cohorts", signedIn: true },
  { name: "a dead invite link", path: "/cohorts/join/wmi_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", signedIn: true },
];

/*
 * A learner's pages, one analysis per page and scheme, in their fullest state: a
 * learner with a history (items done, in progress and skipped), a note, goals and
 * a public profile; the dashboard with a forecast, the roadmap page with its
 * statuses, note, plan, badge, calendar and dates open, and the profile as
 * others and its owner see it.
 */
const PLAN_PAGES = [
  { name: "dashboard (forecast and goals)", path: () => "/dashboard", as: "owner" },
  { name: "roadmap (plan, badge, calendar and dates open)", path: () => "/roadmaps/backend", as: "owner" },
  { name: "public profile (signed out)", path: (login: string) => `/u/${login}`, as: "nobody" },
  { name: "public profile (another learner)", path: (login: string) => `/u/${login}`, as: "other" },
  { name: "public profile (its owner)", path: (login: string) => `/u/${login}`, as: "owner" },
  { name: "private profile (its owner)", path: (login: string) => `/u/${login}`, as: "private-owner" },
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const target of PAGES) {
      test(`${target.name} has no serious or critical violations`, async ({ page, login }) => {
        // A learner's roadmap page and dashboard, with progress, are analysed below.
        if (target.signedIn) await login();
        await page.goto(target.path);
        // The playground's editor keeps web workers busy: wait for it instead of an idle network.
        // (and for its syntax colouring, which is what the contrast check must see).
        if (target.path === "/playground")
          await page.locator(".graphiql-container .view-line span[class^=mtk]").first().waitFor();
        else await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe in ${scheme} mode, plan and share`, () => {
    test.use({ colorScheme: scheme, timezoneId: "UTC" });
    for (const target of PLAN_PAGES) {
      test(`${target.name} has no serious or critical violations`, async ({
        page,
        context,
        baseURL,
        db,
        backendItems,
      }) => {
        const owner = await createUser(db);
        const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
        await seedHistory(db, owner.id, roadmap.id, [
          ...steadyPace(backendItems.slice(0, 12).map((item) => item.id)),
          { itemId: backendItems[12]!.id, daysAgo: 0, to: "IN_PROGRESS" },
          { itemId: backendItems[13]!.id, daysAgo: 0, to: "SKIPPED" },
        ]);
        const note = "Read **chapter 3** again, then [the docs](https://www.postgresql.org/docs/).";
        await db.note.create({
          data: { userId: owner.id, itemId: backendItems[0]!.id, body: note, html: renderNote(note) },
        });
        await db.roadmapGoal.create({
          data: { userId: owner.id, roadmapId: roadmap.id, weeklyGoal: 4, targetDate: daysAgo(-30) },
        });
        if (target.as !== "private-owner") {
          await db.user.update({
            where: { id: owner.id },
            data: { profilePublic: true, profileRoadmaps: { create: { roadmapId: roadmap.id, position: 0 } } },
          });
        }
        const signedInAs = target.as === "nobody" ? null : target.as === "other" ? (await createUser(db)).id : owner.id;
        if (signedInAs) {
          await context.addCookies([
            { name: "authjs.session-token", value: await createSession(db, signedInAs), url: baseURL! },
          ]);
        }
        await page.goto(target.path(owner.login!));
        await page.waitForLoadState("networkidle");
        if (target.path(owner.login!) === "/roadmaps/backend") {
          for (const summary of ["Target date and weekly goal", "README badge", "Weekly study reminder (calendar)"]) {
            await page.getByText(summary).click();
          }
          await page.getByLabel("Show dates").check();
          await expect(page.getByTestId("item-dates").first()).toBeVisible();
          await expect(page.getByText("chapter 3")).toBeVisible();
        }
        if (target.path(owner.login!).startsWith("/u/") && target.as !== "private-owner") {
          await page.getByText("README badge").click();
        }
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

// Learners' own roadmaps: their pages, the editor with its problems and preview, the lists and settings.
const OWN_PAGES: { name: string; path: (roadmapPath: string) => string; signedIn: boolean; ready?: string }[] = [
  { name: "new roadmap", path: () => "/roadmaps/new", signedIn: true, ready: "preview-summary" },
  { name: "editor with a preview", path: (roadmap) => `${roadmap}/edit`, signedIn: true },
  { name: "own roadmap (owner)", path: (roadmap) => roadmap, signedIn: true },
  { name: "public roadmap (guest)", path: (roadmap) => roadmap, signedIn: false },
  { name: "your roadmaps", path: () => "/roadmaps/mine", signedIn: true },
  { name: "explore", path: () => "/explore", signedIn: false },
  { name: "skills", path: () => "/skills?q=git", signedIn: false },
  { name: "a skill's page", path: () => "/skills/git", signedIn: true },
  { name: "your data", path: () => "/settings/data", signedIn: true },
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe in ${scheme} mode, learners' roadmaps`, () => {
    test.use({ colorScheme: scheme });
    for (const target of OWN_PAGES) {
      test(`${target.name} has no serious or critical violations`, async ({ page, login, context }) => {
        await login();
        const roadmap = await createOwnRoadmap(page.request, { visibility: "PUBLIC" });
        if (!target.signedIn) await context.clearCookies();
        await page.goto(target.path(roadmap.path));
        if (target.path(roadmap.path).endsWith("/edit")) {
          // Problems and the preview on the page, as a learner sees them while editing.
          await page
            .getByLabel("Markdown", { exact: true })
            .fill(SAMPLE_ROADMAP.replace("Second step", "Second step, renamed"));
          await page.getByTestId("preview-summary").waitFor();
        }
        if (target.ready) await page.getByTestId(target.ready).waitFor();
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

// Issue 25: the main pages in Arabic (right to left) and Japanese, light and dark, as a learner
// with something on each of them sees them.
for (const locale of ["ar", "ja"] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe in ${locale}, ${scheme} mode: the main pages have no serious or critical violations`, async ({
      browser,
      baseURL,
      db,
    }) => {
      test.setTimeout(180_000);
      const learner = await seededLearner(browser, baseURL!, db);
      const context = await browserIn(browser, baseURL!, locale, learner, { colorScheme: scheme });
      const page = await context.newPage();
      for (const path of [
        "/",
        "/dashboard",
        "/roadmaps/backend",
        "/explore",
        "/settings/language",
        "/review",
        learner.cohort,
      ]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expectLanguage(page, locale);
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
        expect(await seriousViolations(page), `${path} in ${locale}, ${scheme}`).toEqual([]);
      }
      await context.close();
    });
  }
}

test("the check finds serious violations, the same in the quick mode as in axe's default mode", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>probe</title></head><body><main>
    <h1>Probe</h1>
    <p style="color:#bbb;background:#fff">Low contrast text</p>
    <button></button>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  </main></body></html>`);
  const quick = await seriousViolations(page);
  expect(quick.map((violation) => violation.id).sort()).toEqual(["button-name", "color-contrast", "image-alt"]);
  // A frame switches to the default mode: the frame's own violation is found too.
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.title = "probe frame";
    frame.srcdoc = `<!doctype html><html lang="en"><body><main><button></button></main></body></html>`;
    document.querySelector("main")!.append(frame);
    return new Promise((resolve) => frame.addEventListener("load", resolve));
  });
  const framed = await seriousViolations(page);
  const buttonName = framed.find((violation) => violation.id === "button-name");
  expect(buttonName?.nodes).toHaveLength(2);
  expect(framed.map((violation) => violation.id).sort()).toEqual(["button-name", "color-contrast", "image-alt"]);
});
