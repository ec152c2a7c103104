import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import type { Db } from "../server/db/client";
import { formatDate, formatTime } from "../shared/format-date";
import { addDays, isoDateIn, todayIn } from "../shared/time-zone";
import { expect, statusRadio, test } from "./fixtures";
import { daysAgo, seedHistory, steadyPace } from "./support/plan-history";

/*
 * Issue 19's planning and dates points, in a browser whose time zone and language
 * are not the server's (UTC, no locale): the goals form keeps what was typed (1);
 * "Your plan" follows every tick and reset on its page (2); the burn-up reaches
 * the finish line and its labels never overlap (5); one style for dates and one
 * for times, printed the same by the server and the browser (12, and the
 * hydration error of 11); a reset is not activity (15).
 */
const ZONE = "Europe/Paris";
test.use({ timezoneId: ZONE, locale: "fr-FR" });

async function backendRoadmapId(db: Db) {
  return (await db.roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } })).id;
}

/** Loads a page once so that the browser reports its time zone (the tz cookie), as after any first visit. */
async function reportTimeZone(page: Page) {
  await page.goto("/");
  await expect
    .poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === "tz")?.value)
    .toBe(encodeURIComponent(ZONE));
}

/** Every console error and uncaught exception of a page (React's hydration errors are both). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("the goals form (point 1)", () => {
  test("keeps what was typed, says to pick today or later, and the calendar offers no past day", async ({
    page,
    login,
    db,
  }) => {
    const user = await login();
    await reportTimeZone(page);
    await page.goto("/roadmaps/backend");
    const plan = page.getByTestId("roadmap-plan");
    // With the keyboard alone: open the disclosure, fill both fields, press Enter.
    const target = plan.getByLabel("Target date");
    const weekly = plan.getByLabel("Weekly goal (items)");
    const disclosure = plan.getByTestId("goals-disclosure");
    // On a busy machine the plan may be drawn again (the time zone just reported) and come back
    // folded: open it again until the form shows.
    await expect(async () => {
      if (!(await disclosure.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await plan.getByText("Target date and weekly goal").focus();
        await page.keyboard.press("Enter");
      }
      await expect(target).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(target).toHaveAttribute("min", todayIn(ZONE));
    await target.fill("2020-01-01");
    await weekly.focus();
    await page.keyboard.type("3");
    await page.keyboard.press("Enter");

    const error = plan.getByTestId("target-date-error");
    await expect(error).toHaveText("That day has passed: pick today or later.");
    await expect(target).toHaveValue("2020-01-01");
    await expect(weekly).toHaveValue("3");
    await expect(target).toBeFocused();
    await expect(target).toHaveAttribute("aria-invalid", "true");
    await expect(target).toHaveAccessibleDescription(/pick today or later/);
    expect(await db.roadmapGoal.count({ where: { userId: user.id } })).toBe(0);

    // Only the date changes: the weekly goal typed before is saved with it.
    const day = addDays(todayIn(ZONE), 30);
    await target.fill(day);
    await page.keyboard.press("Enter");
    await expect(plan.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(error).toHaveCount(0);
    await expect(target).toHaveValue(day);
    await expect(weekly).toHaveValue("3");
    const stored = await db.roadmapGoal.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.weeklyGoal).toBe(3);
    expect(stored.targetDate!.toISOString().slice(0, 10)).toBe(day);
    // The plan above shows both at once, without a reload.
    await expect(plan.getByTestId("this-week")).toContainText("0 of 3");
    await expect(plan.getByTestId("target-status")).toContainText(`Target ${formatDate(day)} needs`);
  });

  test("the server says what to pick too, to any client", async ({ page, login, db }) => {
    await login();
    const answer = await page.request.post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: {
        query: `mutation($input: SetRoadmapGoalInput!) { setRoadmapGoal(input: $input) { id } }`,
        variables: { input: { roadmapId: await backendRoadmapId(db), targetDate: "2020-01-01" } },
      },
    });
    const body = await answer.json();
    expect(body.errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { targetDate: "is in the past; pick today or later" },
    });
  });
});

test.describe("Your plan follows the checklist (point 2)", () => {
  test("after ticks and after a reset, without a reload", async ({ page, login, db, backendItems }) => {
    // Several pages and writes in one story.
    test.slow();
    const user = await login();
    const roadmapId = await backendRoadmapId(db);
    // Fourteen items done over six weeks: a forecast; a weekly goal and a target.
    await seedHistory(db, user.id, roadmapId, steadyPace(backendItems.slice(0, 14).map((item) => item.id)));
    await db.roadmapGoal.create({
      data: {
        userId: user.id,
        roadmapId,
        weeklyGoal: 3,
        targetDate: new Date(`${addDays(todayIn(ZONE), 60)}T00:00:00Z`),
      },
    });
    await reportTimeZone(page);
    await page.goto("/roadmaps/backend");
    const plan = page.getByTestId("roadmap-plan");
    const thisWeek = plan.getByRole("progressbar", { name: /this week's goal/ });
    await expect(plan.getByTestId("forecast")).toHaveAttribute("data-forecast", "FORECAST");
    const before = Number(await thisWeek.getAttribute("aria-valuenow"));
    const pace = await plan.getByTestId("pace-recent").textContent();

    // Four more items done, with the keyboard: d on the focused item, j to the next.
    await statusRadio(page, backendItems[14]!.id, "Not started").focus();
    for (const [index, item] of backendItems.slice(14, 18).entries()) {
      await expect(statusRadio(page, item.id, "Not started")).toBeFocused();
      await page.keyboard.press("d");
      if (index < 3) await page.keyboard.press("j");
    }
    await expect(page.getByTestId("roadmap-completion").getByRole("progressbar")).toHaveAttribute(
      "aria-valuetext",
      /18 of 44/,
    );
    await expect(thisWeek).toHaveAttribute("aria-valuenow", String(Math.min(3, before + 4)));
    await expect(plan.getByTestId("this-week")).toContainText(`${before + 4} of 3`);
    await expect(plan.getByTestId("pace-recent")).not.toHaveText(pace!);

    // Reset: the bar and the plan both start over.
    await page.getByRole("button", { name: "Reset progress" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Reset progress" }).click();
    await expect(page.getByTestId("roadmap-completion").getByRole("progressbar")).toHaveAttribute(
      "aria-valuetext",
      /0 of 44/,
    );
    await expect(plan.getByTestId("this-week")).toContainText("0 of 3");
    await expect(plan.getByTestId("forecast")).toHaveText(
      "Not enough history yet: tick your first items to see your pace and a forecast.",
    );
    await expect(plan.getByTestId("target-status")).toHaveAttribute("data-status", "TOO_EARLY_TO_TELL");
    await expect(plan.getByTestId("pace-recent")).toHaveText("0 items a week");

    // And what the page shows is what a reload shows.
    const shown = await plan.getByTestId("plan-summary").textContent();
    await page.reload();
    await expect(plan.getByTestId("plan-summary")).toHaveText(shown!);
  });

  test("a new learner's first ticks show at once", async ({ page, login, backendItems }) => {
    await login();
    await reportTimeZone(page);
    await page.goto("/roadmaps/backend");
    const plan = page.getByTestId("roadmap-plan");
    await expect(plan.getByTestId("this-week")).toContainText("0 done");
    for (const item of backendItems.slice(0, 4)) await statusRadio(page, item.id, "Done").click();
    await expect(plan.getByTestId("this-week")).toContainText("4 done");
    await expect(plan.getByTestId("forecast")).toContainText("it needs a week since you started");
    await expect(plan).toContainText(`Since you started (${formatDate(todayIn(ZONE))})`);
  });
});

/** The burn-up drawing shown at this width (the figure holds a phone's and a wider screen's). */
function drawing(chart: Locator): Locator {
  return chart.locator(":scope > div:visible > svg");
}

/** The x-axis labels of the burn-up drawing visible at this width, with their boxes. */
async function axisLabels(chart: Locator) {
  return drawing(chart)
    .locator(".visx-axis-bottom text")
    .evaluateAll((texts) =>
      texts.map((text) => ({ label: text.textContent ?? "", ...text.getBoundingClientRect().toJSON() })),
    ) as Promise<{ label: string; left: number; right: number; top: number; bottom: number }[]>;
}

/** The end point of an SVG path's last segment. */
function lastPoint(d: string): { x: number; y: number } {
  const numbers = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  return { x: numbers.at(-2)!, y: numbers.at(-1)! };
}

test.describe("the burn-up chart (point 5)", () => {
  for (const [device, viewport] of [
    ["wide", { width: 1280, height: 900 }],
    ["phone", { width: 360, height: 760 }],
  ] as const) {
    test(`reaches a target beyond the forecast, ${device}`, async ({ page, login, db, backendItems }) => {
      await page.setViewportSize(viewport);
      const user = await login();
      const roadmapId = await backendRoadmapId(db);
      await seedHistory(db, user.id, roadmapId, steadyPace(backendItems.slice(0, 14).map((item) => item.id)));
      // About 94 days to go at this pace; the target a month later: both past the 13 weeks the axis stopped at.
      const target = addDays(todayIn(ZONE), 125);
      await db.roadmapGoal.create({
        data: { userId: user.id, roadmapId, targetDate: new Date(`${target}T00:00:00Z`) },
      });
      await reportTimeZone(page);
      await page.goto("/dashboard");
      const chart = page.getByTestId("dashboard-roadmap-backend").getByTestId("burn-up");
      const svg = drawing(chart);
      await expect(svg.getByTestId("burn-up-target")).toBeAttached();

      // The target's line ends on the line of all 44 items, at the chart's right edge.
      const targetEnd = lastPoint((await svg.getByTestId("burn-up-target").locator("path").getAttribute("d"))!);
      const allItems = svg.locator('line[stroke-dasharray="4 4"]');
      expect(targetEnd.x).toBeCloseTo(Number(await allItems.getAttribute("x2")), 3);
      expect(targetEnd.y, "the target line reaches all 44 items").toBeCloseTo(
        Number(await allItems.getAttribute("y1")),
        3,
      );
      // The forecast reaches all 44 before it.
      const forecastEnd = lastPoint((await svg.getByTestId("burn-up-projection").locator("path").getAttribute("d"))!);
      expect(forecastEnd.y).toBeCloseTo(targetEnd.y, 3);
      expect(forecastEnd.x).toBeLessThan(targetEnd.x);

      // The axis ends on the target's day, and says so.
      await expect(svg).toHaveAttribute("data-last-day", target);
      const labels = await axisLabels(chart);
      expect(labels.at(-1)!.label).toBe(formatDate(target, { style: "dayMonth" }));
      expect(labels.map((label) => label.label)).toContain(formatDate(todayIn(ZONE), { style: "dayMonth" }));
      await expect(chart.locator("figcaption")).toContainText(`Target: ${formatDate(target)}.`);
    });

    test(`on day one, no label prints over another, ${device}`, async ({ page, login, db, backendItems }) => {
      await page.setViewportSize(viewport);
      const user = await login();
      const roadmapId = await backendRoadmapId(db);
      await db.roadmapGoal.create({
        data: { userId: user.id, roadmapId, targetDate: new Date(`${addDays(todayIn(ZONE), 116)}T00:00:00Z`) },
      });
      await reportTimeZone(page);
      await page.goto("/roadmaps/backend");
      await statusRadio(page, backendItems[0]!.id, "Done").click();
      await expect.poll(() => db.progressEvent.count({ where: { userId: user.id } })).toBe(1);
      await page.goto("/dashboard");
      const chart = page.getByTestId("dashboard-roadmap-backend").getByTestId("burn-up");
      await expect(drawing(chart)).toBeVisible();
      const labels = await axisLabels(chart);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      const box = (await drawing(chart).boundingBox())!;
      for (const [index, label] of labels.entries()) {
        expect(label.left, `${label.label} inside the chart`).toBeGreaterThanOrEqual(box.x - 1);
        expect(label.right, `${label.label} inside the chart`).toBeLessThanOrEqual(box.x + box.width + 1);
        if (index > 0)
          expect(label.left, `${label.label} clear of ${labels[index - 1]!.label}`).toBeGreaterThan(
            labels[index - 1]!.right,
          );
      }
    });
  }
});

test.describe("dates and times (point 12, and point 11's hydration error)", () => {
  test("one style, in the viewer's time zone, printed alike by the server and the browser", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    // Several pages and writes in one story.
    test.slow();
    const user = await login();
    const roadmapId = await backendRoadmapId(db);
    // Made at 08:58 UTC: 09:58 in Paris, where the browser is.
    const made = new Date(`${addDays(todayIn("UTC"), -2)}T08:58:14Z`);
    await db.calendarFeed.create({
      data: { userId: user.id, tokenHash: randomBytes(32).toString("hex"), createdAt: made },
    });
    await db.apiToken.create({
      data: {
        userId: user.id,
        name: "dates",
        tokenHash: randomBytes(32).toString("hex"),
        prefix: "wmt_dates",
        scopes: ["READ_PROGRESS"],
        createdAt: made,
      },
    });
    await seedHistory(db, user.id, roadmapId, steadyPace(backendItems.slice(0, 14).map((item) => item.id)));
    const target = addDays(todayIn(ZONE), 200);
    await db.roadmapGoal.create({ data: { userId: user.id, roadmapId, targetDate: new Date(`${target}T00:00:00Z`) } });
    const errors = collectErrors(page);

    // First visit: no tz cookie yet, so the server writes UTC, and the browser the same.
    await page.goto("/settings/profile");
    const calendar = page.getByTestId("calendar-state");
    await expect(calendar).toHaveText(`You have a link, made ${formatTime(made, { timeZone: "UTC" })}.`);
    await page.waitForLoadState("networkidle");
    // From then on the viewer's own zone, on both sides.
    await expect.poll(async () => (await page.context().cookies()).some((cookie) => cookie.name === "tz")).toBe(true);
    await page.reload();
    await expect(calendar).toHaveText(`You have a link, made ${formatTime(made, { timeZone: ZONE })}.`);
    expect(formatTime(made, { timeZone: ZONE })).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, 09:58$/);
    await page.waitForLoadState("networkidle");

    await page.goto("/settings/tokens");
    await expect(page.getByTestId("token-row").filter({ hasText: "dates" })).toContainText(
      `created ${formatTime(made, { timeZone: ZONE })} · last used never`,
    );

    await page.goto("/roadmaps/backend");
    const plan = page.getByTestId("roadmap-plan");
    await expect(plan.getByTestId("target-status")).toContainText(`Target ${formatDate(target)}`);
    await page.waitForLoadState("networkidle");

    await page.goto("/dashboard");
    const chart = page.getByTestId("dashboard-roadmap-backend").getByTestId("burn-up");
    await expect(chart.locator("figcaption")).toContainText(`Target: ${formatDate(target)}.`);
    await chart.getByText("Burn-up data as a table").click();
    // The last change: the fourteenth item, three days ago at noon UTC, on that day in Paris (not
    // "today in Paris less three": from 23:00 UTC Paris is a day ahead).
    await expect(chart.locator("tbody tr").last()).toContainText(formatDate(isoDateIn(daysAgo(3), ZONE)));

    // Nowhere another style: no 05/12/2026, no 2026-12-05 08:00 UTC, no Mar 31, 2027.
    const OTHER_STYLES = /\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|\bUTC\b|\b[A-Z][a-z]{2} \d{1,2}, \d{4}/;
    for (const text of [
      await chart.innerText(),
      await page.getByTestId("dashboard-roadmap-backend").getByTestId("plan-summary").innerText(),
    ]) {
      expect(text).not.toMatch(OTHER_STYLES);
    }
    await page.waitForLoadState("networkidle");
    expect(errors, "console errors (a hydration mismatch is one)").toEqual([]);
  });
});

test.describe("a reset is not study (point 15)", () => {
  test("the heatmap, the changes count and the streak stay as they were; the burn-up falls", async ({
    page,
    login,
    db,
    backendItems,
  }) => {
    // Several pages and writes in one story.
    test.slow();
    const user = await login();
    const roadmapId = await backendRoadmapId(db);
    // Yesterday: three items done.
    await seedHistory(
      db,
      user.id,
      roadmapId,
      backendItems.slice(0, 3).map((item) => ({ itemId: item.id, daysAgo: 1 })),
    );
    await reportTimeZone(page);
    await page.goto("/dashboard");
    await expect(page.getByTestId("total-changes")).toHaveText("3");
    const streak = await page.getByTestId("current-streak").innerText();

    await page.goto("/roadmaps/backend");
    await page.getByRole("button", { name: "Reset progress" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Reset progress" }).click();
    await expect.poll(() => db.progressEvent.count({ where: { userId: user.id, to: "NOT_STARTED" } })).toBe(3);

    await page.goto("/dashboard");
    await expect(page.getByTestId("total-changes")).toHaveText("3");
    await expect(page.getByTestId("current-streak")).toHaveText(streak);
    await expect(page.locator(`rect[data-date="${todayIn(ZONE)}"]`).first()).toHaveAttribute("data-count", "0");
    await expect(page.getByTestId("burn-up").locator("figcaption")).toContainText("0 of 44 today");

    // The export keeps the reset, marked as one.
    const answer = await page.request.post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: { query: `{ roadmap(slug: "backend") { export(format: JSON) } }` },
    });
    const exported = JSON.parse((await answer.json()).data.roadmap.export);
    expect(exported.history.map((event: { to: string; kind: string }) => `${event.to}:${event.kind}`)).toEqual([
      "DONE:CHANGE",
      "DONE:CHANGE",
      "DONE:CHANGE",
      "NOT_STARTED:RESET",
      "NOT_STARTED:RESET",
      "NOT_STARTED:RESET",
    ]);
  });
});
