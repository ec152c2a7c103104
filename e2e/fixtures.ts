import { test as base, expect, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "../server/db/client";
import type { Role } from "../server/db/generated/enums";
import { BrowserErrors } from "./support/browser-errors";
import { createSession, createUser } from "./support/factories";

export interface TestUser {
  id: string;
  login: string;
  sessionToken: string;
}

/**
 * Fixtures for e2e tests: direct access to the e2e server's database (for
 * arranging data and checking what was stored), and `login`, which creates a
 * user with a database session and hands the browser its cookie, as a GitHub
 * sign-in would (the real OAuth flow has its own test in auth.spec.ts). Every
 * test fails on a console error, an uncaught exception or a hydration warning in
 * any of its browsers, unless it declared that error with `browserErrors.allow`
 * (every spec imports `test` from here; lint enforces it).
 */
export const test = base.extend<
  {
    login: (options?: { role?: Role }) => Promise<TestUser>;
    backendItems: { id: string; title: string }[];
    browserErrors: BrowserErrors;
  },
  { db: Db }
>({
  browserErrors: [
    async ({ browser, context }, use, testInfo) => {
      const errors = new BrowserErrors();
      errors.watch(context);
      const restore = errors.watchContextsOf(browser);
      await use(errors);
      restore();
      const unexpected = errors.unexpected();
      if (unexpected.length === 0) return;
      await testInfo.attach("browser-errors.txt", { body: unexpected.join("\n\n"), contentType: "text/plain" });
      // A test that failed already has its own reason: these go along as an attachment.
      if (testInfo.status === testInfo.expectedStatus)
        throw new Error(
          `The browser reported ${unexpected.length} error(s) this test did not expect:\n${unexpected.slice(0, 10).join("\n")}`,
        );
    },
    { auto: true },
  ],
  db: [
    async ({}, use) => {
      const client = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
      await use(client);
      await client.$disconnect();
    },
    { scope: "worker" },
  ],
  login: async ({ db, context, baseURL }, use) => {
    await use(async (options = {}) => {
      const user = await createUser(db, { role: options.role });
      const sessionToken = await createSession(db, user.id);
      await context.addCookies([
        { name: "authjs.session-token", value: sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" },
      ]);
      return { id: user.id, login: user.login!, sessionToken };
    });
  },
  backendItems: async ({ db }, use) => {
    const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
    const sections = await db.section.findMany({ where: { roadmapId: roadmap.id }, orderBy: { position: "asc" } });
    const items = await db.item.findMany({
      where: { roadmapId: roadmap.id },
      select: { id: true, title: true, sectionId: true, parentId: true, position: true },
    });
    // Reading order: sections in order, then items depth-first.
    const ordered: { id: string; title: string }[] = [];
    const walk = (parentId: string | null, sectionId: string) =>
      items
        .filter((item) => item.sectionId === sectionId && item.parentId === parentId)
        .sort((a, b) => a.position - b.position)
        .forEach((item) => {
          ordered.push({ id: item.id, title: item.title });
          walk(item.id, sectionId);
        });
    sections.forEach((section) => walk(null, section.id));
    await use(ordered);
  },
});

export { expect };

/** The row of an item on the roadmap page. */
export function itemRow(page: Page, itemId: string) {
  return page.locator(`li[data-item-id="${itemId}"]`);
}

/** The status radio of an item ("Done", "In progress", "Skipped", "Not started"). */
export function statusRadio(page: Page, itemId: string, label: string) {
  return page.locator(`[data-status-picker="${itemId}"]`).getByRole("radio", { name: label, exact: true });
}
