import { expectNoSidewaysScroll } from "./support/screenshot";
import { expect, statusRadio, test } from "./fixtures";
import { seedHistory } from "./support/plan-history";

/*
 * The rough edges a newcomer saw, trying Waymark as a new user would at 1280
 * and 360 px, light and dark (issue 13): each one checked as it now stands.
 */

const PHONE = { width: 360, height: 780 };

test("the status buttons say what they are without hovering, and the keyboard still drives them", async ({
  page,
  login,
  db,
  backendItems,
}) => {
  const user = await login();
  await page.goto("/roadmaps/backend");
  const picker = page.locator(`[data-status-picker="${backendItems[0]!.id}"]`);
  for (const label of ["Not started", "In progress", "Done", "Skipped"]) {
    const radio = picker.getByRole("radio", { name: label, exact: true });
    await expect(radio).toHaveText(label);
    await expect(radio.getByText(label, { exact: true })).toBeVisible();
  }
  // One tab stop, arrows move and select (WAI-ARIA radio group).
  await statusRadio(page, backendItems[0]!.id, "Not started").focus();
  await page.keyboard.press("ArrowRight");
  await expect(statusRadio(page, backendItems[0]!.id, "In progress")).toHaveAttribute("aria-checked", "true");
  await expect(statusRadio(page, backendItems[0]!.id, "In progress")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(statusRadio(page, backendItems[0]!.id, "Done")).toHaveAttribute("aria-checked", "true");
  await expect
    .poll(() => db.progress.count({ where: { userId: user.id, itemId: backendItems[0]!.id, status: "DONE" } }))
    .toBe(1);

  // Four labelled buttons still fit a nested item on a phone.
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page, "the roadmap page");
});

test("keyboard hints show with a mouse, not on a touch screen", async ({ browser, baseURL, page }) => {
  await page.goto("/roadmaps/backend");
  await expect(page.getByText("Ctrl K", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Shortcuts ?" })).toBeVisible();

  const phone = await browser.newContext({ baseURL, viewport: PHONE, hasTouch: true, isMobile: true });
  const touch = await phone.newPage();
  await touch.goto("/roadmaps/backend");
  await expect(touch.getByRole("searchbox", { name: "Search items" })).toBeVisible();
  await expect(touch.getByText("Ctrl K", { exact: true })).toBeHidden();
  await expect(touch.getByRole("button", { name: "Shortcuts ?" })).toBeHidden();
  await phone.close();
});

test("the dashboard shows whole section names, a legend for the ring, and readable continue cards in dark mode", async ({
  browser,
  baseURL,
  db,
  backendItems,
}) => {
  const { createSession, createUser } = await import("./support/factories");
  const user = await createUser(db);
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
  await seedHistory(db, user.id, roadmap.id, [
    { itemId: backendItems[0]!.id, daysAgo: 2 },
    { itemId: backendItems[1]!.id, daysAgo: 1, to: "IN_PROGRESS" },
  ]);
  const context = await browser.newContext({ baseURL, colorScheme: "dark", viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/dashboard");
  const card = page.getByTestId("dashboard-roadmap-backend");

  const names = card.getByTestId("section-bars").locator("li > span:first-child");
  await expect(names.filter({ hasText: "Authentication and Authorization" })).toHaveText(
    "Authentication and Authorization",
  );
  const clipped = await names.evaluateAll((spans) =>
    spans.filter((span) => span.scrollWidth > span.clientWidth).map((span) => span.textContent),
  );
  expect(clipped).toEqual([]);

  const legend = card.getByTestId("completion-legend");
  for (const entry of ["Done 1", "Skipped 0", "In progress 1", "Not started 42"]) {
    await expect(legend.getByText(entry)).toBeVisible();
  }

  // The card is the page's dark surface with an amber accent, not an amber-brown wash.
  const continueCard = page.getByTestId("continue-items").getByRole("link").first();
  const [background, surface] = await continueCard.evaluate((link) => {
    const probe = document.createElement("div");
    probe.className = "bg-slate-900";
    document.body.append(probe);
    const colours = [getComputedStyle(link).backgroundColor, getComputedStyle(probe).backgroundColor];
    probe.remove();
    return colours;
  });
  expect(background).toBe(surface);
  await context.close();
});

test("the playground's welcome comments wrap inside the editor on a phone", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/playground");
  const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
  // Wrapped: the first comment runs over several screen lines, none past the edge.
  // Monaco is a few megabytes of script: slow to start on a loaded machine.
  await expect(editor.locator(".view-lines")).toContainText("# Welcome to", { timeout: 30_000 });
  // Polled: the text shows before the wrapping options reach the editor (after it mounts).
  const cut = () =>
    editor.evaluate((root) => {
      const right = root.getBoundingClientRect().right;
      return [...root.querySelectorAll(".view-line span")]
        .filter((span) => span.getBoundingClientRect().right > right + 1)
        .map((span) => span.textContent);
    });
  await expect.poll(cut, { timeout: 15_000 }).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("playground-phone.png") });
});

test("a resource link's icon stays at the end of its text when the link wraps on a phone", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/roadmaps/backend");
  // Measured once the page is laid out with its fonts: before, no title may wrap yet.
  await page.evaluate(() => document.fonts.ready);
  const measure = () =>
    page.locator('a[target="_blank"]').evaluateAll((links) =>
      links.flatMap((link) => {
        const icon = link.querySelector('[data-testid="external-link-icon"]');
        const text = icon?.parentElement?.firstChild;
        if (!icon || !text) return [];
        const range = document.createRange();
        range.selectNodeContents(text);
        const lines = [...range.getClientRects()];
        const last = lines.at(-1);
        const title = link.lastElementChild!.getBoundingClientRect();
        // Only links whose title wraps to a second line.
        if (!last || title.height < 30) return [];
        const iconBox = icon.getBoundingClientRect();
        return [{ gap: iconBox.left - last.right, sameLine: Math.abs(iconBox.bottom - last.bottom) < 8 }];
      }),
    );
  await expect.poll(async () => (await measure()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const gaps = await measure();
  for (const { gap, sameLine } of gaps) {
    expect(sameLine).toBe(true);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(12);
  }
});
