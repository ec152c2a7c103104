import { formatDate } from "../shared/format-date";
import { expect, statusRadio, test } from "./fixtures";

test.use({ timezoneId: "UTC" });

function daysAgo(days: number): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() - days);
  at.setUTCHours(12, 0, 0, 0);
  return at;
}

test("shows the right numbers after a known sequence of changes", async ({ page, login, db, backendItems }) => {
  const user = await login();
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
  const [a, b, c, d, e, f] = backendItems;

  // Two days ago A was done, yesterday B: written as the app would have, row and history.
  for (const [item, days] of [
    [a!, 2],
    [b!, 1],
  ] as const) {
    await db.progress.create({
      data: { userId: user.id, itemId: item.id, roadmapId: roadmap.id, status: "DONE", updatedAt: daysAgo(days) },
    });
    await db.progressEvent.create({
      data: {
        userId: user.id,
        itemId: item.id,
        roadmapId: roadmap.id,
        from: "NOT_STARTED",
        to: "DONE",
        at: daysAgo(days),
      },
    });
  }

  // Today, through the page: C done, D skipped, E in progress, F done then reset.
  await page.goto("/roadmaps/backend");
  await statusRadio(page, c!.id, "Done").click();
  await statusRadio(page, d!.id, "Skipped").click();
  await statusRadio(page, e!.id, "In progress").click();
  await statusRadio(page, f!.id, "Done").click();
  await expect.poll(() => db.progressEvent.count({ where: { userId: user.id } })).toBe(6);
  await statusRadio(page, f!.id, "Not started").click();
  await expect.poll(() => db.progressEvent.count({ where: { userId: user.id } })).toBe(7);

  await page.goto("/dashboard");
  // 3 done (A, B, C) + 1 skipped (D) = 4 finished of 44 = 9.1%.
  const card = page.getByTestId("dashboard-roadmap-backend");
  await expect(card.getByTestId("completion-ring")).toContainText(
    "9.1% finished: 3 done, 1 skipped, 1 in progress, 39 not started",
  );
  await expect(
    card.getByTestId("section-bars").getByRole("progressbar", { name: "Programming Languages completion" }),
  ).toHaveAttribute("aria-valuenow", "100");
  await expect(
    card.getByTestId("section-bars").getByRole("progressbar", { name: "Databases completion" }),
  ).toHaveAttribute("aria-valuenow", "50");

  // Burn-up: from 0 the day before the first change, then 1, 2 and 4 finished.
  await card.getByText("Burn-up data as a table").click();
  const rows = card.getByTestId("burn-up").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  const day = (days: number) => formatDate(daysAgo(days).toISOString().slice(0, 10));
  await expect(rows.nth(0)).toContainText(`${day(3)}00`);
  await expect(rows.nth(1)).toContainText(`${day(2)}11`);
  await expect(rows.nth(2)).toContainText(`${day(1)}22`);
  await expect(rows.nth(3)).toContainText(`${day(0)}43`);
  await expect(card.getByTestId("burn-up").locator("figcaption")).toContainText("4 of 44 today");

  // Activity: 7 changes on 3 consecutive days.
  await expect(page.getByTestId("current-streak")).toHaveText("3days");
  await expect(page.getByTestId("longest-streak")).toHaveText("3days");
  await expect(page.getByTestId("total-changes")).toHaveText("7");
  await expect(page.getByTestId("activity-heatmap").locator("figcaption")).toHaveText(
    "7 status changes on 3 days in the last 52 weeks.",
  );
  await expect(page.locator(`rect[data-date="${daysAgo(0).toISOString().slice(0, 10)}"]`)).toHaveAttribute(
    "data-count",
    "5",
  );

  // Continue where you left off: the item in progress, linking to it.
  const continueLink = page.getByTestId("continue-items").getByRole("link");
  await expect(continueLink).toHaveCount(1);
  await expect(continueLink).toContainText(e!.title);
  await continueLink.click();
  await expect(page).toHaveURL(new RegExp(`/roadmaps/backend#item-${e!.id}$`));
});

test("a guest's dashboard shows the progress kept in the browser, and invites to sign in", async ({
  page,
  backendItems,
}) => {
  await page.goto("/dashboard");
  await expect(page.getByText("You have not ticked anything yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with GitHub" })).toBeVisible();

  await page.goto("/roadmaps/backend");
  await statusRadio(page, backendItems[0]!.id, "Done").click();
  await statusRadio(page, backendItems[1]!.id, "Skipped").click();
  await statusRadio(page, backendItems[2]!.id, "In progress").click();
  await page.goto("/dashboard");
  const card = page.getByTestId("dashboard-roadmap-backend");
  await expect(card.getByTestId("completion-ring")).toContainText(
    "4.5% finished: 1 done, 1 skipped, 1 in progress, 41 not started",
  );
  await expect(card.getByRole("progressbar", { name: "Programming Languages completion" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(page.getByTestId("continue-items").getByRole("link")).toContainText(backendItems[2]!.title);
});

test("says what to do when nothing is started yet", async ({ page, login }) => {
  await login();
  await page.goto("/dashboard");
  await expect(page.getByText("You have not started a roadmap yet.")).toBeVisible();
  await expect(page.getByTestId("current-streak")).toHaveText("0days");
});

test("a guest sees the same percentage on the home page and the dashboard, also after an item is retired", async ({
  page,
  browser,
  login,
  baseURL,
}) => {
  const slug = `guest-retire-${Date.now().toString(36)}`;
  const markdown = (items: string[]) =>
    `# Retire ${slug}\n\n## Only section\n\n${items.map((item) => `- [ ] ${item}`).join("\n")}\n`;
  // An administrator's browser session imports the roadmap, and re-imports it later.
  const admin = await browser.newContext({ baseURL });
  const adminPage = await admin.newPage();
  const importAs = async (items: string[]) => {
    const answer = await adminPage.request.post("/api/graphql", {
      data: {
        query: `mutation Import($input: ImportRoadmapInput!) { importRoadmap(input: $input) { roadmap { id } } }`,
        variables: { input: { slug, markdown: markdown(items) } },
      },
    });
    expect(await answer.json()).toMatchObject({ data: { importRoadmap: { roadmap: { id: expect.any(String) } } } });
  };
  const { sessionToken } = await login({ role: "ADMIN" });
  await admin.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL! }]);
  await page.context().clearCookies();
  await importAs(["Alpha", "Bravo", "Charlie", "Delta"]);

  // The guest: Alpha and Bravo done, Charlie skipped: 3 of 4.
  await page.goto(`/roadmaps/${slug}`);
  const itemId = async (title: string) =>
    (await page.locator("li[data-item-id]", { hasText: title }).first().getAttribute("data-item-id"))!;
  const [alpha, bravo, charlie] = [await itemId("Alpha"), await itemId("Bravo"), await itemId("Charlie")];
  await statusRadio(page, alpha, "Done").click();
  await statusRadio(page, bravo, "Done").click();
  await statusRadio(page, charlie, "Skipped").click();
  // The percentages come from the browser's storage after hydration: asserted
  // with retrying expectations, never read once (a read can precede the fill).
  const expectPercents = async (home: string, ring: string) => {
    await page.goto("/");
    await expect(page.getByTestId(`roadmap-card-${slug}`).getByTestId("viewer-percent")).toHaveText(home);
    await page.goto("/dashboard");
    await expect(page.getByTestId(`dashboard-roadmap-${slug}`).getByTestId("completion-ring")).toContainText(ring);
  };
  await expectPercents("75% done", "75% finished");

  // Bravo is retired: the browser still remembers it, but it no longer counts anywhere.
  await importAs(["Alpha", "Charlie", "Delta"]);
  await expectPercents("66.7% done", "66.7% finished");
  await admin.close();
});
