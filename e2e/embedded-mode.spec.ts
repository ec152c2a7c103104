import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, statusRadio, test } from "./fixtures";
import { startGithubStandIn, type GithubStandIn } from "./support/github-stand-in";
import { signInThroughGithub } from "./support/github-sign-in";
import { ServerExitedError, startNextServer } from "./support/next-server";

// Its own servers on the embedded database: these tests run one after the other.
test.describe.configure({ mode: "serial" });

const PORT = 3150;
let dataDir: string;
let github: GithubStandIn;

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-embedded-"));
  github = await startGithubStandIn();
});

test.afterAll(async () => {
  await github.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function embeddedEnv() {
  return {
    DATABASE_URL: undefined, // unset: the embedded PostgreSQL
    WAYMARK_DATA_DIR: dataDir,
    AUTH_URL: `http://localhost:${PORT}`,
    AUTH_SECRET: undefined, // a local trial needs none: it is generated into the data folder
    AUTH_GITHUB_ID: github.clientId,
    AUTH_GITHUB_SECRET: github.clientSecret,
    WAYMARK_GITHUB_STAND_IN_URL: github.url,
    LOG_LEVEL: "info",
  };
}

test("starts on an embedded PostgreSQL, seeds it, and keeps a learner's progress across restarts", async ({ page }) => {
  test.setTimeout(180_000);
  let server = await startNextServer({ port: PORT, env: embeddedEnv(), timeoutMs: 120_000 });
  try {
    expect(server.output()).toContain("embedded PostgreSQL started");
    await page.goto(`${server.url}/roadmaps/backend`);
    await expect(page.getByTestId("item-title")).toHaveCount(44);
    expect(fs.existsSync(path.join(dataDir, "pgdata"))).toBe(true);

    await signInThroughGithub(page, "embedded-learner");
    // The first user of an empty embedded database administers it (a local trial).
    const me = await page.request.post(`${server.url}/api/graphql`, { data: { query: "{ viewer { login role } }" } });
    expect(await me.json()).toEqual({ data: { viewer: { login: "embedded-learner", role: "ADMIN" } } });
    const firstItem = await page.locator("li[data-item-id]").first().getAttribute("data-item-id");
    const saved = page.waitForResponse((response) => response.url().endsWith("/api/graphql") && response.ok());
    await statusRadio(page, firstItem!, "Done").click();
    await saved;
    await expect(statusRadio(page, firstItem!, "Done")).toHaveAttribute("aria-checked", "true");
    await expect(page.getByTestId("roadmap-completion")).toContainText("1/44");
    // Off the page before its server stops: its link prefetches would meet a refused connection.
    await page.goto("about:blank");
  } finally {
    await server.stop();
    await test.info().attach("server-1.log", { body: server.output(), contentType: "text/plain" });
  }
  expect(fs.existsSync(path.join(dataDir, "waymark.lock"))).toBe(false);

  server = await startNextServer({ port: PORT, env: embeddedEnv(), timeoutMs: 120_000 });
  try {
    // The seed found nothing to change, and the session and the tick are still there.
    expect(server.output()).toContain(`"slug":"backend","skipped":"unchanged"`);
    await page.goto(`${server.url}/roadmaps/backend`);
    await expect(page.getByTestId("signed-in-login")).toHaveText("embedded-learner");
    await expect(page.getByTestId("roadmap-completion")).toContainText("1/44");
    const firstItem = await page.locator("li[data-item-id]").first().getAttribute("data-item-id");
    await expect(statusRadio(page, firstItem!, "Done")).toHaveAttribute("aria-checked", "true");

    // Explore's search on the reopened database (its title index needs PGlite's pg_trgm):
    // part of a word in any case finds the roadmap, and "%" is a character, not a wildcard.
    // ("ACKEND": "Develop" would find the Frontend roadmap too.)
    await page.goto(`${server.url}/explore?q=${encodeURIComponent("ACKEND")}`);
    await expect(page.getByTestId("roadmap-card")).toHaveCount(1);
    await expect(page.getByTestId("roadmap-card")).toContainText("Backend Development Roadmap");
    await page.goto(`${server.url}/explore?q=${encodeURIComponent("%")}`);
    await expect(page.getByText("No public roadmap has “%” in its title.")).toBeVisible();
    await page.goto("about:blank");
  } finally {
    await server.stop();
  }
});

test("a second server on the same data folder stops with a clear message", async () => {
  test.setTimeout(180_000);
  const first = await startNextServer({ port: PORT, env: embeddedEnv(), timeoutMs: 120_000 });
  try {
    const error = await startNextServer({
      port: PORT + 1,
      env: { ...embeddedEnv(), AUTH_URL: `http://localhost:${PORT + 1}` },
      timeoutMs: 60_000,
    }).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ServerExitedError);
    expect((error as ServerExitedError).output).toContain(
      `The data folder ${dataDir} is already in use by Waymark process`,
    );
    // The first server is unharmed.
    const health = await fetch(`${first.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, database: "up" });
  } finally {
    await first.stop();
  }
});

test("on the embedded database, a learner starts a cohort, another joins by its link, and the mentor sees them", async ({
  page,
  browser,
  browserErrors,
}) => {
  test.setTimeout(180_000);
  const server = await startNextServer({ port: PORT, env: embeddedEnv(), timeoutMs: 120_000 });
  const other = await browser.newContext();
  try {
    await page.goto(`${server.url}/roadmaps/backend`);
    await signInThroughGithub(page, "embedded-mentor");
    await page.goto(`${server.url}/cohorts`);
    const form = page.getByTestId("create-cohort-form");
    await form.getByLabel("Name").fill("LAN study group");
    await form.getByRole("button", { name: "Create cohort" }).click();
    const invite = (await page.getByTestId("invite-link").textContent())!;
    expect(invite).toContain(`${server.url}/cohorts/join/wmi_`);

    const learner = await other.newPage();
    await learner.goto(`${server.url}/roadmaps/backend`);
    await signInThroughGithub(learner, "embedded-member");
    const firstItem = await learner.locator("li[data-item-id]").first().getAttribute("data-item-id");
    const saved = learner.waitForResponse((response) => response.url().endsWith("/api/graphql") && response.ok());
    await statusRadio(learner, firstItem!, "Done").click();
    await saved;
    await learner.goto(invite);
    await learner.getByRole("button", { name: "Join LAN study group" }).click();
    await expect(learner.getByRole("heading", { name: "Where the cohort stands" })).toBeVisible();
    const cohortPath = new URL(learner.url()).pathname;

    await page.goto(`${server.url}${cohortPath}`);
    await expect(page.getByTestId("matrix-row")).toHaveCount(2);
    await expect(page.locator('[data-testid="matrix-row"][data-login="embedded-member"]')).toContainText("2.3%");
    const csv = await (
      await page.request.get(`${server.url}/api/cohorts/${cohortPath.split("/").at(-1)}/export`)
    ).text();
    expect(csv.trim().split("\r\n")).toHaveLength(3);

    await learner.getByRole("button", { name: "Leave cohort" }).click();
    await learner.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
    await expect(learner).toHaveURL(`${server.url}/cohorts`);
    await page.reload();
    await expect(page.getByTestId("matrix-row")).toHaveCount(1);
    browserErrors.allowFailedLoad(cohortPath, 404, "a cohort is not found by those who left it");
    expect((await learner.goto(`${server.url}${cohortPath}`))?.status()).toBe(404);
    await expect(learner.getByTestId("not-found")).toBeVisible();
    await Promise.all([page.goto("about:blank"), learner.goto("about:blank")]);
  } finally {
    await other.close();
    await server.stop();
  }
});
