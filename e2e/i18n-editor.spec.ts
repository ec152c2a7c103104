import type { Browser } from "@playwright/test";
import type { Db } from "../server/db/client";
import type { Locale } from "../shared/i18n/locales";
import { expect, itemRow, statusRadio, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { createSession, createUser } from "./support/factories";

/*
 * Issue 25 on the roadmap editor and the roadmap page's actions: the editor, its
 * preview and the actions bar in the learner's language (Arabic right to left,
 * with the markdown and its line numbers left to right), refusals from the API
 * told by their code in that language, and the day a skill's status came from
 * another roadmap written in it.
 */

async function learnerIn(browser: Browser, baseURL: string, db: Db, locale: Locale, timezoneId?: string) {
  const user = await createUser(db);
  await db.user.update({ where: { id: user.id }, data: { locale } });
  const context = await browser.newContext({ baseURL, colorScheme: "dark", ...(timezoneId ? { timezoneId } : {}) });
  await context.addCookies([{ name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL }]);
  return { user, context, page: await context.newPage() };
}

test("the editor and the roadmap's actions in Arabic: right to left, the markdown left to right, axe clean", async ({
  browser,
  baseURL,
  db,
}) => {
  const { context, page } = await learnerIn(browser, baseURL!, db, "ar");
  await page.goto("/roadmaps/new");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("خريطة جديدة");
  const editor = page.getByLabel("ماركداون", { exact: true });
  await expect(editor).toHaveValue(/^# خريطتي/);
  // Markdown and its line numbers read left to right inside the right-to-left page.
  expect(await editor.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  expect(await page.getByTestId("line-gutter").evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  await expect(page.getByTestId("editor-problems")).toContainText("لا مشكلات.");
  // The browser's Intl may write the count in Arabic-Indic digits.
  await expect(page.getByTestId("preview-summary")).toHaveText(/^خريطة جديدة فيها [3٣] عناصر\.$/);
  expect(await seriousViolations(page)).toEqual([]);

  // A problem is told in Arabic (by its code), the markup it quotes as written, and is a button to its line.
  await editor.fill("# خريطتي\n\n## قسم\n\n-[ ] بلا مسافة\n");
  await expect(page.getByTestId("editor-problems")).toContainText(": لا يُحفظ شيء حتى تُصلَح كلها.");
  const problem = page.getByRole("button", { name: /^السطر 5:/ });
  await expect(problem).toContainText("- [ ] text");
  await expect(problem).not.toContainText("write a space");
  await expect(problem).toContainText(/[\u0600-\u06ff]{3}.*- \[ \] text/);
  await editor.fill("# خريطتي\n\n## قسم\n\n- [ ] عنصر\n");
  await expect(page.getByTestId("preview-summary")).toHaveText("خريطة جديدة فيها عنصر واحد.");

  await page.getByRole("button", { name: "إنشاء الخريطة" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("خريطتي");
  const actions = page.getByTestId("roadmap-actions");
  await expect(actions.getByRole("link", { name: "تعديل" })).toBeVisible();
  await expect(actions.getByRole("button", { name: "نسخ" })).toBeVisible();
  await expect(actions.getByText("تصدير", { exact: true })).toBeVisible();
  await expect(actions.getByRole("combobox")).toHaveValue("PRIVATE");
  await expect(actions.getByRole("combobox").locator("option:checked")).toHaveText("خاصة: أنا فقط");
  expect(await seriousViolations(page)).toEqual([]);

  await actions.getByRole("button", { name: "حذف" }).click();
  const dialog = page.getByRole("dialog", { name: "حذف خريطتي؟" });
  await expect(dialog).toContainText("تذهب الخريطة ومعها حالات الجميع");
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test("a refusal is said in the learner's language, chosen by its code: an address already taken, in Spanish", async ({
  browser,
  baseURL,
  db,
}) => {
  const { context, page } = await learnerIn(browser, baseURL!, db, "es");
  for (const attempt of ["first", "second"]) {
    await page.goto("/roadmaps/new");
    await expect(page.getByTestId("preview-summary")).toHaveText("Una ruta nueva con 3 temas.");
    await page.getByLabel("Dirección (opcional)").fill("mi-ruta");
    await page.getByRole("button", { name: "Crear ruta" }).click();
    if (attempt === "first") await page.waitForURL(/\/roadmaps\/[^/]+\/mi-ruta$/);
  }
  await expect(page.getByText("Ya tienes una ruta llamada mi-ruta.", { exact: true })).toBeVisible();

  // The roadmap page's actions: fork asks in Spanish.
  await page.goto("/roadmaps/backend");
  await page.getByRole("button", { name: "Bifurcar", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Bifurcar / });
  await expect(dialog.getByLabel("Copiar mis estados de esta ruta a la bifurcación")).toBeChecked();
  await context.close();
});

test("the day a skill's status came from another roadmap is written in the page's language", async ({
  browser,
  baseURL,
  db,
}) => {
  const { user, context, page } = await learnerIn(browser, baseURL!, db, "de", "UTC");
  const itemOf = async (slug: string) =>
    (
      await db.item.findFirstOrThrow({
        where: { roadmap: { slug }, skill: "git", retiredAt: null },
        select: { id: true },
      })
    ).id;
  const [backendGit, frontendGit] = await Promise.all([itemOf("backend"), itemOf("frontend")]);
  await page.goto("/roadmaps/backend");
  await statusRadio(page, backendGit, "Erledigt").click();
  await expect(statusRadio(page, backendGit, "Erledigt")).toBeChecked();
  await expect
    .poll(async () => (await db.skillProgress.findFirst({ where: { userId: user.id, skill: "git" } }))?.status)
    .toBe("DONE");

  await page.goto("/roadmaps/frontend");
  const today = new Intl.DateTimeFormat("de", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date());
  const source = itemRow(page, frontendGit).getByTestId("item-skill-source");
  await expect(source).toContainText(/^Erledigt in .+, /);
  await expect(source).toContainText(today);
  await context.close();
});
