import type { Db } from "../server/db/client";
import { expect, itemRow, statusRadio, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { cohortPerson } from "./support/cohort-people";
import { shoot } from "./support/screenshot";

/*
 * Issue 24 in the browser: tick a skill's item on one built-in roadmap and see it on
 * another with where it was set; reset a roadmap keeping its shared skills, then with them;
 * the same for a guest, in the browser's storage.
 */

async function skillItem(db: Db, slug: string, skill: string): Promise<string> {
  const item = await db.item.findFirstOrThrow({
    where: { roadmap: { slug }, skill, retiredAt: null },
    select: { id: true },
  });
  return item.id;
}

async function plainItem(db: Db, slug: string): Promise<string> {
  const item = await db.item.findFirstOrThrow({
    where: { roadmap: { slug }, skill: null, retiredAt: null },
    select: { id: true },
  });
  return item.id;
}

test("a skill ticked on one roadmap shows on another with its source; reset keeps it unless asked", async ({
  browser,
  baseURL,
  db,
}, testInfo) => {
  test.setTimeout(120_000);
  const learner = await cohortPerson(browser, baseURL!, db, { timezoneId: "UTC" });
  const { page } = learner;
  const backendGit = await skillItem(db, "backend", "git");
  const frontendGit = await skillItem(db, "frontend", "git");

  await page.goto("/roadmaps/backend");
  await statusRadio(page, backendGit, "Done").click();
  await expect(statusRadio(page, backendGit, "Done")).toBeChecked();
  // The write lands before we leave the page.
  await expect
    .poll(async () => (await db.skillProgress.findFirst({ where: { userId: learner.user.id, skill: "git" } }))?.status)
    .toBe("DONE");

  await page.goto("/roadmaps/frontend");
  await expect(statusRadio(page, frontendGit, "Done")).toBeChecked();
  const source = itemRow(page, frontendGit).getByTestId("item-skill-source");
  await expect(source).toContainText("Done on Backend Development Roadmap");
  await expect(source.getByRole("link", { name: "Backend Development Roadmap" })).toHaveAttribute(
    "href",
    new RegExp(`/roadmaps/backend#item-${backendGit}$`),
  );
  await shoot(itemRow(page, frontendGit), testInfo, "skill-status-from-another-roadmap.png");
  expect(await seriousViolations(page)).toEqual([]);

  // Follow frontend (a status of its own on an item without a skill), then reset backend.
  const frontendPlain = await plainItem(db, "frontend");
  await statusRadio(page, frontendPlain, "In progress").click();
  await expect
    .poll(async () => db.progress.count({ where: { userId: learner.user.id, itemId: frontendPlain } }))
    .toBe(1);

  await page.goto("/roadmaps/backend");
  await page.getByRole("button", { name: "Reset progress" }).click();
  const dialog = page.getByRole("dialog");
  const shared = dialog.getByTestId("shared-skills");
  await expect(shared).toContainText("Frontend");
  await expect(shared).toContainText("git");
  const alsoReset = dialog.getByRole("checkbox", { name: /Also reset/ });
  await expect(alsoReset).not.toBeChecked();
  await shoot(dialog, testInfo, "reset-with-shared-skills.png");
  await dialog.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByRole("button", { name: "Reset progress" })).toBeEnabled();
  await page.reload();
  // Kept: the skill stays done here and on frontend.
  await expect(statusRadio(page, backendGit, "Done")).toBeChecked();

  await page.getByRole("button", { name: "Reset progress" }).click();
  await dialog.getByRole("checkbox", { name: /Also reset/ }).check();
  await dialog.getByRole("button", { name: "Reset progress" }).click();
  await expect(statusRadio(page, backendGit, "Not started")).toBeChecked();
  await page.goto("/roadmaps/frontend");
  await expect(statusRadio(page, frontendGit, "Not started")).toBeChecked();
  await expect(statusRadio(page, frontendPlain, "In progress")).toBeChecked();
  await learner.context.close();
});

test("a guest's skill ticked on one built-in roadmap shows on the others", async ({ browser, baseURL, db }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const backendHttp = await skillItem(db, "backend", "http");
  const devopsHttp = await skillItem(db, "devops", "http");
  await page.goto("/roadmaps/backend");
  await statusRadio(page, backendHttp, "In progress").click();
  await expect(statusRadio(page, backendHttp, "In progress")).toBeChecked();
  await page.goto("/roadmaps/devops");
  await expect(statusRadio(page, devopsHttp, "In progress")).toBeChecked();
  // Changed here, it changes there too.
  await statusRadio(page, devopsHttp, "Done").click();
  await page.goto("/roadmaps/backend");
  await expect(statusRadio(page, backendHttp, "Done")).toBeChecked();
  await context.close();
});
