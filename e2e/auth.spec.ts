import { expect, statusRadio, test } from "./fixtures";
import { signInThroughGithub } from "./support/github-sign-in";
import { uniqueLogin } from "./support/factories";
import { E2E_ADMIN_LOGIN } from "./support/e2e-environment";

test("signs in with GitHub end to end, ticks, signs out, signs in again and finds the tick", async ({
  page,
  context,
  db,
  backendItems,
}) => {
  const login = uniqueLogin("octo");
  const item = backendItems[4]!;
  await page.goto("/roadmaps/backend");
  await signInThroughGithub(page, login);
  await expect(page).toHaveURL(/\/roadmaps\/backend$/);

  const saved = page.waitForResponse((response) => response.url().endsWith("/api/graphql"));
  await statusRadio(page, item.id, "Done").click();
  expect((await saved).ok()).toBe(true);

  const cookie = (await context.cookies()).find((candidate) => candidate.name === "authjs.session-token")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const user = await db.user.findUniqueOrThrow({ where: { login }, include: { accounts: true } });
  expect(user.accounts).toHaveLength(1);
  expect(user.accounts[0]!.provider).toBe("github");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  // Database sessions: signing out deletes the row, so the old cookie is worthless.
  expect(await db.session.count({ where: { sessionToken: cookie.value } })).toBe(0);

  await page.goto("/roadmaps/backend");
  await expect(statusRadio(page, item.id, "Done")).toHaveAttribute("aria-checked", "false");
  await signInThroughGithub(page, login);
  await expect(statusRadio(page, item.id, "Done")).toHaveAttribute("aria-checked", "true");
  expect(await db.user.count({ where: { login } })).toBe(1);
});

test("a guest's ticks are kept in the browser and merged into the account on sign-in", async ({
  page,
  db,
  backendItems,
}) => {
  const [first, second] = [backendItems[0]!, backendItems[1]!];
  await page.goto("/roadmaps/backend");
  await statusRadio(page, first.id, "Done").click();
  await statusRadio(page, second.id, "In progress").click();
  await expect(page.getByTestId("roadmap-completion")).toContainText("1/44");

  // Shown everywhere the signed-in progress would be: after a reload, and on the home page.
  await page.reload();
  await expect(statusRadio(page, first.id, "Done")).toHaveAttribute("aria-checked", "true");
  await page.goto("/");
  await expect(page.getByTestId("roadmap-card-backend").getByTestId("viewer-percent")).toHaveText("2.3% done");

  const login = uniqueLogin("guest");
  await page.goto("/roadmaps/backend");
  await signInThroughGithub(page, login);
  await expect(page.getByTestId("guest-merge-status")).toHaveText(
    "Added 2 changes you made as a guest to your account.",
  );
  await expect(statusRadio(page, first.id, "Done")).toHaveAttribute("aria-checked", "true");
  await expect(statusRadio(page, second.id, "In progress")).toHaveAttribute("aria-checked", "true");

  const user = await db.user.findUniqueOrThrow({ where: { login } });
  const rows = await db.progress.findMany({ where: { userId: user.id }, select: { itemId: true, status: true } });
  expect(rows).toEqual(
    expect.arrayContaining([
      { itemId: first.id, status: "DONE" },
      { itemId: second.id, status: "IN_PROGRESS" },
    ]),
  );
  expect(await db.progressEvent.count({ where: { userId: user.id } })).toBe(2);
  expect(await page.evaluate(() => localStorage.getItem("waymark:guest-progress:v1"))).toBeNull();
});

test("GitHub logins listed in ADMIN_GITHUB_LOGINS become admins; everyone else is a learner", async ({
  page,
  db,
  context,
}) => {
  const learner = uniqueLogin("learner");
  await page.goto("/");
  await signInThroughGithub(page, learner);
  expect((await db.user.findUniqueOrThrow({ where: { login: learner } })).role).toBe("LEARNER");

  await context.clearCookies();
  await page.goto("/");
  await signInThroughGithub(page, E2E_ADMIN_LOGIN);
  expect((await db.user.findUniqueOrThrow({ where: { login: E2E_ADMIN_LOGIN } })).role).toBe("ADMIN");
});

test("another learner sees none of my progress on the pages", async ({ page, login, db, backendItems }) => {
  const a = await login();
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
  await db.progress.create({
    data: { userId: a.id, itemId: backendItems[0]!.id, roadmapId: roadmap.id, status: "DONE" },
  });
  await db.note.create({ data: { userId: a.id, itemId: backendItems[0]!.id, body: "A's secret note" } });
  await page.goto("/roadmaps/backend");
  await expect(statusRadio(page, backendItems[0]!.id, "Done")).toHaveAttribute("aria-checked", "true");

  await page.context().clearCookies();
  await login();
  await page.goto("/roadmaps/backend");
  await expect(statusRadio(page, backendItems[0]!.id, "Done")).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("A's secret note")).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByText("You have not started a roadmap yet.")).toBeVisible();
});

test("a revoked session is signed out at once", async ({ page, login, db }) => {
  const user = await login();
  await page.goto("/");
  await expect(page.getByTestId("signed-in-login")).toHaveText(user.login);
  await db.session.deleteMany({ where: { userId: user.id } });
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
