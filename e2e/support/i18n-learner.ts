import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import type { Db } from "../../server/db/client";
import { apiCohort, backendRoadmapId, cohortPerson, graphql } from "./cohort-people";
import { createOwnRoadmap } from "./own-roadmap-over-http";
import { daysAgo, seedHistory, steadyPace } from "./plan-history";

/*
 * Issue 25's checks of every page in every language (e2e/i18n-every-page.spec.ts, the Arabic and
 * Japanese axe runs, the Arabic and Japanese screenshots): one learner with something on every
 * page, and browsers that ask for a language with the `locale` cookie.
 */

export const LOCALES = ["en", "es", "pt-BR", "de", "ja", "ar"] as const;
export type TestLocale = (typeof LOCALES)[number];

const SET_DONE = `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`;

export interface SeededLearner {
  login: string;
  sessionToken: string;
  /** Their own public roadmap's path (/roadmaps/<login>/<name>). */
  ownRoadmap: string;
  /** Their cohort's page, where they are the owner (the mentor's matrix). */
  cohort: string;
  /** Another learner's invite link, not yet used. */
  invite: string;
}

/**
 * A learner with something on every page: six weeks of progress on the Backend roadmap and a
 * goal (the dashboard's charts and forecast), two reviews due (/review shows a card), a public
 * profile, a public roadmap of their own, a cohort they own with a member, and another learner's
 * invite. No saved language: the `locale` cookie of each browser chooses.
 */
export async function seededLearner(browser: Browser, baseURL: string, db: Db): Promise<SeededLearner> {
  const learner = await cohortPerson(browser, baseURL, db, { name: "Layla Haddad" });
  const peer = await cohortPerson(browser, baseURL, db);
  const roadmapId = await backendRoadmapId(db);
  const items = await db.item.findMany({
    where: { roadmapId, parentId: null },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
    select: { id: true },
  });
  await seedHistory(db, learner.user.id, roadmapId, [
    ...steadyPace(items.slice(2, 14).map((item) => item.id)),
    { itemId: items[14]!.id, daysAgo: 0, to: "IN_PROGRESS" },
  ]);
  // Through the API, so that they enter review; then a month older, so that they are due.
  for (const item of items.slice(0, 2)) await graphql(learner.context.request, SET_DONE, { id: item.id });
  await db.$executeRaw`UPDATE "ReviewCard" SET "due" = "due" - interval '30 days',
    "lastReview" = "lastReview" - interval '30 days', "enteredAt" = "enteredAt" - interval '30 days'
    WHERE "userId" = ${learner.user.id}`;
  await db.roadmapGoal.create({
    data: { userId: learner.user.id, roadmapId, weeklyGoal: 3, targetDate: daysAgo(-90) },
  });
  await db.user.update({
    where: { id: learner.user.id },
    data: { profilePublic: true, profileRoadmaps: { create: { roadmapId, position: 0 } } },
  });
  const own = await createOwnRoadmap(learner.context.request, { visibility: "PUBLIC" });
  const cohort = await apiCohort(learner, db, "Cohorte 25");
  const theirs = await apiCohort(peer, db, "Kohorte 25");
  const sessionToken = (await learner.context.cookies()).find((cookie) => cookie.name === "authjs.session-token")!;
  await learner.context.close();
  await peer.context.close();
  return {
    login: learner.login,
    sessionToken: sessionToken.value,
    ownRoadmap: own.path,
    cohort: `/cohorts/${cohort.id}`,
    invite: theirs.invitePath,
  };
}

/** A browser that asks for `locale` with the cookie the switcher writes; signed in as `learner` if given. */
export async function browserIn(
  browser: Browser,
  baseURL: string,
  locale: TestLocale,
  learner: SeededLearner | null,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext({ baseURL, ...options });
  await context.addCookies([
    { name: "locale", value: locale, url: baseURL },
    ...(learner ? [{ name: "authjs.session-token", value: learner.sessionToken, url: baseURL }] : []),
  ]);
  return context;
}

export async function expectLanguage(page: Page, locale: TestLocale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
}

/** The messages' namespaces (Header, Home, ...): what next-intl prints, as `Namespace.key`, for a missing message. */
const NAMESPACES = Object.keys(
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages/en.json"), "utf8")) as object,
);
const FALLBACK = new RegExp(`\\b(?:${NAMESPACES.join("|")})\\.[A-Za-z][\\w.]*`, "g");

/**
 * The page's message-key fallbacks (`Roadmap.noSuchKey`): in its title, its text and the
 * attributes people read or hear.
 */
export async function messageKeyFallbacks(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found = [document.title, document.body.innerText];
    const attributes = ["aria-label", "aria-description", "aria-valuetext", "title", "placeholder", "alt"];
    for (const element of document.querySelectorAll(attributes.map((name) => `[${name}]`).join(","))) {
      for (const name of attributes) found.push(element.getAttribute(name) ?? "");
    }
    return found;
  });
  return [...new Set(texts.flatMap((text) => text.match(FALLBACK) ?? []))];
}
