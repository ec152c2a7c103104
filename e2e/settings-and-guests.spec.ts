import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import type { Db } from "../server/db/client";
import { expect, itemRow, statusRadio, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";
import { createSession, createUser } from "./support/factories";
import { expectHeatmapOpensOnLatestWeek } from "./support/heatmap";
import { signInThroughGithub } from "./support/github-sign-in";
import { createOwnRoadmap, SAMPLE_ROADMAP } from "./support/own-roadmap-over-http";
import { seedHistory, steadyPace } from "./support/plan-history";
import { startWaymark, type WaymarkUnderTest } from "./support/waymark-under-test";

/*
 * Issue 19's rough edges in the settings and for guests (points 3, 4, 6, 8, 10
 * and the Copy button of 11) and issue 18's heatmap trap (point 9): what a
 * learner is offered to share, the heatmap on a phone, the sign-in page with and
 * without sign-in configured, the token scopes, where the focus goes after an
 * action, and the Copy buttons. Keyboard and 360 px wherever the point is about them.
 */

const PHONE = { width: 360, height: 760 } as const;
const DESKTOP = { width: 1280, height: 900 } as const;
const HEATMAP_REGION = "Activity grid, latest week on the right";

/** A browser context signed in as a new learner of its own. */
async function learnerContext(
  browser: Browser,
  baseURL: string,
  db: Db,
  options: Parameters<Browser["newContext"]>[0],
) {
  const user = await createUser(db);
  const context = await browser.newContext({ baseURL, ...options });
  await context.addCookies([{ name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL }]);
  return { user, context };
}

/** Presses Tab until `target` has the focus: proof that it is in the keyboard's path. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The clipboard as the page's script sees it refuses every write, as a browser without permission does. */
async function refuseClipboard(context: BrowserContext) {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", {
      configurable: true,
      get: () => ({ writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) }),
    });
  });
}

async function backendId(db: Db) {
  return (await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } })).id;
}

// ------------------------------------------------------------------ 19.3 what a profile may show

test("sharing settings offer the learner's own public roadmaps and the public ones they follow, each with its owner", async ({
  page,
  browser,
  baseURL,
  db,
  login,
  backendItems,
}) => {
  const learner = await login();
  // Three roadmaps called "Sample plan": the learner's, one they follow, and a stranger's.
  const own = await createOwnRoadmap(page.request, { visibility: "PUBLIC" });
  await createOwnRoadmap(page.request, {
    visibility: "PRIVATE",
    markdown: SAMPLE_ROADMAP.replace("# Sample plan", "# Private plan"),
  });
  const author = await learnerContext(browser, baseURL!, db, {});
  const followed = await createOwnRoadmap(author.context.request, { visibility: "PUBLIC" });
  const stranger = await learnerContext(browser, baseURL!, db, {});
  const strangers = await createOwnRoadmap(stranger.context.request, { visibility: "PUBLIC" });
  await Promise.all([author.context.close(), stranger.context.close()]);
  const followedItem = await db.item.findFirstOrThrow({ where: { roadmapId: followed.id }, select: { id: true } });
  await seedHistory(db, learner.id, followed.id, [{ itemId: followedItem.id, daysAgo: 1 }]);
  await seedHistory(db, learner.id, await backendId(db), [{ itemId: backendItems[0]!.id, daysAgo: 2 }]);

  await page.setViewportSize(PHONE);
  await page.goto("/settings/profile");
  const form = page.getByTestId("profile-form");
  const offered = form.locator('input[name="roadmapIds"]');
  expect(
    (await offered.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).sort(),
  ).toEqual([own.id, followed.id, await backendId(db)].sort());
  await expect(form.getByRole("checkbox", { name: "Sample plan · yours" })).not.toBeChecked();
  // Followed ones are ticked until the learner chooses.
  await expect(form.getByRole("checkbox", { name: `Sample plan · by @${author.user.login}` })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Backend Development Roadmap · built in" })).toBeChecked();
  await expect(form.getByText(`by @${stranger.user.login}`)).toHaveCount(0);

  // Saved from the keyboard; the focus stays on Save while the result is announced (19.10).
  await form.getByRole("checkbox", { name: "Sample plan · yours" }).check();
  const save = form.getByRole("button", { name: "Save" });
  await tabTo(page, save);
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toHaveText("Saved: your profile is private.");
  await expect(save).toBeFocused();
  const stored = await db.profileRoadmap.findMany({ where: { userId: learner.id }, select: { roadmapId: true } });
  expect(stored.map((row) => row.roadmapId).sort()).toEqual([own.id, followed.id, await backendId(db)].sort());

  // The API refuses a stranger's roadmap, whoever offers it.
  const answer = await page.request.post("/api/graphql", {
    headers: { "content-type": "application/json" },
    data: {
      query: `mutation($ids: [ID!]) { setProfileVisibility(input: { public: true, roadmapIds: $ids }) { id } }`,
      variables: { ids: [own.id, strangers.id] },
    },
  });
  const body = (await answer.json()) as { errors?: { message: string; extensions: { code: string } }[] };
  expect(body.errors?.map((error) => error.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  expect(body.errors![0]!.message).toContain("only public roadmaps of your own or that you follow");
  expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).profilePublic).toBe(false);
});

// ------------------------------------------------------------------ 19.4 and 18.9 the heatmap on a phone

/** A learner with 16 changes, the last today, and a public profile showing the Backend roadmap. */
async function learnerWithRecentActivity(db: Db, backendItems: { id: string }[]) {
  const user = await createUser(db);
  const roadmapId = await backendId(db);
  await seedHistory(db, user.id, roadmapId, [
    ...steadyPace(backendItems.slice(0, 12).map((item) => item.id)),
    { itemId: backendItems[12]!.id, daysAgo: 0 },
  ]);
  await db.user.update({
    where: { id: user.id },
    data: { profilePublic: true, profileRoadmaps: { create: { roadmapId, position: 0 } } },
  });
  return user;
}

for (const where of ["dashboard", "public profile"] as const) {
  test(`the ${where}'s heatmap opens on the latest week at 360 px, scrolls with the keyboard, and has month names and a legend`, async ({
    browser,
    baseURL,
    db,
    backendItems,
  }) => {
    const user = await learnerWithRecentActivity(db, backendItems);
    const context = await browser.newContext({ baseURL, viewport: PHONE });
    if (where === "dashboard") {
      await context.addCookies([
        { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
      ]);
    }
    const page = await context.newPage();
    await page.goto(where === "dashboard" ? "/dashboard" : `/u/${user.login}`);
    const scroller = page.getByRole("region", { name: HEATMAP_REGION });
    await expect(scroller).toBeVisible();
    // Wider than the phone: it scrolls, and it shows the latest week without anyone scrolling it.
    await expectHeatmapOpensOnLatestWeek(scroller, "left");

    // Month names over the weeks, day names beside them, and a legend.
    const months = await scroller.locator("text").allTextContents();
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(months.every((month) => /^[A-Z][a-z]{2}$/.test(month))).toBe(true);
    const legend = page.getByTestId("heatmap-legend");
    await legend.scrollIntoViewIfNeeded();
    await expect(legend).toBeVisible();
    await expect(legend).toContainText("Less");
    await expect(legend).toContainText("More");
    await expect(legend.getByRole("listitem")).toHaveCount(5);
    await expect(legend.getByRole("list", { name: "Colours, from fewest to most changes a day" })).toContainText(
      "10 or more changes",
    );

    // The keyboard reaches the grid and scrolls it back to older weeks.
    await tabTo(page, scroller, 150);
    await expect(scroller).toBeFocused();
    const before = await scroller.evaluate((element) => element.scrollLeft);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeLessThan(before);

    // On a wide screen the whole year fits: labels and legend all the same.
    await page.setViewportSize(DESKTOP);
    await expect.poll(() => scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    await expect(legend).toBeVisible();
    expect(await scroller.locator("text").count()).toBeGreaterThanOrEqual(12);
    await context.close();
  });
}

// axe at 360 px, light and dark, on every page this spec changed (18.9: the heatmap's scroll
// region must take the focus). The sign-in page of a site without sign-in: further down.
const AXE_PAGES: {
  name: string;
  path: (login: string) => string;
  signedIn: boolean;
  open?: (page: Page) => Promise<void>;
}[] = [
  { name: "sign-in, sent by Write your own", path: () => "/signin?callbackUrl=%2Froadmaps%2Fnew", signedIn: false },
  { name: "public profile", path: (login) => `/u/${login}`, signedIn: false },
  { name: "dashboard", path: () => "/dashboard", signedIn: true },
  {
    name: "sharing settings with a new calendar link",
    path: () => "/settings/profile",
    signedIn: true,
    open: async (page) => {
      await page.getByRole("button", { name: "Create a link" }).click();
      await expect(page.getByTestId("calendar-links")).toBeVisible();
    },
  },
  {
    name: "tokens with a new secret",
    path: () => "/settings/tokens",
    signedIn: true,
    open: async (page) => {
      await page.getByLabel("Name").fill("axe");
      await page.getByRole("button", { name: "Create token" }).click();
      await expect(page.getByTestId("created-token")).toBeVisible();
    },
  },
];

for (const scheme of ["light", "dark"] as const) {
  for (const target of AXE_PAGES) {
    test(`axe at 360 px, ${scheme}: ${target.name} has no serious violations`, async ({
      browser,
      baseURL,
      db,
      backendItems,
    }) => {
      const user = await learnerWithRecentActivity(db, backendItems);
      const context = await browser.newContext({ baseURL, viewport: PHONE, colorScheme: scheme });
      if (target.signedIn) {
        await context.addCookies([
          { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
        ]);
      }
      const page = await context.newPage();
      await page.goto(target.path(user.login!));
      await page.waitForLoadState("networkidle");
      await target.open?.(page);
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
      // What opening did may refresh the page, whose title then streams in again with its metadata:
      // axe reads the settled page (CI once ran it in between and found no <title>).
      await expect(page).toHaveTitle(/\S/);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
}

// ------------------------------------------------------------------ 19.6 the sign-in page

test("with sign-in configured, /signin says what the visitor wanted and brings them back to it", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const write = page.getByRole("link", { name: "Write your own" });
  await tabTo(page, write);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)roadmaps(%2F|\/)new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to write your own roadmap");
  await expect(page.getByRole("main").locator('input[name="redirectTo"]')).toHaveValue("/roadmaps/new");
  await expect(page.getByTestId("sign-in-back")).toHaveAttribute("href", "/");
  await expect(page.getByTestId("sign-in-back")).toHaveText("Back to where you were");
  await signInThroughGithub(page, `wants-${Date.now().toString(36)}`, /^Sign in with GitHub$/);
  await expect(page).toHaveURL(/\/roadmaps\/new$/);
});

test("/signin keeps only a same-site callbackUrl", async ({ page, baseURL }) => {
  for (const [callbackUrl, heading, redirectTo] of [
    ["https://evil.example/roadmaps/new", "Sign in to Waymark", "/dashboard"],
    ["//evil.example/roadmaps/new", "Sign in to Waymark", "/dashboard"],
    ["/\\evil.example/roadmaps/new", "Sign in to Waymark", "/dashboard"],
    ["javascript:alert(1)", "Sign in to Waymark", "/dashboard"],
    [`${baseURL}/settings/tokens`, "Sign in to create API tokens", "/settings/tokens"],
    ["/roadmaps/octocat/go/edit", "Sign in to edit a roadmap", "/roadmaps/octocat/go/edit"],
  ] as const) {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await expect(page.getByRole("heading", { level: 1 }), callbackUrl).toHaveText(heading);
    await expect(page.getByRole("main").locator('input[name="redirectTo"]'), callbackUrl).toHaveValue(redirectTo);
  }
});

test.describe("a site without sign-in", () => {
  test.describe.configure({ mode: "serial" });
  let waymark: WaymarkUnderTest;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    waymark = await startWaymark("postgres", {
      port: 3261,
      env: { AUTH_GITHUB_ID: undefined, AUTH_GITHUB_SECRET: undefined, WAYMARK_GITHUB_STAND_IN_URL: undefined },
    });
  });

  test.afterAll(async () => {
    await waymark?.stop();
  });

  test("tells a guest plainly that sign-in is not enabled, what they can do instead, and the way back", async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: waymark.url, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/");
    const write = page.getByRole("link", { name: "Write your own" });
    await tabTo(page, write);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)roadmaps(%2F|\/)new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign-in is not enabled on this site");
    const main = page.getByRole("main");
    await expect(main).toContainText("You wanted to write your own roadmap, which needs an account.");
    // The operator's instructions are for the operator: folded away.
    await expect(page.getByText("AUTH_GITHUB_ID")).toBeHidden();
    const guest = main.getByRole("region", { name: "What you can do as a guest" });
    for (const name of ["Follow a roadmap", "Explore", "Try the GraphQL API"]) {
      await expect(guest.getByRole("link", { name })).toBeVisible();
    }
    await expectNoSidewaysScroll(page, "/signin");
    await main.getByText("Running this site?").click();
    await expect(main.getByText("AUTH_GITHUB_ID")).toBeVisible();

    // Back where they came from, with the keyboard.
    const back = main.getByRole("link", { name: "Back to where you were" });
    await tabTo(page, back);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${waymark.url}/`);

    // Sent by the pages themselves, each says what it needed.
    for (const [wanted, purpose] of [
      ["/roadmaps/new", "write your own roadmap"],
      ["/roadmaps/mine", "see your own roadmaps"],
      ["/settings/profile", "share your profile, badges and calendar"],
      ["/settings/tokens", "create API tokens"],
      ["/settings/data", "download or delete your data"],
    ] as const) {
      await page.goto(wanted);
      await expect(page, wanted).toHaveURL(/\/signin\?/);
      expect(new URL(page.url()).searchParams.get("callbackUrl"), wanted).toBe(wanted);
      await expect(main).toContainText(`You wanted to ${purpose}, which needs an account.`);
      // Nowhere to go back to but home: the page they asked for would send them here again.
      await expect(main.getByRole("link", { name: "Back to the roadmaps" })).toHaveAttribute("href", "/");
    }
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`its sign-in page has no serious axe violations, ${scheme}, at 1280 and 360 px (screenshots)`, async ({
      browser,
    }, testInfo) => {
      for (const [device, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
        const context = await browser.newContext({ baseURL: waymark.url, viewport, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto("/signin?callbackUrl=%2Froadmaps%2Fnew");
        await page.waitForLoadState("networkidle");
        await page.getByText("Running this site?").click();
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
        await shoot(page, testInfo, `signin-disabled-${scheme}-${device}.png`);
        expect(await seriousViolations(page), device).toEqual([]);
        await context.close();
      }
    });
  }
});

// ------------------------------------------------------------------ 19.8 and 19.10 tokens

test("the token form offers every scope, explained; keyboard-made, focus lands on the secret, which a roadmap token can use", async ({
  page,
  context,
  login,
  request,
}) => {
  await login();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize(PHONE);
  await page.goto("/settings/tokens");
  const form = page.getByTestId("create-token-form");
  const scopes = form.getByRole("group", { name: "Scopes" }).getByRole("checkbox");
  await expect(scopes).toHaveCount(4);
  for (const [name, explanation] of [
    ["Read progress", /^Read your statuses, notes, goals, history and activity/],
    ["Write progress", /^Change your statuses, notes and goals/],
    ["Write roadmaps", /^Create, edit, fork, publish and delete your own roadmaps/],
    ["Cohorts", /^See the cohorts you are in/],
  ] as const) {
    await expect(form.getByRole("checkbox", { name, exact: true })).toHaveAccessibleDescription(explanation);
  }

  // Keyboard only: name, leave Read progress ticked, tick Write roadmaps, create.
  await form.getByLabel("Name").focus();
  await page.keyboard.type("roadmap bot");
  await page.keyboard.press("Tab");
  await expect(form.getByRole("checkbox", { name: "Read progress" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(form.getByRole("checkbox", { name: "Write roadmaps" })).toBeFocused();
  await page.keyboard.press("Space");
  // Past Cohorts, left unticked.
  await page.keyboard.press("Tab");
  await expect(form.getByRole("checkbox", { name: "Cohorts" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Create token" })).toBeFocused();
  await page.keyboard.press("Enter");
  const created = page.getByRole("region", { name: /Token “roadmap bot” created/ });
  await expect(created).toBeFocused();
  const token = (await created.getByTestId("new-token").textContent())!;
  await expect(page.getByTestId("token-row").filter({ hasText: "roadmap bot" })).toContainText(
    "Read progress, Write roadmaps",
  );

  // Copy, from the keyboard: the next stop after the secret's region.
  await page.keyboard.press("Tab");
  await expect(created.getByRole("button", { name: "Copy the token" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(created.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  // The token writes roadmaps: no more "lacks the WRITE_ROADMAPS scope".
  const answer = await request.post("/api/graphql", {
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    data: {
      query: `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id title } } }`,
      variables: { input: { markdown: SAMPLE_ROADMAP } },
    },
  });
  const body = (await answer.json()) as { data?: { saveRoadmap: { roadmap: { title: string } } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data!.saveRoadmap.roadmap.title).toBe("Sample plan");
});

test("where the browser refuses the clipboard, Copy selects the token to copy by hand", async ({
  page,
  context,
  login,
}) => {
  await login();
  await refuseClipboard(context);
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill("no clipboard");
  await page.getByRole("button", { name: "Create token" }).click();
  const created = page.getByTestId("created-token");
  const token = (await created.getByTestId("new-token").textContent())!;
  await created.getByRole("button", { name: "Copy the token" }).press("Enter");
  await expect(created.getByRole("status")).toContainText("the text is selected, press Ctrl+C");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(token);
});

// ------------------------------------------------------------------ 19.11 and 19.10 the calendar link

test("the calendar link: focus goes to the new links, Copy works from the keyboard (or selects), revoking returns focus", async ({
  page,
  context,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  await seedHistory(db, user.id, await backendId(db), [{ itemId: backendItems[0]!.id, daysAgo: 1 }]);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize(PHONE);
  await page.goto("/settings/profile");
  const calendar = page.getByTestId("calendar-subscription");
  const create = calendar.getByRole("button", { name: "Create a link" });
  await tabTo(page, create);
  await page.keyboard.press("Enter");
  const links = calendar.getByRole("region", { name: "Your new calendar links" });
  await expect(links).toBeFocused();
  const url = (await links.getByTestId("calendar-url").first().textContent())!;
  expect(url).toMatch(/\/api\/calendar\/feeds\/wmc_[\w-]{43}\/backend\.ics\?/);

  const copy = links.getByRole("button", { name: "Copy the link for Backend Development Roadmap" });
  await tabTo(page, copy, 10);
  await page.keyboard.press("Enter");
  await expect(links.getByRole("status").first()).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Another study slot is another address: copied again, not "Copied" already.
  await links.getByLabel("Day").selectOption("TH");
  await expect(links.getByRole("status").first()).toHaveText("");
  await expect(links.getByTestId("calendar-url").first()).toContainText("day=TH");

  const revoke = calendar.getByRole("button", { name: "Revoke the link" });
  await revoke.focus();
  await page.keyboard.press("Enter");
  await expect(calendar.getByTestId("calendar-state")).toHaveText("You have no link.");
  await expect(calendar.getByRole("button", { name: "Create a link" })).toBeFocused();
});

test("where the browser refuses the clipboard, the calendar link's Copy selects it", async ({
  page,
  context,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  await seedHistory(db, user.id, await backendId(db), [{ itemId: backendItems[0]!.id, daysAgo: 1 }]);
  await refuseClipboard(context);
  await page.goto("/settings/profile");
  await page.getByRole("button", { name: "Create a link" }).click();
  const links = page.getByTestId("calendar-links");
  const url = (await links.getByTestId("calendar-url").first().textContent())!;
  await links.getByRole("button", { name: "Copy the link for Backend Development Roadmap" }).press("Enter");
  await expect(links.getByRole("status").first()).toContainText("the text is selected, press Ctrl+C");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(url);
});

// ------------------------------------------------------------------ 19.10 focus on the roadmap page

test("after Reset progress is confirmed, the focus stays on Reset progress", async ({
  page,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  await seedHistory(db, user.id, await backendId(db), [
    { itemId: backendItems[0]!.id, daysAgo: 1 },
    { itemId: backendItems[1]!.id, daysAgo: 0 },
  ]);
  await page.goto("/roadmaps/backend");
  const opener = page.getByRole("button", { name: "Reset progress" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /^Reset .+\?$/ });
  await dialog.getByRole("button", { name: "Reset progress" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(statusRadio(page, backendItems[0]!.id, "Not started")).toBeChecked();
  await expect.poll(() => db.progress.count({ where: { userId: user.id, status: { not: "NOT_STARTED" } } })).toBe(0);
  await expect(page.getByRole("button", { name: "Reset progress" })).toBeFocused();
});

test("Esc in the note editor gives the focus back to what opened it", async ({ page, login, backendItems }) => {
  await login();
  const [first, second] = [backendItems[0]!, backendItems[1]!];
  await page.goto("/roadmaps/backend");

  // Opened with its button: back on the button.
  const addNote = itemRow(page, first.id).getByRole("button", { name: `Add note for ${first.title}` });
  await addNote.focus();
  await page.keyboard.press("Enter");
  const editor = itemRow(page, first.id).getByRole("textbox", { name: /Note for/ });
  await expect(editor).toBeFocused();
  await page.keyboard.type("never mind");
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(itemRow(page, first.id).getByRole("button", { name: `Add note for ${first.title}` })).toBeFocused();

  // Opened with "n" on the item: back on the item.
  const status = statusRadio(page, second.id, "Not started");
  await status.focus();
  await page.keyboard.press("n");
  await expect(itemRow(page, second.id).getByRole("textbox", { name: /Note for/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(status).toBeFocused();
});
