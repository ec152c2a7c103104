import { expect, itemRow, statusRadio, test } from "./fixtures";

test.describe("ticking items as a signed-in learner", () => {
  test("with the mouse: the status, the completion figures and a reload all agree with the database", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    const user = await login();
    const [first, second] = backendItems;
    await page.goto("/roadmaps/backend");
    await statusRadio(page, first!.id, "In progress").click();
    await statusRadio(page, second!.id, "Done").click();
    await expect(statusRadio(page, second!.id, "Done")).toHaveAttribute("aria-checked", "true");
    await expect(page.getByTestId("roadmap-completion")).toContainText("1/44 · 2.3%");
    await expect(
      page.locator('[data-section-key="programming-languages"]').getByTestId("section-completion"),
    ).toContainText("1/2 · 50%");

    await expect
      .poll(() =>
        db.progress.findMany({
          where: { userId: user.id },
          select: { itemId: true, status: true },
          orderBy: { status: "asc" },
        }),
      )
      .toEqual([
        { itemId: first!.id, status: "IN_PROGRESS" },
        { itemId: second!.id, status: "DONE" },
      ]);
    await page.reload();
    await expect(statusRadio(page, first!.id, "In progress")).toHaveAttribute("aria-checked", "true");
    await expect(statusRadio(page, second!.id, "Done")).toHaveAttribute("aria-checked", "true");
  });

  test("with the keyboard: shortcut keys on the focused item, arrows, j/k, and the ? help", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    const user = await login();
    const [first, second] = backendItems;
    await page.goto("/roadmaps/backend");
    await statusRadio(page, first!.id, "Not started").focus();
    await page.keyboard.press("d");
    await expect(statusRadio(page, first!.id, "Done")).toHaveAttribute("aria-checked", "true");
    await expect(statusRadio(page, first!.id, "Done")).toBeFocused();
    await page.keyboard.press("p");
    await expect(statusRadio(page, first!.id, "In progress")).toHaveAttribute("aria-checked", "true");
    await page.keyboard.press("s");
    await expect(statusRadio(page, first!.id, "Skipped")).toHaveAttribute("aria-checked", "true");
    await page.keyboard.press("ArrowRight"); // after Skipped comes Not started again
    await expect(statusRadio(page, first!.id, "Not started")).toHaveAttribute("aria-checked", "true");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("r");
    await expect(statusRadio(page, first!.id, "Not started")).toHaveAttribute("aria-checked", "true");

    await page.keyboard.press("j");
    await expect(statusRadio(page, second!.id, "Not started")).toBeFocused();
    await page.keyboard.press("d");
    await page.keyboard.press("k");
    await expect(statusRadio(page, first!.id, "Not started")).toBeFocused();
    await expect
      .poll(() => db.progress.findFirst({ where: { userId: user.id, itemId: second!.id }, select: { status: true } }))
      .toEqual({ status: "DONE" });

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("Mark the focused item done");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
  });

  test("a refused change is rolled back with a visible message", async ({ page, login, db, backendItems }) => {
    const user = await login();
    const item = backendItems[2]!;
    await page.goto("/roadmaps/backend");
    // The server will refuse: the session is revoked behind the page's back.
    await db.session.deleteMany({ where: { userId: user.id } });
    await statusRadio(page, item.id, "Done").click();
    await expect(page.getByTestId("toast")).toContainText("Could not save");
    await expect(page.getByTestId("toast")).toContainText("Sign in again");
    await expect(statusRadio(page, item.id, "Not started")).toHaveAttribute("aria-checked", "true");
    await expect(page.getByTestId("roadmap-completion")).toContainText("0/44");
    expect(await db.progress.count({ where: { userId: user.id } })).toBe(0);
  });

  test("rapid clicks end with the screen and the database agreeing on the last one", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    const user = await login();
    const item = backendItems[3]!;
    await page.goto("/roadmaps/backend");
    for (const label of ["Done", "Skipped", "In progress", "Done", "Not started", "Done", "Skipped"]) {
      await statusRadio(page, item.id, label).click({ delay: 0 });
    }
    await expect(statusRadio(page, item.id, "Skipped")).toHaveAttribute("aria-checked", "true");
    await expect
      .poll(() => db.progress.findFirst({ where: { userId: user.id, itemId: item.id }, select: { status: true } }))
      .toEqual({ status: "SKIPPED" });
    await page.waitForLoadState("networkidle");
    await expect(statusRadio(page, item.id, "Skipped")).toHaveAttribute("aria-checked", "true");
    const events = await db.progressEvent.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(events.at(-1)!.to).toBe("SKIPPED");
  });
});

test.describe("notes", () => {
  test("are written in markdown, saved on blur, shown rendered and sanitised, and deleted when emptied", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    const user = await login();
    const item = backendItems[0]!;
    await page.goto("/roadmaps/backend");
    const row = itemRow(page, item.id);
    await row.getByRole("button", { name: `Add note for ${item.title}` }).click();
    const editor = row.getByRole("textbox", { name: /Note for/ });
    await expect(editor).toBeFocused();
    await editor.fill('**Read** the [guide](https://example.com) <img src=x onerror="window.pwned=1">');
    await editor.blur();
    await expect(row.locator(".prose-note strong")).toHaveText("Read");
    await expect(row.locator(".prose-note a")).toHaveAttribute("href", "https://example.com");
    await expect(row.locator(".prose-note img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await expect
      .poll(() => db.note.findFirst({ where: { userId: user.id, itemId: item.id }, select: { body: true } }))
      .toMatchObject({
        body: expect.stringContaining("**Read**"),
      });

    await page.reload();
    await expect(itemRow(page, item.id).locator(".prose-note strong")).toHaveText("Read");
    await itemRow(page, item.id)
      .getByRole("button", { name: `Edit note for ${item.title}` })
      .click();
    await itemRow(page, item.id).getByRole("textbox").fill("");
    await itemRow(page, item.id).getByRole("textbox").blur();
    await expect(itemRow(page, item.id).getByRole("button", { name: `Add note for ${item.title}` })).toBeVisible();
    await expect.poll(() => db.note.count({ where: { userId: user.id } })).toBe(0);
  });

  test("n opens the note of the focused item; Esc cancels without saving", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    const user = await login();
    const item = backendItems[1]!;
    await page.goto("/roadmaps/backend");
    await statusRadio(page, item.id, "Not started").focus();
    await page.keyboard.press("n");
    const editor = itemRow(page, item.id).getByRole("textbox");
    await expect(editor).toBeFocused();
    await editor.fill("draft");
    await page.keyboard.press("Escape");
    await expect(editor).toBeHidden();
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
  });
});

test.describe("finding items", () => {
  test("filters hide done items or show only items in progress", async ({ page, login, backendItems }) => {
    await login();
    const [done, inProgress, untouched] = backendItems;
    await page.goto("/roadmaps/backend");
    await statusRadio(page, done!.id, "Done").click();
    await statusRadio(page, inProgress!.id, "In progress").click();

    await page.getByRole("checkbox", { name: "Hide done" }).check();
    await expect(itemRow(page, done!.id)).toBeHidden();
    await expect(itemRow(page, untouched!.id)).toBeVisible();
    await page.getByRole("checkbox", { name: "Hide done" }).uncheck();
    await page.getByRole("checkbox", { name: "Only in progress" }).check();
    await expect(page.getByTestId("item-title").filter({ visible: true })).toHaveCount(1);
    await expect(itemRow(page, inProgress!.id)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "items shown" })).toHaveText("1 of 44 items shown");
  });

  test("keeps keyboard focus when a filter hides the item just marked", async ({ page, login, backendItems }) => {
    await login();
    const [first, second] = backendItems;
    await page.goto("/roadmaps/backend");
    await page.getByRole("checkbox", { name: "Hide done" }).check();
    await statusRadio(page, first!.id, "Not started").focus();
    await page.keyboard.press("d");
    await expect(itemRow(page, first!.id)).toBeHidden();
    await expect(statusRadio(page, second!.id, "Not started")).toBeFocused();
    await page.keyboard.press("p");
    await expect(statusRadio(page, second!.id, "In progress")).toHaveAttribute("aria-checked", "true");
  });

  test("Ctrl+K searches item titles; Esc clears", async ({ page }) => {
    await page.goto("/roadmaps/backend");
    await page.locator("body").click();
    await page.keyboard.press("Control+k");
    const search = page.getByRole("searchbox", { name: "Search items" });
    await expect(search).toBeFocused();
    await search.fill("docker");
    await expect(page.getByTestId("item-title").filter({ visible: true })).toHaveText([
      /Learn about containerization \(Docker\)/,
    ]);
    await expect(page.getByRole("heading", { level: 2, name: "Deployment and DevOps" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Databases" })).toBeHidden();
    await search.fill("zzz nothing");
    await expect(page.getByText("No items match.")).toBeVisible();
    await search.press("Escape");
    await expect(page.getByTestId("item-title").filter({ visible: true })).toHaveCount(44);
  });
});

test.describe("dark mode", () => {
  test("follows the system, and the toggle switches and remembers", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme: "dark", baseURL });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/dark/);
    const toggle = page.getByRole("button", { name: /Colour theme: system/ });
    await toggle.click(); // system -> light
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.getByRole("button", { name: /Colour theme: light/ }).click(); // light -> dark
    await expect(page.locator("html")).toHaveClass(/dark/);
    await context.close();
  });
});
