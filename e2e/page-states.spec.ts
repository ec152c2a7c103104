import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { startWaymark, type WaymarkUnderTest } from "./support/waymark-under-test";

/*
 * The pages' own states: streamed sections behind skeletons, the styled
 * not-found page, and the error page with a retry that works once the cause is
 * gone. A server of its own, with its database behind a fault proxy, so the error
 * is a real one (the database freezing mid-page), not a test hook.
 */

test.describe.configure({ mode: "serial" });

let waymark: WaymarkUnderTest;
let cookie: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  waymark = await startWaymark("postgres", {
    port: 3195,
    throughFaultProxy: true,
    env: { DATABASE_CONNECT_TIMEOUT_MS: "1000", DATABASE_STATEMENT_TIMEOUT_MS: "1000" },
  });
  cookie = await waymark.signIn(`states-${Date.now().toString(36)}`);
});

test.afterAll(async () => {
  await waymark?.stop();
});

async function signInBrowser(context: BrowserContext) {
  const [name, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: waymark.url, httpOnly: true, sameSite: "Lax" }]);
}

test("the dashboard and the roadmap page stream their slow sections behind skeletons", async () => {
  // Slow for real: every answer from the database arrives late. A fresh learner's sections are
  // otherwise so quick that React may send them inline with the shell, and there is no skeleton.
  waymark.faults!.slow(150);
  try {
    await expectStreamedSections();
  } finally {
    waymark.faults!.restore();
  }
});

async function expectStreamedSections() {
  for (const [path, skeleton, content] of [
    ["/dashboard", 'data-testid="roadmaps-skeleton"', 'id="activity-heading"'],
    ["/roadmaps/backend", 'data-testid="checklist-skeleton"', 'data-testid="roadmap-completion"'],
  ] as const) {
    const response = await fetch(`${waymark.url}${path}`, { headers: { cookie } });
    const html = await response.text();
    expect(response.status).toBe(200);
    // The skeleton went out first; the section that replaces it came later in the same stream.
    expect(html.indexOf(skeleton), `${path} skeleton`).toBeGreaterThan(-1);
    expect(html.indexOf(content), `${path} content`).toBeGreaterThan(html.indexOf(skeleton));
  }
  // The dashboard's loading.tsx answers before the page itself has even read the session.
  const dashboard = await (await fetch(`${waymark.url}/dashboard`, { headers: { cookie } })).text();
  expect(dashboard).toContain("Loading your dashboard…");
}

test("an unknown page and an unknown roadmap get the styled not-found page with status 404", async ({
  page,
  browserErrors,
}) => {
  for (const path of ["/no/such/page", "/roadmaps/no-such-roadmap"]) {
    browserErrors.allowFailedLoad(path, 404, "the page does not exist");
    const response = await page.goto(`${waymark.url}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all roadmaps" })).toBeVisible();
  }
});

test("a page whose database freezes mid-render shows the error page, and its retry works once it is back", async ({
  page,
  context,
  browserErrors,
}) => {
  test.setTimeout(60_000);
  browserErrors.allow(/status of 50[03] /, "the database is frozen on purpose: pages and their prefetches fail");
  browserErrors.allow(
    /Minified React error #441\b/,
    "React's report that the server could not finish a streamed section, which the error page then replaces",
  );
  await signInBrowser(context);
  await page.goto(`${waymark.url}/settings/tokens`);
  await expect(page.getByRole("heading", { name: "Personal access tokens" })).toBeVisible();
  // The database answered a moment ago, so the next page is let through, then hangs on it. The
  // readiness check makes that moment now: the proxy trusts an answer for 2 s (database-health.ts),
  // and a loaded machine can take longer than that between the page above and the freeze, when the
  // proxy would probe the frozen database and answer its "briefly unavailable" page instead.
  expect((await fetch(`${waymark.url}/api/health/ready`)).status).toBe(200);
  waymark.faults!.freeze();
  try {
    await page.goto(`${waymark.url}/dashboard`);
    await expect(page.getByTestId("page-error")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  } finally {
    waymark.faults!.restore();
  }
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your dashboard" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("page-error")).toHaveCount(0);
});
