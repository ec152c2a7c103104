import type { Db } from "../server/db/client";
import { cardToJson } from "../shared/review/review-card";
import { enterReview } from "../shared/review/scheduler";
import { expect, statusRadio, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { cohortPerson, graphql, type CohortPerson } from "./support/cohort-people";
import { uniqueLogin } from "./support/factories";
import { signInThroughGithub } from "./support/github-sign-in";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";

/*
 * Issue 23's pages: a whole review session (rate with keys and buttons, show
 * my notes, undo, the daily limit reached, nothing due), the dashboard's
 * review card and entry, and screenshots light, dark and at 360 px.
 */

const PHONE = { width: 360, height: 780 } as const;

const SET_STATUS = `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`;
const SET_NOTE = `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { id } }`;
const SETTINGS = `mutation($input: SetReviewSettingsInput!) { setReviewSettings(input: $input) { dailyLimit } }`;

/** A learner who finished `items` a month ago: all of them due now. */
async function learnerWithDueReviews(person: CohortPerson, db: Db, items: { id: string }[], dailyLimit: number) {
  for (const item of items) await graphql(person.context.request, SET_STATUS, { id: item.id });
  await graphql(person.context.request, SET_NOTE, { id: items[0]!.id, note: "**Remember:** the *why*, not the how." });
  await graphql(person.context.request, SETTINGS, { input: { dailyLimit } });
  await db.$executeRaw`UPDATE "ReviewCard" SET "due" = "due" - interval '30 days',
    "lastReview" = "lastReview" - interval '30 days', "enteredAt" = "enteredAt" - interval '30 days'
    WHERE "userId" = ${person.user.id}`;
}

test("a whole review session: show my notes, rate by key and by button, undo, the daily limit, nothing due", async ({
  browser,
  baseURL,
  db,
  backendItems,
}) => {
  test.setTimeout(120_000);
  const learner = await cohortPerson(browser, baseURL!, db, { timezoneId: "UTC" });
  const items = backendItems.slice(0, 3);
  await learnerWithDueReviews(learner, db, items, 2);
  const { page } = learner;

  await page.goto("/dashboard");
  const entry = page.getByTestId("review-entry");
  await expect(entry).toHaveText("Review (2 due)");
  await expect(page.getByTestId("review-due-today")).toHaveText("3");
  await entry.click();
  await expect(page).toHaveURL(/\/review$/);

  const card = page.getByTestId("review-card");
  const heading = card.getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  const firstTitle = (await heading.textContent())!;
  expect(items.map((item) => item.title)).toContain(firstTitle);
  await expect(page.getByTestId("rate-good")).toHaveText(/^Good · in \d+ (day|days|months)$/);
  expect(await seriousViolations(page)).toEqual([]);

  // Space shows my notes (the learner's own, on the item that has one).
  await page.keyboard.press("Space");
  await expect(page.getByTestId("review-note")).toBeVisible();

  // 3 rates Good; undo brings the item back.
  await page.keyboard.press("3");
  await expect(heading).not.toHaveText(firstTitle);
  const secondTitle = (await heading.textContent())!;
  await page.getByTestId("review-undo").click();
  await expect(heading).toHaveText(firstTitle);
  await expect.poll(() => db.reviewEvent.count({ where: { userId: learner.user.id } })).toBe(0);

  // Easy by key, Hard by button: the limit of two is reached with one item still due.
  await page.keyboard.press("4");
  await expect(heading).toHaveText(secondTitle);
  await page.getByTestId("rate-hard").click();
  await expect(page.getByTestId("review-limit-reached")).toBeVisible();
  expect(await db.reviewEvent.count({ where: { userId: learner.user.id } })).toBe(2);

  // A higher limit: the last item, then nothing due.
  await graphql(learner.context.request, SETTINGS, { input: { dailyLimit: 20 } });
  await page.reload();
  await expect(heading).toBeVisible();
  await page.getByTestId("rate-again").click();
  await expect(page.getByTestId("review-nothing-due")).toBeVisible();
  expect(
    (await db.reviewEvent.findMany({ where: { userId: learner.user.id }, orderBy: { reviewedAt: "asc" } })).map(
      (event) => event.rating,
    ),
  ).toEqual(["EASY", "HARD", "AGAIN"]);
  await learner.context.close();
});

for (const [variant, options] of [
  ["light", { colorScheme: "light" as const }],
  ["dark", { colorScheme: "dark" as const }],
  ["360", { colorScheme: "light" as const, viewport: PHONE }],
  ["360-dark", { colorScheme: "dark" as const, viewport: PHONE }],
] as const) {
  test(`screenshots of a review session and the dashboard's review card, ${variant}`, async ({
    browser,
    baseURL,
    db,
    backendItems,
  }, testInfo) => {
    const learner = await cohortPerson(browser, baseURL!, db, { ...options, timezoneId: "UTC" });
    await learnerWithDueReviews(learner, db, backendItems.slice(3, 8), 20);
    const { page } = learner;
    await page.goto("/review");
    // Focused once hydrated: the keys work from then on.
    await expect(page.getByTestId("review-card").getByRole("heading", { level: 2 })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("review-note")).toBeVisible();
    await shoot(page, testInfo, `review-session-${variant}.png`);
    await expectNoSidewaysScroll(page, "/review");
    if (variant === "dark") expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/dashboard");
    const summary = page.getByTestId("review-summary");
    await expect(summary).toBeVisible();
    await shoot(summary, testInfo, `review-dashboard-${variant}.png`);
    await expectNoSidewaysScroll(page, "/dashboard");
    await page.goto("/settings/review");
    await expect(page.getByTestId("review-roadmap-switch").first()).toBeChecked();
    await expectNoSidewaysScroll(page, "/settings/review");
    if (variant === "light") expect(await seriousViolations(page)).toEqual([]);
    await learner.context.close();
  });
}

test("a guest reviews in the browser with the same scheduler: rate, undo, nothing due", async ({
  browser,
  baseURL,
  backendItems,
}) => {
  const context = await browser.newContext({ baseURL, timezoneId: "UTC" });
  const page = await context.newPage();
  const item = backendItems[10]!;
  const roadmapId = await page.request
    .post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: { query: `{ roadmap(slug: "backend") { id } }` },
    })
    .then(async (response) => ((await response.json()) as { data: { roadmap: { id: string } } }).data.roadmap.id);
  // Finished a month ago, as a guest: due now.
  const card = cardToJson(enterReview(new Date(Date.now() - 30 * 24 * 60 * 60 * 1000), 0.9));
  await page.goto("/");
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    ["waymark:guest-review:v1", JSON.stringify({ [item.id]: { roadmapId, card, ratings: [] } })],
  );
  await page.goto("/review");
  const heading = page.getByTestId("review-card").getByRole("heading", { level: 2 });
  await expect(heading).toHaveText(item.title);
  await page.keyboard.press("3");
  await expect(page.getByTestId("review-nothing-due")).toBeVisible();
  const stored = () =>
    page.evaluate(
      () =>
        JSON.parse(localStorage.getItem("waymark:guest-review:v1") ?? "{}") as Record<
          string,
          { ratings: { rating: string }[] }
        >,
    );
  expect((await stored())[item.id]!.ratings.map((entry) => entry.rating)).toEqual(["GOOD"]);
  await page.getByTestId("review-undo").click();
  await expect(heading).toHaveText(item.title);
  expect((await stored())[item.id]!.ratings).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test("a guest's review joins their account on sign-in, after their statuses", async ({ page, db, backendItems }) => {
  const item = backendItems[12]!;
  // Ticked as a guest: the item enters the browser's review; made due a month later, then rated.
  await page.goto("/roadmaps/backend");
  await statusRadio(page, item.id, "Done").click();
  await expect
    .poll(() =>
      page.evaluate(
        (id) => Object.keys(JSON.parse(localStorage.getItem("waymark:guest-review:v1") ?? "{}")).includes(id),
        item.id,
      ),
    )
    .toBe(true);
  await page.evaluate(
    ([key, id, card]) => {
      const review = JSON.parse(localStorage.getItem(key!)!) as Record<string, { card: unknown }>;
      review[id!]!.card = JSON.parse(card!);
      localStorage.setItem(key!, JSON.stringify(review));
    },
    [
      "waymark:guest-review:v1",
      item.id,
      JSON.stringify(cardToJson(enterReview(new Date(Date.now() - 30 * 24 * 60 * 60 * 1000), 0.9))),
    ],
  );
  await page.goto("/review");
  await expect(page.getByTestId("review-card").getByRole("heading", { level: 2 })).toHaveText(item.title);
  await page.keyboard.press("3");
  await expect(page.getByTestId("review-nothing-due")).toBeVisible();

  const login = uniqueLogin("guest-review");
  await page.goto("/roadmaps/backend");
  await signInThroughGithub(page, login);
  await expect(page.getByTestId("guest-merge-status")).toContainText("Added 1 change you made as a guest");
  const user = await db.user.findUniqueOrThrow({ where: { login } });
  await expect
    .poll(() => db.reviewEvent.findMany({ where: { userId: user.id }, select: { itemId: true, rating: true } }))
    .toEqual([{ itemId: item.id, rating: "GOOD" }]);
  const card = await db.reviewCard.findUniqueOrThrow({
    where: { userId_itemId: { userId: user.id, itemId: item.id } },
  });
  // Entering review is a first Good (one repetition); the guest's rating is the second, and moved the
  // card on: due again days from now.
  expect(card.reps).toBe(2);
  expect(card.due.getTime()).toBeGreaterThan(Date.now() + 12 * 60 * 60 * 1000);
});
