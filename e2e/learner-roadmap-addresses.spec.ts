import { randomBytes } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { expect, statusRadio, test } from "./fixtures";
import { createSession, createUser } from "./support/factories";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";

/*
 * The addresses that hang off a learner's roadmap and a learner's login, in
 * Chromium: the study reminder of a learner's roadmap (download and
 * subscription), its link-preview card, and logins written in any case
 * (/u/<login>, its card, its badges, a roadmap's page).
 */

test.use({ timezoneId: "UTC" });

const PLAN = `# Learning Go the calendar way

A plan of my own.

## Basics

- [ ] Install Go <!-- key: install -->
- [ ] Tour of Go <!-- key: tour -->
- [ ] Effective Go <!-- key: effective -->
`;

function roadmapMarkdown(title: string): string {
  return `# ${title}\n\nWhat it is about.\n\n## One\n\n- [ ] First step\n- [ ] Second step\n\n## Two\n\n- [ ] Third step\n`;
}

/** A browser context of its own: signed out, or signed in with a session token. */
async function contextOf(browser: Browser, baseURL: string, sessionToken?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, timezoneId: "UTC" });
  if (sessionToken) await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL }]);
  return context;
}

/** A PNG's bytes, checked to be a 1200 x 630 card. */
async function card(request: APIRequestContext, path: string): Promise<Buffer> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe("image/png");
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${path} is 1200 x 630`).toEqual([1200, 630]);
  return png;
}

test("calendar: a learner's own private roadmap has a reminder to download and to subscribe to, for its owner only", async ({
  page,
  login,
  db,
  browser,
  baseURL,
  request,
}) => {
  const user = await login();
  const roadmap = await createOwnRoadmap(page.request, { markdown: PLAN });
  expect(roadmap.path).toMatch(new RegExp(`^/roadmaps/${user.login}/learning-go-the-calendar-way$`));
  const name = roadmap.path.split("/").at(-1)!;
  const tour = await db.item.findFirstOrThrow({ where: { roadmapId: roadmap.id, key: "tour" }, select: { id: true } });

  await page.goto(roadmap.path);
  await statusRadio(page, tour.id, "In progress").click();
  await expect.poll(() => db.progress.count({ where: { userId: user.id, itemId: tour.id } })).toBe(1);

  const plan = page.getByTestId("roadmap-plan");
  await plan.getByText("Weekly study reminder (calendar)").click();
  await plan.getByLabel("Day").selectOption("TH");
  const link = plan.getByTestId("calendar-download");
  const href = (await link.getAttribute("href"))!;
  expect(href).toBe(`/api/calendar/${user.login}/${name}.ics?day=TH&time=18%3A00&minutes=60`);
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toBe(`waymark-${user.login}-${name}.ics`);
  const ics = (await (await page.request.get(href)).text()).replace(/\r\n /g, "");
  expect(ics).toContain("SUMMARY:Study: Learning Go the calendar way");
  expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=TH");
  // The item in progress first, then the others in reading order.
  expect(ics).toContain("Next up:\\n- Tour of Go (Basics)\\n- Install Go (Basics)\\n- Effective Go (Basics)");

  // Nobody else gets it: another learner is told "not found", as for a roadmap that does not exist.
  const other = await createUser(db);
  const otherContext = await contextOf(browser, baseURL!, await createSession(db, other.id));
  try {
    const theirs = await otherContext.request.get(href);
    const missing = await otherContext.request.get(`/api/calendar/${user.login}/no-such-roadmap.ics`);
    expect([theirs.status(), await theirs.text()]).toEqual([404, await missing.text()]);
    expect(missing.status()).toBe(404);
  } finally {
    await otherContext.close();
  }
  expect((await request.get(href)).status()).toBe(401);

  // The private subscription link lists it too, and serves it.
  await page.goto("/settings/profile");
  const calendar = page.getByTestId("calendar-subscription");
  await calendar.getByRole("button", { name: "Create a link" }).click();
  const entry = calendar.getByRole("listitem").filter({ hasText: "Learning Go the calendar way" });
  const url = (await entry.getByTestId("calendar-url").textContent())!;
  expect(url).toMatch(
    new RegExp(`/api/calendar/feeds/wmc_[\\w-]{43}/${user.login}/${name}\\.ics\\?day=MO&time=18%3A00&minutes=60$`),
  );
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("SUMMARY:Study: Learning Go the calendar way");
});

test("link preview: a learner's roadmap points at a card of its own, drawn only where anyone may open it", async ({
  page,
  login,
  request,
}) => {
  test.setTimeout(120_000);
  const user = await login();
  const go = await createOwnRoadmap(page.request, {
    markdown: roadmapMarkdown("Learning Go"),
    visibility: "PUBLIC",
  });
  const rust = await createOwnRoadmap(page.request, {
    markdown: roadmapMarkdown("Learning Rust"),
    visibility: "UNLISTED",
  });
  const hidden = await createOwnRoadmap(page.request, { markdown: roadmapMarkdown("My hidden plan") });
  // A title at the importer's limit (300 characters) still makes a card.
  const longTitle = `${"A very long roadmap title ".repeat(12)}end`.slice(0, 300);
  const long = await createOwnRoadmap(page.request, {
    markdown: roadmapMarkdown(longTitle),
    visibility: "PUBLIC",
  });

  const plain = await card(request, `/roadmaps/${user.login}/no-such-roadmap/opengraph-image`);
  const cards = new Map<string, Buffer>();
  for (const roadmap of [go, rust, hidden, long]) {
    await page.goto(roadmap.path);
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(new URL(ogImage!).pathname, roadmap.path).toBe(`${roadmap.path}/opengraph-image`);
    // Fetched as a chat app's robot would: signed out.
    cards.set(roadmap.path, await card(request, new URL(ogImage!).pathname));
  }
  // Public and unlisted roadmaps: each its own card, none the plain one (the parent segment's card was).
  expect(cards.get(go.path)!.equals(plain)).toBe(false);
  expect(cards.get(rust.path)!.equals(plain)).toBe(false);
  expect(cards.get(long.path)!.equals(plain)).toBe(false);
  expect(cards.get(go.path)!.equals(cards.get(rust.path)!)).toBe(false);
  expect(cards.get(go.path)!.equals(await card(request, `/roadmaps/${user.login}/opengraph-image`))).toBe(false);
  // A private roadmap's card is the plain one, byte for byte, for its owner too.
  expect(cards.get(hidden.path)!.equals(plain)).toBe(true);
  expect((await card(page.request, `${hidden.path}/opengraph-image`)).equals(plain)).toBe(true);
  await test.info().attach("long-title-card", { body: cards.get(long.path)!, contentType: "image/png" });
});

test("logins in any case: /u/<login> redirects to GitHub's spelling; its card, badge and roadmap pages follow", async ({
  browser,
  baseURL,
  db,
  request,
}) => {
  const suffix = randomBytes(3).toString("hex");
  const owner = await createUser(db, { login: `Case-Learner-${suffix}` });
  const login = owner.login!;
  const ownerContext = await contextOf(browser, baseURL!, await createSession(db, owner.id));
  const stranger = await contextOf(browser, baseURL!);
  try {
    const backend = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
    // A profile shows roadmaps the learner follows: one status on it.
    const item = await db.item.findFirstOrThrow({ where: { roadmapId: backend.id }, select: { id: true } });
    const ticked = await ownerContext.request.post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: {
        query: `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { status } }`,
        variables: { id: item.id },
      },
    });
    expect(await ticked.json()).toEqual({ data: { setItemStatus: { status: "DONE" } } });
    const shared = await ownerContext.request.post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: {
        query: `mutation($ids: [ID!]) { setProfileVisibility(input: { public: true, roadmapIds: $ids, timeZone: "UTC" }) { profilePublic } }`,
        variables: { ids: [backend.id] },
      },
    });
    expect(await shared.json()).toEqual({ data: { setProfileVisibility: { profilePublic: true } } });

    for (const written of [login.toLowerCase(), login.toUpperCase()]) {
      const answer = await request.get(`/u/${written}`, { maxRedirects: 0 });
      expect(answer.status(), written).toBe(308);
      expect(answer.headers().location, written).toBe(`/u/${login}`);
    }
    const page = await stranger.newPage();
    await page.goto(`/u/${login.toLowerCase()}`);
    expect(new URL(page.url()).pathname).toBe(`/u/${login}`);
    await expect(page.getByTestId("public-profile")).toContainText(`@${login}`);

    const profileCard = await card(request, `/u/${login}/opengraph-image`);
    expect((await card(request, `/u/${login.toLowerCase()}/opengraph-image`)).equals(profileCard)).toBe(true);
    expect((await card(request, `/u/nobody-${suffix}/opengraph-image`)).equals(profileCard)).toBe(false);
    const badge = await (await request.get(`/api/badges/${login}/backend.svg`)).text();
    expect(badge).toContain("Backend Development Roadmap");
    expect(await (await request.get(`/api/badges/${login.toLowerCase()}/backend.svg`)).text()).toBe(badge);

    // A learner's roadmap page: its address has the login in lowercase; any other case redirects there.
    const roadmap = await createOwnRoadmap(ownerContext.request, { markdown: roadmapMarkdown("Cased plan") });
    const name = roadmap.path.split("/").at(-1)!;
    expect(roadmap.path).toBe(`/roadmaps/${login.toLowerCase()}/${name}`);
    const mixed = `/roadmaps/${login}/${name}`;
    const asOwner = await ownerContext.request.get(mixed, { maxRedirects: 0 });
    expect([asOwner.status(), asOwner.headers().location]).toEqual([308, roadmap.path]);
    // Private: to anyone else not found in every case, never a redirect that would tell it exists.
    expect((await stranger.request.get(mixed, { maxRedirects: 0 })).status()).toBe(404);
    expect((await stranger.request.get(roadmap.path, { maxRedirects: 0 })).status()).toBe(404);

    // A profile that is not public: not found in any case to others; its owner is sent to theirs.
    await ownerContext.request.post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: { query: `mutation { setProfileVisibility(input: { public: false }) { profilePublic } }` },
    });
    expect((await request.get(`/u/${login.toLowerCase()}`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await request.get(`/u/${login}`, { maxRedirects: 0 })).status()).toBe(404);
    const own = await ownerContext.newPage();
    await own.goto(`/u/${login.toUpperCase()}`);
    expect(new URL(own.url()).pathname).toBe(`/u/${login}`);
    await expect(own.getByRole("heading", { name: "Your profile is private" })).toBeVisible();
  } finally {
    await ownerContext.close();
    await stranger.close();
  }
});
