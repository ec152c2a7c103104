import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { cohortPerson, graphql } from "./support/cohort-people";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";

/*
 * Issue 24's authoring help: the editor's Skills panel suggests a skill for the
 * item at the caret (by title and by link, from public roadmaps), one click
 * claims it in the markdown, and the roadmap's claimed skills show with the
 * learners who follow each; Explore filters by skill (?skill=git), with the
 * title search, and a chip takes the filter off. Axe, 360 px and dark mode.
 */

const PHONE = { width: 360, height: 780 } as const;

function markdownOf(word: string) {
  return [
    `# Skill authoring ${word}`,
    "",
    "## Tools",
    "",
    "- [ ] Version control with Git <!-- key: vcs -->",
    "  - book: [Pro Git](https://git-scm.com/book/en/v2)",
    `- [ ] Something of my own <!-- key: own --> <!-- skill: own-${word} -->`,
    "",
  ].join("\n");
}

/** A learner's own roadmap, saved over the API as the editor would, and its editor's address. */
async function ownRoadmap(learner: Awaited<ReturnType<typeof cohortPerson>>) {
  const word = randomBytes(4).toString("hex");
  const data = await graphql<{ saveRoadmap: { roadmap: { id: string; path: string } } }>(
    learner.context.request,
    `
      mutation ($md: String!) {
        saveRoadmap(input: { markdown: $md }) {
          roadmap {
            id
            path
          }
        }
      }
    `,
    { md: markdownOf(word) },
  );
  return { word, ...data.saveRoadmap.roadmap };
}

/** Puts the caret at the start of a line (1-based) with the keyboard, as an author would. */
async function caretToLine(page: Page, line: number) {
  const editor = page.getByLabel("Markdown", { exact: true });
  await editor.focus();
  await page.keyboard.press("Control+Home");
  for (let index = 1; index < line; index += 1) await page.keyboard.press("ArrowDown");
}

test("the editor suggests git for an item about Git, claims it in one click, and the save stores the claim", async ({
  browser,
  baseURL,
  db,
}) => {
  const learner = await cohortPerson(browser, baseURL!, db);
  const { page } = learner;
  const roadmap = await ownRoadmap(learner);
  // Two learners follow the roadmap's own skill: its author sees the count.
  for (const _ of [1, 2]) {
    const other = await db.user.create({ data: { login: `follower-${randomBytes(4).toString("hex")}` } });
    await db.skillProgress.create({
      data: { userId: other.id, skill: `own-${roadmap.word}`, status: "DONE", updatedAt: new Date() },
    });
  }

  await page.goto(`${roadmap.path}/edit`);
  const panel = page.getByTestId("skill-panel");
  await expect(panel.getByRole("heading", { name: "Skills" })).toBeVisible();
  await expect(panel.getByTestId("claimed-skills")).toHaveText(`own-${roadmap.word} · 1 item · 2 learners follow it`);

  await caretToLine(page, 7);
  await expect(panel).toContainText("Line 7, Something of my own, claims own-");

  await caretToLine(page, 5);
  await expect(panel).toContainText("Line 5, Version control with Git, claims no skill.");
  const claim = panel.getByRole("button", { name: "Claim the skill git", exact: true });
  await expect(claim).toBeVisible();
  // Found by its title and by the Pro Git link the Backend roadmap's Git item has too, with an item claiming it.
  const suggestion = panel
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "Claim the skill git" }) });
  await expect(suggestion).toContainText(/like its title, (an item|\d+ items) with/);
  await expect(suggestion).toContainText(/on (Backend Development|Frontend Development|DevOps) Roadmap/);
  expect(await seriousViolations(page)).toEqual([]);

  await claim.click();
  const editor = page.getByLabel("Markdown", { exact: true });
  await expect(editor).toHaveValue(/- \[ \] Version control with Git <!-- key: vcs --> <!-- skill: git -->\n/);
  await expect(panel).toContainText("Line 5, Version control with Git, claims git.");
  // Focus goes back to the markdown, on the item's line, for the keyboard.
  await expect(editor).toBeFocused();
  await expect(panel.getByTestId("claimed-skills")).toContainText("git · 1 item · learners counted once saved");

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${roadmap.path}$`));
  const item = await db.item.findFirstOrThrow({
    where: { roadmapId: roadmap.id, key: "vcs" },
    select: { skill: true },
  });
  expect(item.skill).toBe("git");
  await learner.context.close();
});

test("Explore filters by skill, with the title search, and the chip takes the filter off", async ({ page }) => {
  await page.goto("/explore?skill=git");
  const cards = page.getByRole("main");
  for (const title of ["Backend Development Roadmap", "DevOps Roadmap", "Frontend Development Roadmap"]) {
    await expect(cards.getByRole("link", { name: title })).toBeVisible();
  }
  await expect(page.getByLabel("Teaches the skill")).toHaveValue("git");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Title", { exact: true }).fill("Frontend");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/explore\?q=Frontend&skill=git$/);
  await expect(cards.getByRole("link", { name: "Frontend Development Roadmap" })).toBeVisible();
  await expect(cards.getByRole("link", { name: "Backend Development Roadmap" })).toHaveCount(0);

  await page.getByRole("link", { name: "Remove the skill filter git" }).click();
  await expect(page).toHaveURL(/\/explore\?q=Frontend$/);
  await expect(page.getByLabel("Teaches the skill")).toHaveValue("");

  // A skill no public roadmap claims, and a name no item could claim.
  await page.goto("/explore?skill=no-such-skill-anywhere");
  await expect(page.getByText("No public roadmap teaches the skill no-such-skill-anywhere.")).toBeVisible();
  await page.goto("/explore?skill=Not_A_Skill");
  await expect(page.getByText(/is not a skill name/)).toBeVisible();
});

for (const [variant, options] of [
  ["dark", { colorScheme: "dark" as const }],
  ["360", { colorScheme: "light" as const, viewport: PHONE }],
  ["360-dark", { colorScheme: "dark" as const, viewport: PHONE }],
] as const) {
  test(`the Skills panel and Explore's skill filter, ${variant}`, async ({ browser, baseURL, db }, testInfo) => {
    const learner = await cohortPerson(browser, baseURL!, db, options);
    const { page } = learner;
    const roadmap = await ownRoadmap(learner);
    await page.goto(`${roadmap.path}/edit`);
    await caretToLine(page, 5);
    const panel = page.getByTestId("skill-panel");
    await expect(panel.getByRole("button", { name: "Claim the skill git", exact: true })).toBeVisible();
    await shoot(panel, testInfo, `skill-suggestions-${variant}.png`, false);
    await expectNoSidewaysScroll(page, "the editor");
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/explore?skill=git");
    await expect(page.getByRole("link", { name: "Remove the skill filter git" })).toBeVisible();
    await shoot(page, testInfo, `explore-skill-${variant}.png`);
    await expectNoSidewaysScroll(page, "/explore?skill=git");
    expect(await seriousViolations(page)).toEqual([]);
    await learner.context.close();
  });
}
