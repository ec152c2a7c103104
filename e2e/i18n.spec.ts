import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { createSession, createUser, uniqueLogin } from "./support/factories";
import { signInThroughGithub } from "./support/github-sign-in";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";

/*
 * Issue 25's interface languages: the first visit follows Accept-Language, the
 * header's switcher changes the language at once and a cookie keeps it for a
 * guest, a signed-in learner's choice (setLocale) follows them into another
 * browser, and <html lang dir> says which language and direction the page is in
 * (right to left in Arabic). The pages are rendered in the language on the
 * server: the first paint is already in it.
 */

const PHONE = { width: 360, height: 760 } as const;

async function expectLanguage(page: Page, lang: string, dir: "ltr" | "rtl" = "ltr") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

/** Presses Tab until `target` has the focus: proof that it is in the keyboard's path. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("a first visit from a browser that asks for Spanish is in Spanish, from the first byte", async ({
  browser,
  baseURL,
  browserErrors,
}) => {
  browserErrors.allowFailedLoad("/no/such/page", 404, "the not-found page, in Spanish");
  const context = await browser.newContext({ baseURL, locale: "es-MX" });
  // The server's HTML itself, before any script: no other language flashes first.
  const html = await (await context.request.get("/", { headers: { "accept-language": "es-MX,es;q=0.9" } })).text();
  expect(html).toContain('<html lang="es" dir="ltr"');
  expect(html).toContain("Rutas de aprendizaje que puedes ir marcando");

  const page = await context.newPage();
  await page.goto("/");
  await expectLanguage(page, "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rutas de aprendizaje que puedes ir marcando");
  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Explorar" })).toBeVisible();
  await expect(page.getByTestId("roadmap-card-backend")).toContainText("44 temas");
  await expect(page.getByLabel("Idioma")).toHaveValue("es");
  expect(await seriousViolations(page)).toEqual([]);

  // Unknown addresses too.
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
  await context.close();
});

test("a browser in a language Waymark does not offer gets English; Portuguese gets Brazilian Portuguese", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/");
  await expectLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learning roadmaps you can tick off");

  const context = await browser.newContext({ baseURL, locale: "pt-PT" });
  const portuguese = await context.newPage();
  await portuguese.goto("/");
  await expectLanguage(portuguese, "pt-BR");
  await expect(portuguese.getByRole("heading", { level: 1 })).toHaveText("Trilhas de aprendizado para ir marcando");
  await context.close();
});

test("a guest switches to Arabic from the header: the page turns right to left, and a reload keeps it", async ({
  page,
  context,
}, testInfo) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await expectLanguage(page, "en");
  const switcher = page.getByLabel("Language");
  await tabTo(page, switcher);
  await switcher.selectOption("ar");

  await expectLanguage(page, "ar", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("خرائط تعلّم تضع عليها علامة الإنجاز");
  await expect(page.getByLabel("اللغة")).toHaveValue("ar");
  expect((await context.cookies()).find((cookie) => cookie.name === "locale")?.value).toBe("ar");

  await page.reload();
  await expectLanguage(page, "ar", "rtl");
  await expect(page.getByRole("navigation", { name: "الرئيسية" }).getByRole("link", { name: "الخرائط" })).toBeVisible();
  await expect(page.getByTestId("roadmap-card-backend")).toContainText("عنصرًا");
  await expectNoSidewaysScroll(page, "/ in Arabic at 360 px");
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, testInfo, "i18n-home-ar-360.png");
  await shoot(page.locator("header").first(), testInfo, "i18n-header-ar-360.png");

  // And back: the cookie now says English, whatever the browser asks for.
  await page.getByLabel("اللغة").selectOption("en");
  await expectLanguage(page, "en");
  await page.reload();
  await expectLanguage(page, "en");
});

test("a signed-in learner's language follows them into another browser, and 'as the browser says' lets go of it", async ({
  page,
  browser,
  baseURL,
  db,
}) => {
  const login = uniqueLogin("polyglot");
  await page.goto("/");
  await signInThroughGithub(page, login);
  await page.getByLabel("Language").selectOption("ja");
  await expectLanguage(page, "ja");
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { login } })).locale).toBe("ja");

  // Another browser, in French (which Waymark does not offer): English until the learner signs in.
  const elsewhere = await browser.newContext({ baseURL });
  const other = await elsewhere.newPage();
  await other.goto("/");
  await expectLanguage(other, "en");
  await signInThroughGithub(other, login);
  await expectLanguage(other, "ja");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("チェックしながら進める学習ロードマップ");

  // The settings page: the saved choice, and "as the browser says" (null) to follow Accept-Language.
  await other.goto("/settings/language");
  await expect(other.getByRole("heading", { level: 1, name: "言語" })).toBeVisible();
  const setting = other.getByTestId("locale-setting");
  await expect(setting).toHaveValue("ja");
  expect(await seriousViolations(other)).toEqual([]);
  await setting.selectOption("");
  await expectLanguage(other, "en");
  await expect(other.getByRole("heading", { level: 1, name: "Language" })).toBeVisible();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { login } })).locale).toBeNull();
  await elsewhere.close();
});

test("every translated page renders in every language, with its lang and dir, and axe finds nothing in Arabic and Japanese, light and dark", async ({
  browser,
  baseURL,
  db,
  browserErrors,
}) => {
  test.setTimeout(180_000);
  browserErrors.allowFailedLoad("/no/such/page", 404, "the not-found page, in every language");
  const user = await createUser(db);
  const sessionToken = await createSession(db, user.id);
  const guestPages = ["/", "/signin", "/no/such/page", "/dashboard"];
  const learnerPages = [
    "/dashboard",
    "/settings/profile",
    "/settings/tokens",
    "/settings/review",
    "/settings/language",
    "/settings/data",
  ];
  for (const locale of ["en", "es", "pt-BR", "de", "ja", "ar"] as const) {
    // The guest's pages in light mode, the learner's in dark: axe sees each language in both.
    const guest = await browser.newContext({ baseURL, colorScheme: "light" });
    await guest.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    const member = await browser.newContext({ baseURL, colorScheme: "dark" });
    await member.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL! }]);
    await db.user.update({ where: { id: user.id }, data: { locale } });
    for (const [context, paths] of [
      [guest, guestPages],
      [member, learnerPages],
    ] as const) {
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        await expectLanguage(page, locale, locale === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        if (locale === "ar" || locale === "ja")
          expect(await seriousViolations(page), `${path} in ${locale}`).toEqual([]);
      }
    }
    await guest.close();
    await member.close();
  }
});

test("the roadmap page speaks the page's language: Spanish statuses and filters, Arabic right to left with the checklist, axe clean", async ({
  browser,
  baseURL,
  db,
}) => {
  // A guest in Spanish: the status radios, the toolbar and the completion bar in Spanish.
  const guest = await browser.newContext({ baseURL });
  await guest.addCookies([{ name: "locale", value: "es", url: baseURL! }]);
  const page = await guest.newPage();
  await page.goto("/roadmaps/backend");
  await expectLanguage(page, "es");
  const first = page.getByRole("radiogroup", { name: /^Estado de / }).first();
  await first.getByRole("radio", { name: "Hecho" }).click();
  await expect(first.getByRole("radio", { name: "Hecho" })).toHaveAttribute("aria-checked", "true");
  for (const name of ["Sin empezar", "En curso", "Omitido"])
    await expect(first.getByRole("radio", { name })).toBeVisible();
  await expect(page.getByLabel("Ocultar hechos")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Buscar temas" })).toBeVisible();
  await expect(page.getByTestId("roadmap-completion").getByRole("progressbar")).toHaveAttribute(
    "aria-valuetext",
    /^[\d,]+ % \(1 de \d+ terminados\)$/,
  );
  await guest.close();

  // A learner in Arabic, dark: right to left, the checklist's words in Arabic, the reset dialog too.
  const user = await createUser(db);
  await db.user.update({ where: { id: user.id }, data: { locale: "ar" } });
  const member = await browser.newContext({ baseURL, colorScheme: "dark" });
  await member.addCookies([{ name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! }]);
  const arabic = await member.newPage();
  await arabic.goto("/roadmaps/backend");
  await expectLanguage(arabic, "ar", "rtl");
  const row = arabic.getByRole("radiogroup", { name: /^حالة / }).first();
  await row.getByRole("radio", { name: "قيد التقدم" }).click();
  await expect(row.getByRole("radio", { name: "قيد التقدم" })).toHaveAttribute("aria-checked", "true");
  await expect(arabic.getByRole("button", { name: /^إضافة ملاحظة/ }).first()).toBeVisible();
  expect(await seriousViolations(arabic)).toEqual([]);
  await arabic.getByRole("button", { name: "إعادة ضبط التقدم" }).click();
  await expect(arabic.getByRole("dialog")).toContainText("تعود كل العناصر إلى لم يبدأ.");
  expect(await seriousViolations(arabic)).toEqual([]);
  await member.close();
});
