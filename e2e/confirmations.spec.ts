import { expect, statusRadio, test } from "./fixtures";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";

/*
 * The three actions that ask first (reset progress, fork, delete), in Chromium:
 * each opens a modal dialog named after what it will do; Escape and Cancel
 * leave everything as it was; the action does what it said.
 */

test("reset progress asks first, and Escape and Cancel change nothing", async ({ page, login, db, backendItems }) => {
  const learner = await login();
  await page.goto("/roadmaps/backend");
  await statusRadio(page, backendItems[0]!.id, "Done").click();
  await statusRadio(page, backendItems[1]!.id, "In progress").click();
  await expect(statusRadio(page, backendItems[1]!.id, "In progress")).toBeChecked();

  const opener = page.getByRole("button", { name: "Reset progress" });
  const dialog = page.getByRole("dialog", { name: /^Reset .+\?$/ });
  await opener.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(statusRadio(page, backendItems[0]!.id, "Done")).toBeChecked();

  await opener.click();
  await dialog.getByRole("button", { name: "Reset progress" }).click();
  await expect(statusRadio(page, backendItems[0]!.id, "Not started")).toBeChecked();
  await expect(statusRadio(page, backendItems[1]!.id, "Not started")).toBeChecked();
  await page.reload();
  await expect(statusRadio(page, backendItems[0]!.id, "Not started")).toBeChecked();
  const stored = await db.progress.findMany({ where: { userId: learner.id, status: { not: "NOT_STARTED" } } });
  expect(stored).toEqual([]);
});

test("fork asks first, copies the statuses when asked, and opens the copy", async ({ page, login, backendItems }) => {
  await login();
  await page.goto("/roadmaps/backend");
  await statusRadio(page, backendItems[0]!.id, "Done").click();
  await expect(statusRadio(page, backendItems[0]!.id, "Done")).toBeChecked();

  await page.getByRole("button", { name: "Fork", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Fork / });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Copy my statuses on this roadmap to the fork")).toBeChecked();
  await dialog.getByRole("button", { name: "Fork", exact: true }).click();
  await expect(page).toHaveURL(/\/roadmaps\/[^/]+\/backend/);
  const firstTitle = backendItems[0]!.title;
  await expect(
    page.getByRole("radiogroup", { name: `Status of ${firstTitle}`, exact: true }).getByRole("radio", {
      name: "Done",
      exact: true,
    }),
  ).toBeChecked();
});

test("delete asks first; Cancel keeps the roadmap, the action removes it", async ({ page, login, db }) => {
  await login();
  const roadmap = await createOwnRoadmap(page.request, { visibility: "PRIVATE" });
  await page.goto(roadmap.path);
  const opener = page.getByRole("button", { name: "Delete", exact: true });
  const dialog = page.getByRole("dialog", { name: /^Delete .+\?$/ });
  await opener.click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await db.roadmap.count({ where: { id: roadmap.id } })).toBe(1);

  await opener.click();
  await dialog.getByRole("button", { name: "Delete roadmap" }).click();
  await expect(page).toHaveURL(/\/roadmaps\/mine$/);
  expect(await db.roadmap.count({ where: { id: roadmap.id } })).toBe(0);
});
