import type { Page } from "@playwright/test";
import { expect, statusRadio, test } from "./fixtures";
import { seedHistory, steadyPace } from "./support/plan-history";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";

/*
 * Every page, with its Content-Security-Policy on, in Chromium: the header has
 * a fresh nonce and forbids framing, and the browser reports no violation while
 * the page loads and is used (the playground runs a query in its editor).
 */

const PAGES = [
  { name: "home", path: "/", signedIn: false },
  { name: "roadmap (guest)", path: "/roadmaps/backend", signedIn: false },
  { name: "roadmap (learner)", path: "/roadmaps/backend", signedIn: true },
  { name: "dashboard", path: "/dashboard", signedIn: true },
  { name: "dashboard (signed out)", path: "/dashboard", signedIn: false },
  { name: "sign in", path: "/signin", signedIn: false },
  { name: "tokens", path: "/settings/tokens", signedIn: true },
  { name: "playground", path: "/playground", signedIn: true },
  { name: "not found", path: "/no/such/page", signedIn: false, status: 404 },
  { name: "sharing settings", path: "/settings/profile", signedIn: true },
  { name: "a profile that is not public", path: "/u/nobody-at-all", signedIn: false, status: 404 },
] as { name: string; path: string; signedIn: boolean; status?: number }[];

/** Collects the page's CSP violation reports (the `securitypolicyviolation` event) and console refusals. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(
        `${event.violatedDirective}: ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ...refusals,
  ];
}

for (const target of PAGES) {
  test(`${target.name} loads under its Content-Security-Policy without a violation`, async ({
    page,
    login,
    backendItems,
    browserErrors,
  }) => {
    if (target.status) browserErrors.allowFailedLoad(target.path, target.status, "the page is not found on purpose");
    if (target.signedIn) await login();
    const violations = await watchViolations(page);
    const response = await page.goto(target.path);
    const policy = response!.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    // The playground's editor keeps loading its language workers for a while
    // under load: it is waited for by what it shows instead (below).
    if (target.path !== "/playground") await page.waitForLoadState("networkidle");
    if (target.path === "/roadmaps/backend") {
      // Scripts that arrive after the first paint (Apollo, for learners) run too.
      await statusRadio(page, backendItems[5]!.id, "Done").click();
      await expect(statusRadio(page, backendItems[5]!.id, "Done")).toHaveAttribute("aria-checked", "true");
    }
    if (target.path === "/playground") {
      await page.locator(".graphiql-container .monaco-editor").first().waitFor();
      // A click before the operation is in the editor runs nothing: wait for it, as playground.spec does.
      await expect(page.locator(".graphiql-query-editor .view-lines")).toContainText("roadmaps", { timeout: 30_000 });
      await page
        .getByRole("button", { name: /execute query/i })
        .first()
        .click();
      await expect(page.locator(".graphiql-response")).toContainText('"data"', { timeout: 20_000 });
    }
    expect(await violations()).toEqual([]);
  });
}

test("a public profile and the roadmap's plan load without a violation, badges and previews included", async ({
  page,
  login,
  db,
  backendItems,
  request,
}) => {
  const owner = await login();
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" } });
  await seedHistory(db, owner.id, roadmap.id, steadyPace(backendItems.slice(0, 8).map((item) => item.id)));
  await db.user.update({
    where: { id: owner.id },
    data: { profilePublic: true, profileRoadmaps: { create: { roadmapId: roadmap.id, position: 0 } } },
  });
  const violations = await watchViolations(page);
  // The roadmap page's plan: the badge previews are images from this site.
  await page.goto("/roadmaps/backend");
  await page.getByText("README badge").click();
  await expect(page.getByTestId("badge-preview").locator("img").first()).toHaveJSProperty("naturalHeight", 22);
  await page.getByLabel("Show dates").check();
  await expect(page.getByTestId("item-dates").first()).toBeVisible();
  // The profile, as another visitor sees it.
  await page.context().clearCookies();
  const response = await page.goto(`/u/${owner.login}`);
  expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await page.getByText("README badge").click();
  await expect(page.getByTestId("badge-preview").locator("img").first()).toHaveJSProperty("naturalHeight", 22);
  expect(await violations()).toEqual([]);
  // Images served from /api carry the API's policy, which an <img> does not apply.
  const badge = await request.get(`/api/badges/${owner.login}/backend.svg`);
  expect(badge.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const preview = await request.get(`/u/${owner.login}/opengraph-image`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/png");
  // A profile nobody may see gets the plain card, not an error.
  expect((await request.get(`/u/nobody-${owner.login}/opengraph-image`)).status()).toBe(200);
});

// Learners' roadmaps: the pages, and the editor while it checks the markdown and asks for a preview.
for (const target of [
  { name: "new roadmap", path: () => "/roadmaps/new" },
  { name: "own roadmap", path: (roadmap: string) => roadmap },
  { name: "roadmap editor", path: (roadmap: string) => `${roadmap}/edit` },
  { name: "your roadmaps", path: () => "/roadmaps/mine" },
  { name: "explore", path: () => "/explore?q=plan" },
  { name: "a skill's page", path: () => "/skills/git" },
  { name: "your data", path: () => "/settings/data" },
]) {
  test(`${target.name} loads under its Content-Security-Policy without a violation`, async ({ page, login }) => {
    await login();
    const roadmap = await createOwnRoadmap(page.request);
    const violations = await watchViolations(page);
    const response = await page.goto(target.path(roadmap.path));
    expect(response!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
    await page.waitForLoadState("networkidle");
    if (target.name.includes("editor") || target.name === "new roadmap") {
      // The parser runs in the browser, and the preview loads Apollo Client: both under the policy.
      await expect(page.getByTestId("preview-summary")).toBeVisible({ timeout: 20_000 });
    }
    expect(await violations()).toEqual([]);
  });
}

test("a second load gets a new nonce, and API answers forbid everything", async ({ page, request }) => {
  const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  const first = nonceOf((await page.goto("/"))!.headers()["content-security-policy"]);
  const second = nonceOf((await page.goto("/"))!.headers()["content-security-policy"]);
  expect(first).toBeTruthy();
  expect(second).not.toBe(first);
  const api = await request.get("/api/health/live");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});
