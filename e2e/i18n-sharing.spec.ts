import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { seedHistory } from "./support/plan-history";

/*
 * Issue 25, the pages for finding and sharing: Explore and the skills in Arabic
 * (right to left, what the learner typed kept apart from the sentence), the
 * sharing settings, tokens and public profile in Japanese, and what no browser
 * asks for (the README badge, the calendar feed) in the owner's saved language
 * unless the address says another.
 */

test("a guest in Arabic: Explore and the skills, right to left, axe clean", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "locale", value: "ar", url: baseURL! }]);
  await page.goto("/explore?q=zzz-nothing");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("استكشاف");
  await expect(page.getByRole("button", { name: "بحث" })).toBeVisible();
  await expect(page.getByText("لا توجد خريطة عامة في عنوانها «zzz-nothing».")).toBeVisible();
  await expect(page.locator("bdi", { hasText: "zzz-nothing" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/explore?skill=git");
  await expect(page.getByRole("link", { name: "إزالة تصفية المهارة git" })).toBeVisible();
  await expect(page.getByTestId("roadmap-card").first()).toContainText("مضمّنة");

  await page.goto("/skills");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المهارات");
  await expect(page.getByPlaceholder("البحث بالاسم أو العنوان")).toBeVisible();

  await page.goto("/skills/git");
  await expect(page.getByRole("heading", { name: "حالتك" })).toBeVisible();
  await expect(page.getByRole("link", { name: "سجّل الدخول" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("a learner in Japanese: sharing, the calendar link, a token and the public profile; their badge and feed follow them", async ({
  page,
  context,
  login,
  db,
  backendItems,
  baseURL,
  request,
}) => {
  const user = await login();
  await db.user.update({ where: { id: user.id }, data: { locale: "ja" } });
  const backend = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  await seedHistory(db, user.id, backend.id, [{ itemId: backendItems[0]!.id, daysAgo: 1 }]);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);

  await page.goto("/settings/profile");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const form = page.getByTestId("profile-form");
  await form.getByLabel("プロフィールを公開する").check();
  // The roadmap followed (the title is the roadmap's own, in whatever language it is written).
  await form.getByRole("checkbox", { name: /· 組み込み$/ }).check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("保存しました。プロフィールは公開中です。");

  const calendar = page.getByTestId("calendar-subscription");
  await calendar.getByRole("button", { name: "リンクを作成" }).click();
  const links = calendar.getByRole("region", { name: "新しいカレンダーリンク" });
  await expect(links).toBeFocused();
  await expect(links.getByLabel("曜日")).toContainText("月曜日");
  const feed = (await links.getByTestId("calendar-url").first().textContent())!;
  await links
    .getByRole("button", { name: /^コピー/ })
    .first()
    .click();
  await expect(links.getByRole("status").first()).toHaveText("コピーしました。");
  await expect(calendar.getByTestId("calendar-state")).toContainText("リンクがあります");

  // The feed, fetched by a calendar app with no cookie: the learner's language, or ?lang.
  const path = new URL(feed).pathname;
  expect((await (await request.get(path)).text()).replace(/\r\n /g, "")).toContain("SUMMARY:学習: ");
  expect((await (await request.get(`${path}?lang=ar`)).text()).replace(/\r\n /g, "")).toContain("SUMMARY:دراسة: ");

  await page.goto("/settings/tokens");
  const tokenForm = page.getByTestId("create-token-form");
  await tokenForm.getByLabel("名前").fill("ci");
  await expect(tokenForm.getByRole("checkbox", { name: "進捗の読み取り" })).toBeChecked();
  await tokenForm.getByRole("button", { name: "トークンを作成" }).click();
  await expect(
    page.getByRole("region", {
      name: "トークン「ci」を作成しました。今すぐコピーしてください。二度と表示されません。",
    }),
  ).toBeFocused();

  await page.goto(`/u/${user.login}`);
  await expect(page.getByRole("heading", { name: "ロードマップ" })).toBeVisible();
  await expect(
    page.getByText("これはあなたの公開プロフィールで、ほかの人にもまったく同じように見えています。"),
  ).toBeVisible();
  await page.getByText("README バッジ").click();
  await expect(page.getByRole("img", { name: /のバッジ（ライト）$/ })).toBeVisible();

  const badge = await (await request.get(`${baseURL}/api/badges/${user.login}/backend.svg`)).text();
  expect(badge).toMatch(/aria-label="[^"]+ · \d+(\.\d+)?%（Waymark）"/);
  const english = await (await request.get(`${baseURL}/api/badges/${user.login}/backend.svg?lang=en`)).text();
  expect(english).toMatch(/ on Waymark"/);
});
