import type { Browser, Page } from "@playwright/test";
import { expect, statusRadio, test } from "./fixtures";
import { createSession, createUser } from "./support/factories";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";

/*
 * Writing, editing, forking, publishing, exporting and deleting a roadmap of
 * one's own, as a newcomer does it, in Chromium: what each step promises holds
 * (progress survives a reworded item, a fork links back), what changes a lot
 * asks first and says what it did (in a status region screen readers read),
 * files are named after the roadmap, menus close on Escape, and a search from
 * mid-page shows its first match.
 */

// Several pages and downloads a test, on a machine that may be busy.
test.describe.configure({ timeout: 120_000 });

const PHONE = { width: 360, height: 760 } as const;

const BOOK = `# Reading plan

## Book

- [ ] Read the preface
- [ ] Read chapters 1-3
- [ ] Do the exercises
`;

/** The announcement region's text (the status toast every page has). */
function announcement(page: Page) {
  return page.getByRole("status").filter({ has: page.getByTestId("toast") });
}

async function itemIdByTitle(page: Page, title: string): Promise<string> {
  const picker = page.getByRole("radiogroup", { name: `Status of ${title}`, exact: true });
  await expect(picker).toHaveCount(1);
  return picker.evaluate((element) => element.closest("li[data-item-id]")!.getAttribute("data-item-id")!);
}

/** A second learner, signed in, in a browser context of their own. */
async function otherLearner(browser: Browser, baseURL: string, db: Parameters<typeof createUser>[0]) {
  const user = await createUser(db);
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL }]);
  return { user, context, page: await context.newPage() };
}

test("rewording an item in the editor keeps its progress by default; saying it is new retires it, by choice", async ({
  page,
  login,
}) => {
  await login();
  const roadmap = await createOwnRoadmap(page.request, { markdown: BOOK });
  await page.goto(roadmap.path);
  const chapters = await itemIdByTitle(page, "Read chapters 1-3");
  await statusRadio(page, chapters, "Done").click();
  await expect(statusRadio(page, chapters, "Done")).toHaveAttribute("aria-checked", "true");

  await page.goto(`${roadmap.path}/edit`);
  const editor = page.getByLabel("Markdown", { exact: true });
  await expect(editor).toHaveValue(BOOK);
  await editor.fill(BOOK.replace("chapters 1-3", "chapters 1-4"));
  const summary = page.getByTestId("preview-summary");
  await expect(summary).toHaveText(
    "0 added, 0 moved, 1 renamed, 0 retired. 1 learner has progress or notes on items that change; they keep them on every item whose key survives.",
  );
  await expect(page.getByTestId("preview-renamed")).toContainText(
    "Read chapters 1-3 → Read chapters 1-4 · line 6 · guessed",
  );

  // The author may say it is a new item (keyboard), and change their mind; focus never drops to the page.
  const notSame = page.getByRole("button", { name: "Not the same item: Read chapters 1-4" });
  await notSame.focus();
  await page.keyboard.press("Enter");
  await expect(summary).toHaveText(/^1 added, 0 moved, 0 renamed, 1 retired\. 1 learner has progress/);
  await expect(page.getByTestId("save-preview")).toBeFocused();
  await expect(page.getByTestId("preview-retired")).toContainText("Read chapters 1-3");
  await page.getByRole("button", { name: "Same item after all: Read chapters 1-4" }).click();
  await expect(summary).toHaveText(/^0 added, 0 moved, 1 renamed, 0 retired\./);

  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`**${roadmap.path}`);
  await expect(statusRadio(page, chapters, "Done")).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("radiogroup", { name: "Status of Read chapters 1-4" })).toBeVisible();

  // The saved markdown pins the kept key, so the next edit starts from what was saved.
  await page.goto(`${roadmap.path}/edit`);
  await expect(editor).toHaveValue(
    BOOK.replace("- [ ] Read chapters 1-3", "- [ ] Read chapters 1-4 <!-- key: read-chapters-1-3 -->"),
  );
});

test("a fork says where it comes from: a link while the original may be seen, then that it is hidden, then gone", async ({
  page,
  login,
  browser,
  baseURL,
  db,
}) => {
  const owner = await login();
  const original = await createOwnRoadmap(page.request, { visibility: "PUBLIC" });
  const forker = await otherLearner(browser, baseURL!, db);
  try {
    await forker.page.goto(original.path);
    await forker.page.getByRole("button", { name: "Fork", exact: true }).click();
    await forker.page
      .getByRole("dialog", { name: /^Fork / })
      .getByRole("button", { name: "Fork", exact: true })
      .click();
    await forker.page.waitForURL(new RegExp(`/roadmaps/${forker.user.login}/`));
    await expect(announcement(forker.page)).toContainText("Forked “Sample plan”: this is your private copy");
    const origin = forker.page.getByTestId("fork-origin");
    await expect(origin).toHaveText(`Forked from Sample plan by ${owner.login}`);
    await expect(origin.getByRole("link", { name: "Sample plan" })).toHaveAttribute("href", original.path);

    await db.roadmap.update({ where: { id: original.id }, data: { visibility: "PRIVATE" } });
    await forker.page.reload();
    await expect(origin).toHaveText("Forked from a roadmap you cannot see");
    await expect(origin.getByRole("link")).toHaveCount(0);

    await db.roadmap.delete({ where: { id: original.id } });
    await forker.page.reload();
    await expect(origin).toHaveText("Forked from a roadmap that was deleted");
  } finally {
    await forker.context.close();
  }
});

test("publishing asks first and says it is done; deleting says so where it lands", async ({ page, login, db }) => {
  await login();
  const roadmap = await createOwnRoadmap(page.request);
  await page.goto(roadmap.path);
  const visibility = page.getByLabel("Who can see Sample plan");
  const dialog = page.getByRole("dialog", { name: "Publish Sample plan on Explore?" });

  // As a learner does it: the menu has focus when its choice opens the dialog.
  await visibility.focus();
  await visibility.selectOption("PUBLIC");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(visibility).toHaveValue("PRIVATE");
  await expect(visibility).toBeFocused();
  expect((await db.roadmap.findUniqueOrThrow({ where: { id: roadmap.id } })).visibility).toBe("PRIVATE");

  await visibility.selectOption("PUBLIC");
  await dialog.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(announcement(page)).toContainText("Published “Sample plan”: anyone can find it on Explore.");
  await expect(page.getByTestId("visibility-badge")).toHaveText("Public");
  expect((await db.roadmap.findUniqueOrThrow({ where: { id: roadmap.id } })).visibility).toBe("PUBLIC");

  await visibility.selectOption("UNLISTED");
  await expect(announcement(page)).toContainText("“Sample plan” is unlisted");
  await expect(page.getByTestId("visibility-badge")).toHaveText("Unlisted");

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Delete Sample plan?" })
    .getByRole("button", { name: "Delete roadmap" })
    .click();
  await expect(page).toHaveURL(/\/roadmaps\/mine$/);
  await expect(announcement(page)).toContainText("Deleted “Sample plan”.");
});

test("every export is named after the roadmap, and the Export menu closes on Escape with focus on its button", async ({
  page,
  login,
}) => {
  await login();
  const roadmap = await createOwnRoadmap(page.request, {
    markdown: "# Café plan\n\n## Start\n\n- [ ] First step\n",
  });
  await page.goto(roadmap.path);
  const menu = page.getByTestId("roadmap-actions").locator("details");
  const button = menu.locator("summary");

  // Keyboard: open, step into the menu, Escape.
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveJSProperty("open", true);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /^Markdown/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveJSProperty("open", false);
  await expect(button).toBeFocused();

  for (const [label, extension] of [
    ["Markdown", "md"],
    ["JSON", "json"],
    ["CSV", "csv"],
  ] as const) {
    // Chromium holds a tab's third download in a row for a permission the test cannot give: a tab each.
    const tab = await page.context().newPage();
    await tab.goto(roadmap.path);
    await tab.getByTestId("roadmap-actions").getByText("Export", { exact: true }).click();
    const [file] = await Promise.all([
      tab.waitForEvent("download"),
      tab.getByRole("link", { name: new RegExp(`^${label}`) }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`Café-plan.${extension}`);
    await tab.close();
  }
});

test("searching from mid-page on a phone brings the first match into view and keeps typing in the search box", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/roadmaps/backend");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const search = page.getByRole("searchbox", { name: "Search items" });
  await search.focus();
  await page.keyboard.type("api");
  await expect(page.getByRole("search")).toContainText("5 of 44 items shown");
  await expect(search).toBeFocused();
  const first = page.locator("li[data-item-id]").filter({ hasText: "Create RESTful APIs" });
  await expect
    .poll(async () => {
      const toolbar = await page.getByRole("search").boundingBox();
      const row = await first.boundingBox();
      return (
        row !== null && toolbar !== null && row.y >= toolbar.y + toolbar.height && row.y + row.height <= PHONE.height
      );
    })
    .toBe(true);
});
