import { expect, type Locator } from "@playwright/test";

/**
 * The activity heatmap on a phone: wider than its scroller, it opens on the latest week (a day
 * with one change) in view, the oldest weeks off to the side the reading direction puts them
 * (left in a left-to-right page, right in Arabic), without anyone scrolling it.
 */
export async function expectHeatmapOpensOnLatestWeek(scroller: Locator, oldestSide: "left" | "right") {
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(100);
  const frame = (await scroller.boundingBox())!;
  const latest = (await scroller.locator("rect[data-date]").last().boundingBox())!;
  const oldest = (await scroller.locator("rect[data-date]").first().boundingBox())!;
  expect(latest.x).toBeGreaterThanOrEqual(frame.x);
  expect(latest.x + latest.width).toBeLessThanOrEqual(frame.x + frame.width);
  if (oldestSide === "left") expect(oldest.x).toBeLessThan(frame.x);
  else expect(oldest.x).toBeGreaterThan(frame.x + frame.width);
  await expect(scroller.locator("rect[data-date]").last()).toHaveAttribute("data-count", "1");
}
