import { expect, statusRadio, test } from "./fixtures";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";
import { daysAgo, seedHistory, steadyPace } from "./support/plan-history";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";
import { browserIn, expectLanguage, seededLearner } from "./support/i18n-learner";

// Screenshots of the two main pages in every combination, kept as test artifacts
// (test-results/screenshots/), and a check that nothing scrolls sideways on a phone.
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } } as const;

// A learner's views with a history (items done, in progress and skipped): the whole roadmap page,
// the dashboard with pace, forecast, target and weekly goal, the roadmap page's plan and dates, the
// public profile and the sharing settings.
for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`plan and share views, ${scheme}, ${device}`, async ({ browser, baseURL, db, backendItems }, testInfo) => {
      const { createSession, createUser } = await import("./support/factories");
      const user = await createUser(db);
      const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
      await seedHistory(db, user.id, roadmap.id, [
        ...steadyPace(backendItems.slice(0, 14).map((item) => item.id)),
        { itemId: backendItems[14]!.id, daysAgo: 0, to: "IN_PROGRESS" },
        { itemId: backendItems[15]!.id, daysAgo: 1, to: "SKIPPED" },
      ]);
      await db.roadmapGoal.create({
        data: { userId: user.id, roadmapId: roadmap.id, weeklyGoal: 3, targetDate: daysAgo(-120) },
      });
      await db.user.update({
        where: { id: user.id },
        data: { profilePublic: true, profileRoadmaps: { create: { roadmapId: roadmap.id, position: 0 } } },
      });
      const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport, timezoneId: "UTC" });
      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);
      const page = await context.newPage();

      await page.goto("/dashboard");
      await page.waitForLoadState("networkidle");
      await expect(page.getByTestId("forecast")).toHaveAttribute("data-forecast", "FORECAST");
      await shoot(page, testInfo, `dashboard-forecast-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/dashboard");

      await page.goto("/roadmaps/backend");
      await page.waitForLoadState("networkidle");
      await shoot(page, testInfo, `roadmap-${scheme}-${device}.png`);
      await page.getByText("Target date and weekly goal").click();
      await page.getByText("README badge").click();
      await page.getByLabel("Show dates").check();
      await expect(page.getByTestId("item-dates").first()).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, testInfo, `roadmap-plan-${scheme}-${device}.png`, false);
      await page.getByTestId("item-dates").first().scrollIntoViewIfNeeded();
      await shoot(page, testInfo, `roadmap-dates-${scheme}-${device}.png`, false);
      await expectNoSidewaysScroll(page, "/roadmaps/backend");

      // The public profile as a signed-out visitor sees it.
      await context.clearCookies();
      await page.goto(`/u/${user.login}`);
      await page.waitForLoadState("networkidle");
      await page.getByText("README badge").click();
      await shoot(page, testInfo, `profile-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/u/[login]");

      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);
      await page.goto("/settings/profile");
      await page.waitForLoadState("networkidle");
      await shoot(page, testInfo, `sharing-settings-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/settings/profile");
      await context.close();
    });
  }
}

test("the README badge at GitHub's size, on light and dark pages", async ({
  browser,
  baseURL,
  db,
  backendItems,
}, testInfo) => {
  const { createUser } = await import("./support/factories");
  const user = await createUser(db);
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
  await seedHistory(db, user.id, roadmap.id, steadyPace(backendItems.slice(0, 14).map((item) => item.id)));
  await db.user.update({
    where: { id: user.id },
    data: { profilePublic: true, profileRoadmaps: { create: { roadmapId: roadmap.id, position: 0 } } },
  });
  const badge = `${baseURL}/api/badges/${user.login}/backend.svg`;
  // GitHub shows a badge at its own size; twice the pixels so the file is legible when opened.
  const context = await browser.newContext({ viewport: { width: 600, height: 200 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  for (const [name, background, src] of [
    ["badge-light.png", "#ffffff", badge],
    ["badge-dark.png", "#0d1117", `${badge}?theme=dark`],
    ["badge-not-found.png", "#ffffff", `${baseURL}/api/badges/nobody-${user.login}/backend.svg`],
  ] as const) {
    await page.setContent(
      `<body style="margin:0;padding:16px;background:${background};font:16px sans-serif;color:#888">` +
        `<p>README</p><img src="${src}" alt="badge"></body>`,
    );
    await expect(page.locator("img")).toHaveJSProperty("complete", true);
    expect(await page.locator("img").evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(22);
    await shoot(page.locator("body"), testInfo, name);
  }
  await context.close();
});

test("no page scrolls sideways at 360 px", async ({ page, login }) => {
  await login();
  const roadmap = await createOwnRoadmap(page.request);
  await page.setViewportSize(VIEWPORTS.phone);
  for (const target of [
    "/",
    "/roadmaps/backend",
    "/dashboard",
    "/settings/tokens",
    "/settings/profile",
    "/signin",
    "/playground",
    "/explore",
    "/roadmaps/mine",
    "/roadmaps/new",
    "/settings/data",
    "/cohorts",
    "/skills",
    "/skills/git",
    roadmap.path,
    `${roadmap.path}/edit`,
  ]) {
    await page.goto(target);
    // The playground's editor keeps web workers busy: wait for it instead of an idle network.
    if (target === "/playground") await page.locator(".graphiql-container").waitFor();
    else await page.waitForLoadState("networkidle");
    await expectNoSidewaysScroll(page, target);
  }
});

// The views issue 19 changed in planning: the goals form's error, "Your plan" after ticks and
// after a reset (in step with the checklist), and the burn-up reaching a target beyond the forecast.
for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`goals, live plan and burn-up views, ${scheme}, ${device}`, async ({
      browser,
      baseURL,
      db,
      backendItems,
    }, testInfo) => {
      const { createSession, createUser } = await import("./support/factories");
      const user = await createUser(db);
      const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
      await seedHistory(db, user.id, roadmap.id, steadyPace(backendItems.slice(0, 14).map((item) => item.id)));
      // Well beyond the forecast (about 94 days at this pace).
      await db.roadmapGoal.create({
        data: { userId: user.id, roadmapId: roadmap.id, weeklyGoal: 3, targetDate: daysAgo(-125) },
      });
      const context = await browser.newContext({
        baseURL,
        colorScheme: scheme,
        viewport,
        timezoneId: "Europe/Paris",
        locale: "fr-FR",
      });
      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);
      const page = await context.newPage();

      await page.goto("/dashboard");
      await page.waitForLoadState("networkidle");
      const chart = page.getByTestId("dashboard-roadmap-backend").getByTestId("burn-up");
      await expect(chart.getByTestId("burn-up-target").first()).toBeAttached();
      await shoot(chart, testInfo, `burn-up-target-beyond-forecast-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/dashboard");

      await page.goto("/roadmaps/backend");
      await page.waitForLoadState("networkidle");
      const plan = page.getByTestId("roadmap-plan");
      await plan.getByText("Target date and weekly goal").click();
      await plan.getByLabel("Target date").fill("2020-01-01");
      await plan.getByRole("button", { name: "Save goals" }).click();
      await expect(plan.getByTestId("target-date-error")).toBeVisible();
      await shoot(plan, testInfo, `goal-form-error-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/roadmaps/backend");
      await plan.getByText("Target date and weekly goal").click();

      for (const item of backendItems.slice(14, 18)) await statusRadio(page, item.id, "Done").click();
      await expect(plan.getByTestId("this-week")).toContainText("of 3");
      await expect(page.getByTestId("roadmap-completion")).toContainText("18/44");
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, testInfo, `plan-after-ticks-${scheme}-${device}.png`, false);

      await page.getByRole("button", { name: "Reset progress" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Reset progress" }).click();
      await expect(plan.getByTestId("forecast")).toContainText("tick your first items");
      await expect(page.getByTestId("roadmap-completion")).toContainText("0/44");
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, testInfo, `plan-after-reset-${scheme}-${device}.png`, false);
      await context.close();
    });
  }
}

// Issue 19's settings and guest views: the heatmap on the dashboard and the public profile
// (opening on the latest week at 360 px, with month names and a legend), the sign-in page a
// guest is sent to, the token form with every scope and a new secret, and the sharing settings
// naming each roadmap's owner. (The sign-in page of a site without sign-in is shot by
// settings-and-guests.spec.ts, which runs that server: signin-disabled-*.png.)
for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`settings and guest views, ${scheme}, ${device}`, async ({ browser, baseURL, db, backendItems }, testInfo) => {
      test.setTimeout(180_000);
      const { createSession, createUser } = await import("./support/factories");
      const user = await createUser(db);
      const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
      await seedHistory(db, user.id, roadmap.id, [
        ...steadyPace(backendItems.slice(0, 14).map((item) => item.id)),
        { itemId: backendItems[14]!.id, daysAgo: 0 },
      ]);
      await db.user.update({
        where: { id: user.id },
        data: { profilePublic: true, profileRoadmaps: { create: { roadmapId: roadmap.id, position: 0 } } },
      });
      const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport, timezoneId: "UTC" });
      const page = await context.newPage();
      const shootHeatmap = async (name: string) => {
        await shoot(page.getByTestId("activity-heatmap"), testInfo, name);
      };

      await page.goto("/signin?callbackUrl=%2Froadmaps%2Fnew");
      await page.waitForLoadState("networkidle");
      await shoot(page, testInfo, `signin-guest-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/signin");

      await page.goto(`/u/${user.login}`);
      await page.waitForLoadState("networkidle");
      await shootHeatmap(`heatmap-profile-${scheme}-${device}.png`);

      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);
      await createOwnRoadmap(context.request, { visibility: "PUBLIC" });
      await page.goto("/dashboard");
      await page.waitForLoadState("networkidle");
      await shootHeatmap(`heatmap-dashboard-${scheme}-${device}.png`);

      await page.goto("/settings/tokens");
      await page.getByLabel("Name").fill("my CLI");
      await page.getByRole("checkbox", { name: "Write roadmaps" }).check();
      await page.getByRole("button", { name: "Create token" }).click();
      await expect(page.getByTestId("created-token")).toBeFocused();
      await shoot(page, testInfo, `token-form-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/settings/tokens");

      await page.goto("/settings/profile");
      await page.getByRole("button", { name: "Create a link" }).click();
      await expect(page.getByTestId("calendar-links")).toBeFocused();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, testInfo, `sharing-settings-owners-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "/settings/profile");
      await context.close();
    });
  }
}

// The views issue 19 changed in authoring: the editor's preview of a reworded item (a guessed rename
// that keeps its learner's progress), the publish confirmation, and a fork's page with its
// "Forked from" line and the message that confirms the fork.
for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test(`authoring views, ${scheme}, ${device}`, async ({ browser, baseURL, db }, testInfo) => {
      test.setTimeout(180_000);
      const { createSession, createUser } = await import("./support/factories");
      const user = await createUser(db);
      const context = await browser.newContext({ baseURL, colorScheme: scheme, viewport, timezoneId: "UTC" });
      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);
      const page = await context.newPage();
      const markdown =
        "# Reading plan\n\n## Book\n\n- [ ] Read the preface\n- [ ] Read chapters 1-3\n- [ ] Do the exercises\n";
      const roadmap = await createOwnRoadmap(page.request, { markdown });
      await page.goto(roadmap.path);
      const chapters = page.getByRole("radiogroup", { name: "Status of Read chapters 1-3", exact: true });
      await chapters.getByRole("radio", { name: "Done", exact: true }).click();
      await expect(chapters.getByRole("radio", { name: "Done", exact: true })).toHaveAttribute("aria-checked", "true");

      await page.goto(`${roadmap.path}/edit`);
      await page.getByLabel("Markdown", { exact: true }).fill(markdown.replace("chapters 1-3", "chapters 1-4"));
      await expect(page.getByTestId("preview-renamed")).toContainText("guessed");
      await shoot(page, testInfo, `editor-rename-preview-${scheme}-${device}.png`);
      await expectNoSidewaysScroll(page, "the editor");

      await page.goto(roadmap.path);
      await page.getByLabel("Who can see Reading plan").selectOption("PUBLIC");
      await expect(page.getByRole("dialog", { name: "Publish Reading plan on Explore?" })).toBeVisible();
      await shoot(page, testInfo, `publish-confirmation-${scheme}-${device}.png`, false);
      await page.keyboard.press("Escape");

      await page.goto("/roadmaps/backend");
      await page.getByRole("button", { name: "Fork", exact: true }).click();
      await page
        .getByRole("dialog", { name: /^Fork / })
        .getByRole("button", { name: "Fork", exact: true })
        .click();
      await page.waitForURL(new RegExp(`/roadmaps/${user.login}/backend`));
      await expect(page.getByTestId("fork-origin")).toHaveText("Forked from Backend Development Roadmap (built in)");
      await expect(page.getByTestId("toast")).toBeVisible();
      await shoot(page, testInfo, `fork-page-${scheme}-${device}.png`, false);
      await expectNoSidewaysScroll(page, "a fork's page");
      await context.close();
    });
  }
}

// Issue 25: the roadmap page and the dashboard in Arabic (right to left) and Japanese, light and
// dark, on a desktop and a phone (roadmap-ar-1280.png, dashboard-ja-dark-360.png, ...).
for (const locale of ["ar", "ja"] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`roadmap and dashboard in ${locale}, ${scheme}, at 1280 and 360 px`, async ({
      browser,
      baseURL,
      db,
    }, testInfo) => {
      test.setTimeout(240_000);
      const learner = await seededLearner(browser, baseURL!, db);
      const context = await browserIn(browser, baseURL!, locale, learner, { colorScheme: scheme });
      const page = await context.newPage();
      for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
        await page.setViewportSize(viewport);
        for (const [name, path] of [
          ["roadmap", "/roadmaps/backend"],
          ["dashboard", "/dashboard"],
        ] as const) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          await expectLanguage(page, locale);
          const file = `${name}-${locale}${scheme === "dark" ? "-dark" : ""}-${viewport.width}.png`;
          await shoot(page, testInfo, file);
          await expectNoSidewaysScroll(page, `${path} in ${locale} at ${viewport.width} px`);
        }
      }
      await context.close();
    });
  }
}
