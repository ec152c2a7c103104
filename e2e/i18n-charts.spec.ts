import type { Locator } from "@playwright/test";
import type { Db } from "../server/db/client";
import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { createSession, createUser } from "./support/factories";
import { expectHeatmapOpensOnLatestWeek } from "./support/heatmap";
import { seedHistory, steadyPace } from "./support/plan-history";

/*
 * Issue 25: the dashboard's charts in Arabic read right to left, as the page
 * does. The heatmap's latest week is on the left, where its scroller opens on a
 * phone, its oldest weeks off to the right; the burn-up chart's first day is on
 * the right and time runs leftwards; every label stays inside its drawing (the
 * anchors turn with the direction), and the page passes axe.
 */

const PHONE = { width: 360, height: 760 } as const;
const DESKTOP = { width: 1280, height: 900 } as const;

async function arabicLearner(db: Db, backendItems: { id: string }[]) {
  const user = await createUser(db);
  const { id: roadmapId } = await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  await seedHistory(db, user.id, roadmapId, [
    ...steadyPace(backendItems.slice(0, 12).map((item) => item.id)),
    { itemId: backendItems[12]!.id, daysAgo: 0 },
  ]);
  return user;
}

/** Every box of the locator's matches. */
async function boxes(locator: Locator) {
  return locator.evaluateAll((elements) =>
    elements.map((element) => ({ text: element.textContent ?? "", ...element.getBoundingClientRect().toJSON() })),
  ) as Promise<{ text: string; left: number; right: number; top: number; bottom: number }[]>;
}

test("in Arabic the heatmap and the burn-up chart run right to left, their labels inside", async ({
  browser,
  baseURL,
  db,
  backendItems,
}) => {
  const user = await arabicLearner(db, backendItems);
  const context = await browser.newContext({ baseURL, viewport: PHONE });
  await context.addCookies([
    { name: "authjs.session-token", value: await createSession(db, user.id), url: baseURL! },
    { name: "locale", value: "ar", url: baseURL! },
  ]);
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // On a phone the grid scrolls, and opens on the latest week: on the left, the oldest weeks off to the right.
  const scroller = page.getByRole("region", { name: "شبكة النشاط، وأحدث أسبوع على اليسار" });
  await expect(scroller).toBeVisible();
  await expectHeatmapOpensOnLatestWeek(scroller, "right");

  // On a wide screen the whole year fits: newest on the left, oldest on the right, month names in
  // Arabic inside the grid, weekday names inside theirs.
  await page.setViewportSize(DESKTOP);
  await expect.poll(() => scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  const newest = (await scroller.locator("rect[data-date]").last().boundingBox())!;
  const first = (await scroller.locator("rect[data-date]").first().boundingBox())!;
  expect(newest.x).toBeLessThan(first.x);
  const grid = (await scroller.locator("svg").boundingBox())!;
  const months = await boxes(scroller.locator("text"));
  expect(months.length).toBeGreaterThanOrEqual(12);
  expect(months.map((month) => month.text)).toContain("يناير");
  for (const month of months) {
    expect(month.left, month.text).toBeGreaterThanOrEqual(grid.x - 1);
    expect(month.right, month.text).toBeLessThanOrEqual(grid.x + grid.width + 1);
  }
  const heatmap = page.getByTestId("activity-heatmap");
  const weekdays = heatmap.locator("svg").first();
  const weekdayBox = (await weekdays.boundingBox())!;
  for (const day of await boxes(weekdays.locator("text"))) {
    expect(day.left, day.text).toBeGreaterThanOrEqual(weekdayBox.x - 1);
    expect(day.right, day.text).toBeLessThanOrEqual(weekdayBox.x + weekdayBox.width + 1);
  }
  await expect(heatmap.locator("figcaption")).toContainText("خلال آخر 52 أسبوعًا");

  // The burn-up chart: the first day on the right, today to its left; the labels apart and inside.
  const chart = page.getByTestId("dashboard-roadmap-backend").getByTestId("burn-up");
  const drawing = chart.locator(":scope > div:visible > svg");
  await expect(drawing).toHaveAttribute("direction", "rtl");
  const box = (await drawing.boundingBox())!;
  const labels = await boxes(drawing.locator(".visx-axis-bottom text"));
  expect(labels.length).toBeGreaterThanOrEqual(2);
  for (const [index, label] of labels.entries()) {
    expect(label.left, label.text).toBeGreaterThanOrEqual(box.x - 1);
    expect(label.right, label.text).toBeLessThanOrEqual(box.x + box.width + 1);
    // Drawn in date order: each later day to the left of the one before.
    if (index > 0)
      expect(label.right, `${label.text} left of ${labels[index - 1]!.text}`).toBeLessThan(labels[index - 1]!.left);
  }
  // The count's axis on the right, its figures left to right.
  const counts = await boxes(drawing.locator(".visx-axis-right text"));
  expect(counts.map((count) => count.text)).toContain("0");
  for (const count of counts) expect(count.left).toBeGreaterThan(box.x + box.width / 2);
  await expect(chart.locator("figcaption")).toContainText("من 44 اليوم");

  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
