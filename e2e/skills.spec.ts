import type { Db } from "../server/db/client";
import { expect, statusRadio, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { cohortPerson, graphql } from "./support/cohort-people";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";

/*
 * Issue 24's skill pages: /skills/<name> with the learner's status and the
 * roadmap where they set it, the roadmaps that teach it (each a link to its
 * item), a 404 for a name nobody claims, the /skills search; axe, 360 px and
 * dark mode, with screenshots.
 */

const PHONE = { width: 360, height: 780 } as const;
/** 3 Nov, mid-morning in UTC: the same day wherever the test's browser is. */
const SET_AT = new Date("2026-11-03T10:00:00Z");

async function gitItemOf(db: Db, slug: string) {
  return db.item.findFirstOrThrow({
    where: { skill: "git", roadmap: { slug }, retiredAt: null },
    select: { id: true, title: true },
  });
}

/** The learner's status on git, as set on Backend's Git item on 3 Nov. */
async function gitDoneOnBackend(db: Db, userId: string) {
  const item = await gitItemOf(db, "backend");
  await db.skillProgress.upsert({
    where: { userId_skill: { userId, skill: "git" } },
    create: { userId, skill: "git", status: "DONE", updatedAt: SET_AT, itemId: item.id },
    update: { status: "DONE", updatedAt: SET_AT, itemId: item.id },
  });
  return item;
}

test("a skill's page: the learner's status and its source, the roadmaps teaching it, and links to their items", async ({
  browser,
  baseURL,
  db,
  browserErrors,
}) => {
  browserErrors.allowFailedLoad("/skills/no-such-skill-at-all", 404, "a skill nobody claims is not found");
  const learner = await cohortPerson(browser, baseURL!, db, { timezoneId: "UTC" });
  const backendGit = await gitDoneOnBackend(db, learner.user.id);
  const { page } = learner;

  await page.goto("/skills/git");
  await expect(page).toHaveTitle(/· Skill/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const status = page.getByTestId("skill-status");
  await expect(status).toHaveText("Done on Backend Development Roadmap, 3 Nov");
  await expect(status.getByRole("link", { name: "Backend Development Roadmap" })).toHaveAttribute(
    "href",
    `/roadmaps/backend#item-${backendGit.id}`,
  );
  const rows = page.getByTestId("skill-roadmap");
  for (const title of ["Backend Development Roadmap", "DevOps Roadmap", "Frontend Development Roadmap"]) {
    await expect(rows.getByRole("link", { name: title })).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);

  const frontendGit = await gitItemOf(db, "frontend");
  await rows.getByRole("link", { name: "Frontend Development Roadmap" }).click();
  await expect(page).toHaveURL(new RegExp(`/roadmaps/frontend#item-${frontendGit.id}$`));

  // A name nobody claims is the not-found page.
  const missing = await page.goto("/skills/no-such-skill-at-all");
  expect(missing?.status()).toBe(404);

  // The index finds it by name and by title.
  await page.goto("/skills");
  await page.getByRole("searchbox", { name: "Search skills by name or title" }).fill("git");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/skills\?q=git$/);
  await page.getByRole("link", { name: /git/i }).first().click();
  await expect(page).toHaveURL(/\/skills\/git/);
  await learner.context.close();
});

test("on another roadmap, an item of the skill shows the status set on Backend, where and when, and links to the skill", async ({
  browser,
  baseURL,
  db,
}) => {
  const learner = await cohortPerson(browser, baseURL!, db, { timezoneId: "UTC" });
  const backendGit = await gitItemOf(db, "backend");
  await graphql(
    learner.context.request,
    `
      mutation ($id: ID!) {
        setItemStatus(input: { itemId: $id, status: DONE }) {
          id
        }
      }
    `,
    { id: backendGit.id },
  );
  const frontendGit = await gitItemOf(db, "frontend");
  const { page } = learner;
  await page.goto("/roadmaps/frontend");
  const row = page.locator(`#item-${frontendGit.id}`);
  await expect(statusRadio(page, frontendGit.id, "Done")).toBeChecked();
  const source = row.getByTestId("item-skill-source").first();
  await expect(source).toHaveText(/^Done on Backend Development Roadmap, \d{1,2} [A-Z][a-z]{2}$/);
  await expect(source.getByRole("link")).toHaveAttribute("href", `/roadmaps/backend#item-${backendGit.id}`);
  await row.getByTestId("item-skill").first().click();
  await expect(page).toHaveURL(/\/skills\/git$/);
  await expect(page.getByTestId("skill-status")).toHaveText(/^Done on Backend Development Roadmap, /);
  await learner.context.close();
});

test("signed out, a skill's page lists the public roadmaps teaching it and asks to sign in for a status", async ({
  page,
}) => {
  await page.goto("/skills/git");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  for (const title of ["Backend Development Roadmap", "DevOps Roadmap", "Frontend Development Roadmap"]) {
    await expect(page.getByTestId("skill-roadmap").getByRole("link", { name: title })).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);
});

for (const [variant, options] of [
  ["light", { colorScheme: "light" as const }],
  ["dark", { colorScheme: "dark" as const }],
  ["360", { colorScheme: "light" as const, viewport: PHONE }],
  ["360-dark", { colorScheme: "dark" as const, viewport: PHONE }],
] as const) {
  test(`screenshots of a skill's page and the skills index, ${variant}`, async ({ browser, baseURL, db }, testInfo) => {
    const learner = await cohortPerson(browser, baseURL!, db, { ...options, timezoneId: "UTC" });
    await gitDoneOnBackend(db, learner.user.id);
    const { page } = learner;
    await page.goto("/skills/git");
    await expect(page.getByTestId("skill-status")).toContainText("Done on Backend Development Roadmap");
    await shoot(page, testInfo, `skill-page-${variant}.png`);
    await expectNoSidewaysScroll(page, "/skills/git");
    if (variant === "dark" || variant === "360-dark") expect(await seriousViolations(page)).toEqual([]);
    // An item whose status came from another roadmap.
    const backendGit = await gitItemOf(db, "backend");
    await graphql(
      learner.context.request,
      `
        mutation ($id: ID!) {
          setItemStatus(input: { itemId: $id, status: DONE }) {
            id
          }
        }
      `,
      { id: backendGit.id },
    );
    await page.goto("/roadmaps/devops");
    const row = page.locator(`#item-${(await gitItemOf(db, "devops")).id}`);
    await expect(row.getByTestId("item-skill-source").first()).toContainText("Done on Backend Development Roadmap");
    await shoot(row, testInfo, `roadmap-item-skill-source-${variant}.png`);
    await expectNoSidewaysScroll(page, "/roadmaps/devops");
    await page.goto("/skills");
    await expectNoSidewaysScroll(page, "/skills");
    if (variant === "360") expect(await seriousViolations(page)).toEqual([]);
    await learner.context.close();
  });
}
