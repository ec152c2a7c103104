import type { Browser, Page } from "@playwright/test";
import type { Db } from "../server/db/client";
import { expect, statusRadio, test } from "./fixtures";
import { createSession, createUser } from "./support/factories";
import { daysAgo, seedHistory, steadyPace } from "./support/plan-history";

test.use({ timezoneId: "UTC" });

/** YYYY-MM-DD, `days` from today (UTC). */
function dayFromToday(days: number): string {
  return daysAgo(-days).toISOString().slice(0, 10);
}

async function backendRoadmapId(db: Db) {
  return (await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } })).id;
}

/** Ticks an item on the roadmap page and waits until the server has it. */
async function tick(page: Page, db: Db, userId: string, itemId: string, label: "Done" | "In progress") {
  await statusRadio(page, itemId, label).click();
  const status = label === "Done" ? "DONE" : "IN_PROGRESS";
  await expect.poll(() => db.progress.count({ where: { userId, itemId, status } })).toBe(1);
}

/** A fresh browser context: signed out, or as a learner of its own. */
async function visitor(browser: Browser, baseURL: string, sessionToken?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, timezoneId: "UTC" });
  if (sessionToken) {
    await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL }]);
  }
  return context.newPage();
}

test("a target date and a weekly goal: set on the roadmap page, seen on the dashboard, cleared again", async ({
  page,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  const roadmapId = await backendRoadmapId(db);
  // 14 items over six weeks: about two a week lately.
  await seedHistory(db, user.id, roadmapId, steadyPace(backendItems.slice(0, 14).map((item) => item.id)));

  await page.goto("/roadmaps/backend");
  const plan = page.getByTestId("roadmap-plan");
  await expect(plan.getByTestId("forecast")).toHaveAttribute("data-forecast", "FORECAST");
  await expect(plan.getByTestId("forecast")).toContainText("At this pace you finish around");
  await expect(plan.getByTestId("target-status")).toHaveCount(0);

  await plan.getByText("Target date and weekly goal").click();
  const target = dayFromToday(300);
  await plan.getByLabel("Target date").fill(target);
  await plan.getByLabel("Weekly goal (items)").fill("3");
  await plan.getByRole("button", { name: "Save goals" }).click();
  await expect(plan.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // 30 items left over 301 days: well under the current pace, so ahead.
  await expect(plan.getByTestId("target-status")).toHaveAttribute("data-status", "AHEAD");
  await expect(plan.getByTestId("target-status")).toContainText("you are ahead");
  await expect(plan.getByTestId("this-week")).toContainText("of 3");
  const stored = await db.roadmapGoal.findUniqueOrThrow({
    where: { userId_roadmapId: { userId: user.id, roadmapId } },
  });
  expect(stored.weeklyGoal).toBe(3);
  expect(stored.targetDate!.toISOString().slice(0, 10)).toBe(target);

  await page.goto("/dashboard");
  const card = page.getByTestId("dashboard-roadmap-backend");
  await expect(card.getByTestId("pace-recent")).toContainText("items a week");
  await expect(card.getByTestId("forecast")).toContainText("At this pace you finish around");
  await expect(card.getByTestId("target-status")).toHaveAttribute("data-status", "AHEAD");
  await expect(card.getByRole("progressbar", { name: /this week's goal/ })).toHaveAttribute("aria-valuemax", "3");
  await expect(card.getByTestId("burn-up-projection").first()).toBeAttached();
  await expect(card.getByTestId("burn-up-target").first()).toBeAttached();

  // A target too close: behind.
  await page.goto("/roadmaps/backend");
  await plan.getByText("Target date and weekly goal").click();
  await plan.getByLabel("Target date").fill(dayFromToday(14));
  await plan.getByRole("button", { name: "Save goals" }).click();
  await expect(plan.getByTestId("target-status")).toHaveAttribute("data-status", "BEHIND");

  // Both cleared.
  await plan.getByLabel("Target date").fill("");
  await plan.getByLabel("Weekly goal (items)").fill("");
  await plan.getByRole("button", { name: "Save goals" }).click();
  await expect(plan.getByRole("status").filter({ hasText: "Cleared." })).toBeVisible();
  await expect(plan.getByTestId("target-status")).toHaveCount(0);
  await expect(plan.getByTestId("this-week")).toContainText("no weekly goal");
  expect(await db.roadmapGoal.count({ where: { userId: user.id } })).toBe(0);
});

test("a new learner is told there is not enough history yet, and ticking counts for this week", async ({
  page,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  await page.goto("/roadmaps/backend");
  await tick(page, db, user.id, backendItems[0]!.id, "Done");
  await page.goto("/dashboard");
  const card = page.getByTestId("dashboard-roadmap-backend");
  await expect(card.getByTestId("forecast")).toHaveAttribute("data-forecast", "NOT_ENOUGH_HISTORY");
  await expect(card.getByTestId("forecast")).toContainText("Not enough history yet");
  await expect(card.getByTestId("this-week")).toContainText("1 done");
  await expect(card.getByTestId("burn-up-projection")).toHaveCount(0);
});

test("dates on demand: items and sections show when they were started and finished", async ({
  page,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  const roadmapId = await backendRoadmapId(db);
  await seedHistory(db, user.id, roadmapId, [
    { itemId: backendItems[0]!.id, daysAgo: 3, startedDaysBefore: 2 },
    { itemId: backendItems[1]!.id, daysAgo: 1 },
  ]);
  await page.goto("/roadmaps/backend");
  await expect(page.getByTestId("item-dates")).toHaveCount(0);
  await page.getByLabel("Show dates").check();
  const first = page.locator(`li[data-item-id="${backendItems[0]!.id}"]`).getByTestId("item-dates").first();
  const fmt = (days: number) =>
    daysAgo(days).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  await expect(first).toHaveText(`Started ${fmt(5)} · Finished ${fmt(3)}`);
  const section = page.locator("[data-section-key]").first().getByTestId("section-dates");
  // The first section's two items are both done: completed with the later one.
  await expect(section).toHaveText(`Started ${fmt(5)} · completed ${fmt(1)}`);
  // A change shows up without reloading.
  await statusRadio(page, backendItems[2]!.id, "In progress").click();
  await expect(page.locator(`li[data-item-id="${backendItems[2]!.id}"]`).getByTestId("item-dates").first()).toHaveText(
    `Started ${fmt(0)}`,
  );
  await page.getByLabel("Show dates").uncheck();
  await expect(page.getByTestId("item-dates")).toHaveCount(0);
});

test("a profile is private until made public, the same for everyone then, and private again", async ({
  browser,
  baseURL,
  page,
  login,
  db,
  backendItems,
  browserErrors,
}) => {
  const owner = await login();
  browserErrors.allowFailedLoad(`/u/${owner.login}`, 404, "a private profile is not found by others");
  const roadmapId = await backendRoadmapId(db);
  await seedHistory(db, owner.id, roadmapId, steadyPace(backendItems.slice(0, 5).map((item) => item.id)));
  const secretNote = `private-note-${owner.login}`;
  await db.note.create({
    data: { userId: owner.id, itemId: backendItems[0]!.id, body: secretNote, html: `<p>${secretNote}</p>` },
  });
  const other = await createUser(db);
  const signedOut = await visitor(browser, baseURL!);
  const otherLearner = await visitor(browser, baseURL!, await createSession(db, other.id));

  for (const stranger of [signedOut, otherLearner]) {
    await stranger.goto(`/u/${owner.login}`);
    await expect(stranger.getByTestId("not-found")).toBeVisible();
  }
  await page.goto(`/u/${owner.login}`);
  await expect(page.getByRole("heading", { name: "Your profile is private" })).toBeVisible();

  await page.goto("/settings/profile");
  const form = page.getByTestId("profile-form");
  await form.getByLabel("Make my profile public").check();
  // The roadmap the learner works on is offered, already ticked.
  await expect(form.getByLabel("Backend Development Roadmap")).toBeChecked();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved: your profile is public.");

  const seen: string[] = [];
  for (const viewer of [signedOut, otherLearner]) {
    await viewer.goto(`/u/${owner.login}`);
    const profile = viewer.getByTestId("public-profile");
    await expect(profile).toBeVisible();
    await expect(profile.getByRole("progressbar", { name: "Backend Development Roadmap completion" })).toHaveAttribute(
      "aria-valuenow",
      "11.4",
    );
    await expect(profile.getByTestId("activity-heatmap")).toBeVisible();
    await expect(profile.getByTestId("longest-streak")).toBeVisible();
    expect(await viewer.content()).not.toContain(secretNote);
    seen.push(await profile.innerText());
  }
  expect(seen[1]).toBe(seen[0]);
  // Nothing else of the learner's: no item statuses, no notes, no other page.
  await signedOut.goto("/dashboard");
  await expect(signedOut.getByTestId("dashboard-roadmap-backend")).toHaveCount(0);

  await page.goto("/settings/profile");
  await form.getByLabel("Make my profile public").uncheck();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved: your profile is private.");
  for (const stranger of [signedOut, otherLearner]) {
    await stranger.goto(`/u/${owner.login}`);
    await expect(stranger.getByTestId("not-found")).toBeVisible();
  }
  await signedOut.context().close();
  await otherLearner.context().close();
});

test("badges: light and dark with ETag and short caching, a neutral not-found badge otherwise", async ({
  request,
  login,
  db,
  backendItems,
}) => {
  const owner = await login();
  const roadmapId = await backendRoadmapId(db);
  await seedHistory(db, owner.id, roadmapId, steadyPace(backendItems.slice(0, 11).map((item) => item.id)));
  const path = `/api/badges/${owner.login}/backend.svg`;

  const privateBadge = await request.get(path);
  const unknownLearner = await request.get(`/api/badges/nobody-${owner.login}/backend.svg`);
  expect(privateBadge.status()).toBe(200);
  expect(await privateBadge.text()).toContain(">not found</text>");
  // Private and unknown are indistinguishable.
  expect(await unknownLearner.text()).toBe(await privateBadge.text());

  await db.user.update({
    where: { id: owner.id },
    data: { profilePublic: true, profileRoadmaps: { create: { roadmapId, position: 0 } } },
  });
  const light = await request.get(path);
  const dark = await request.get(`${path}?theme=dark`);
  for (const badge of [light, dark]) {
    expect(badge.status()).toBe(200);
    expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(badge.headers()["cache-control"]).toMatch(/^public, max-age=300\b/);
    expect(badge.headers()["etag"]).toMatch(/^"[\w-]+"$/);
    // 11 of 44 finished.
    expect(await badge.text()).toContain(">25%</text>");
    expect(await badge.text()).toContain(">Backend Development Roadmap</text>");
  }
  expect(await dark.text()).not.toBe(await light.text());
  expect(dark.headers()["etag"]).not.toBe(light.headers()["etag"]);
  const again = await request.get(path, { headers: { "if-none-match": light.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  // A roadmap the profile does not list, and a made-up one: not found.
  await db.profileRoadmap.deleteMany({ where: { userId: owner.id } });
  expect(await (await request.get(path)).text()).toBe(await privateBadge.text());
  expect(await (await request.get(`/api/badges/${owner.login}/no-such-roadmap.svg`)).text()).toBe(
    await privateBadge.text(),
  );
});

test("copy markdown puts the badge, linked to the profile, on the clipboard", async ({
  page,
  context,
  login,
  baseURL,
}) => {
  const owner = await login();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/roadmaps/backend");
  const plan = page.getByTestId("roadmap-plan");
  await plan.getByText("README badge").click();
  await expect(plan.getByText("The badge says “not found” until your profile is public")).toBeVisible();
  await plan.getByRole("button", { name: "Copy markdown", exact: true }).click();
  await expect(plan.getByRole("status").filter({ hasText: "Markdown copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `[![Backend Development Roadmap progress on Waymark](${baseURL}/api/badges/${owner.login}/backend.svg)](${baseURL}/u/${owner.login})`,
  );
  await plan.getByRole("button", { name: "Copy HTML (follows the reader's theme)" }).click();
  const html = await page.evaluate(() => navigator.clipboard.readText());
  expect(html).toContain(
    `<source media="(prefers-color-scheme: dark)" srcset="${baseURL}/api/badges/${owner.login}/backend.svg?theme=dark">`,
  );
});

test("calendar: an .ics download, and a subscription link that stops working once revoked", async ({
  page,
  login,
  db,
  backendItems,
  request,
}) => {
  const user = await login();
  await page.goto("/roadmaps/backend");
  await tick(page, db, user.id, backendItems[0]!.id, "Done");
  await tick(page, db, user.id, backendItems[1]!.id, "In progress");

  const plan = page.getByTestId("roadmap-plan");
  await plan.getByText("Weekly study reminder (calendar)").click();
  await plan.getByLabel("Day").selectOption("TH");
  const download = page.waitForEvent("download");
  await plan.getByTestId("calendar-download").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("waymark-backend.ics");
  const ics = (
    await (await page.request.get((await plan.getByTestId("calendar-download").getAttribute("href"))!)).text()
  ).replace(/\r\n /g, "");
  expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=TH");
  expect(ics).toContain("DTSTART:");
  expect(ics).toContain("T180000");
  // The item in progress comes first among the next ones; the done one is not listed.
  expect(ics).toContain(`Next up:\\n- ${backendItems[1]!.title.replace(/[,;]/g, (char) => `\\${char}`)}`);
  expect(ics).not.toContain(backendItems[0]!.title.replace(/[,;]/g, (char) => `\\${char}`));
  // Signed out, there is nothing to download.
  expect((await request.get("/api/calendar/backend.ics")).status()).toBe(401);

  await page.goto("/settings/profile");
  const calendar = page.getByTestId("calendar-subscription");
  await calendar.getByRole("button", { name: "Create a link" }).click();
  const url = (await calendar.getByTestId("calendar-url").first().textContent())!;
  expect(url).toMatch(/\/api\/calendar\/feeds\/wmc_[\w-]{43}\/backend\.ics\?day=MO&time=18%3A00&minutes=60$/);
  // Calendar apps send no cookie: the secret alone serves the feed.
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT12H");
  await expect(calendar.getByTestId("calendar-state")).toContainText("You have a link");

  await calendar.getByRole("button", { name: "Revoke the link" }).click();
  await expect(calendar.getByTestId("calendar-state")).toHaveText("You have no link.");
  expect((await request.get(url)).status()).toBe(404);
});
