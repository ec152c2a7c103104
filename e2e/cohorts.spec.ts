import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { apiCohort, apiJoin, backendRoadmapId, cohortPerson } from "./support/cohort-people";
import { daysAgo, seedHistory, steadyPace } from "./support/plan-history";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";

/*
 * Issue 22's pages: a learner starts a cohort and sends its invite link, others
 * join after seeing what mentors will see, the mentor's matrix (sort, filter, a
 * section opened to its items, CSV), the invite rotated, roles, removal,
 * leaving, the member's view (the distribution, names only of those who show
 * them), and screenshots of both views light, dark and at 360 px.
 */

const PHONE = { width: 360, height: 780 } as const;

test("a learner starts a cohort, learners join by its link, and the mentor's matrix sorts, filters, opens a section and exports", async ({
  browser,
  baseURL,
  db,
  backendItems,
}) => {
  test.setTimeout(120_000);
  const roadmapId = await backendRoadmapId(db);
  const owner = await cohortPerson(browser, baseURL!, db);
  const ada = await cohortPerson(browser, baseURL!, db, { name: "Ada Lovelace" });
  const bob = await cohortPerson(browser, baseURL!, db);
  // Anyone's name is anyone's text: a formula must reach the CSV as text.
  const cyd = await cohortPerson(browser, baseURL!, db, { name: '=HYPERLINK("http://evil.test","x")' });
  // Ada: two items a week with a target in ten days (behind); Bob: an item in progress for 20 days (stuck).
  await seedHistory(db, ada.user.id, roadmapId, steadyPace(backendItems.slice(0, 12).map((item) => item.id)));
  await db.roadmapGoal.create({ data: { userId: ada.user.id, roadmapId, targetDate: daysAgo(-10) } });
  await seedHistory(db, bob.user.id, roadmapId, [{ itemId: backendItems[20]!.id, daysAgo: 20, to: "IN_PROGRESS" }]);

  // Create, with the form.
  await owner.page.goto("/cohorts");
  await expect(owner.page.getByTestId("no-cohorts")).toBeVisible();
  const form = owner.page.getByTestId("create-cohort-form");
  await form.getByLabel("Name").fill("Spring bootcamp");
  await form.getByLabel("Roadmap to follow").selectOption({ label: "Backend Development Roadmap" });
  await form.getByRole("button", { name: "Create cohort" }).click();
  const created = owner.page.getByTestId("created-cohort");
  await expect(created).toBeFocused();
  const invite = (await owner.page.getByTestId("invite-link").textContent())!;
  expect(invite).toMatch(/\/cohorts\/join\/wmi_[\w-]{43}$/);
  await expect(owner.page.getByTestId("cohort-row")).toHaveText(
    /Spring bootcamp.*Backend Development Roadmap · 1 member.*owner/,
  );

  // Join, each after reading what mentors will see.
  for (const member of [ada, bob, cyd]) {
    await member.page.goto(invite);
    await expect(member.page.getByRole("heading", { level: 1 })).toHaveText("Join Spring bootcamp");
    await expect(member.page.getByTestId("mentors-see")).toContainText("Your status of every item");
    await expect(member.page.getByTestId("nobody-sees")).toContainText("Your notes");
    if (member === ada) expect(await seriousViolations(member.page)).toEqual([]);
    await member.page.getByRole("button", { name: "Join Spring bootcamp" }).click();
    await expect(member.page).toHaveURL(/\/cohorts\/c[a-z0-9]+$/);
    await expect(member.page.getByRole("heading", { name: "Where the cohort stands" })).toBeVisible();
  }
  const cohortPath = new URL(ada.page.url()).pathname;

  // The mentor's matrix: everyone, in name order.
  await created.getByRole("link", { name: "Open Spring bootcamp" }).click();
  await expect(owner.page).toHaveURL(cohortPath);
  await expect(owner.page).toHaveTitle(/^Spring bootcamp · Cohort/);
  const rows = owner.page.getByTestId("matrix-row");
  await expect(rows).toHaveCount(4);
  await expect(owner.page.getByTestId("matrix-cell")).toHaveCount(4 * 15);
  const ada_ = rows.filter({ has: owner.page.getByText("Ada Lovelace") });
  await expect(ada_.getByTestId("member-percent")).toHaveText(`${Math.round((12 / 44) * 1000) / 10}%`);
  await expect(ada_).toContainText("behind");
  await expect(rows.filter({ hasText: bob.login }).getByTestId("member-stuck")).toContainText("1");

  // Sort by percent, twice: the other way.
  const percent = owner.page.getByRole("columnheader", { name: /^Percent/ });
  await percent.getByRole("link").click();
  await expect(percent).toHaveAttribute("aria-sort", "ascending");
  await percent.getByRole("link").click();
  await expect(percent).toHaveAttribute("aria-sort", "descending");
  await expect(rows.first()).toHaveAttribute("data-login", ada.login);

  // From the keyboard too: Enter on a header's link.
  const pace = owner.page.getByRole("columnheader", { name: /^Pace/ });
  await pace.getByRole("link").focus();
  await owner.page.keyboard.press("Enter");
  await expect(pace).toHaveAttribute("aria-sort", "ascending");
  await expect(pace.getByRole("link")).toBeFocused();
  // Each click navigates; wait for it, or the second click lands on the old page's link.
  await percent.getByRole("link").click();
  await expect(percent).toHaveAttribute("aria-sort", "ascending");
  await percent.getByRole("link").click();
  await expect(percent).toHaveAttribute("aria-sort", "descending");

  // Filter: stuck, behind target, by name.
  const filter = owner.page.getByTestId("matrix-filter");
  await filter.getByLabel("Show").selectOption("stuck");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-login", bob.login);
  await filter.getByLabel("Show").selectOption("behind");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-login", ada.login);
  await filter.getByLabel("Show").selectOption("all");
  await filter.getByLabel("Name").fill("LOVELACE");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await expect(owner.page.getByTestId("matrix-count")).toHaveText("Showing 1 of 4 members.");
  await owner.page.getByRole("link", { name: "Clear filter" }).click();
  await expect(rows).toHaveCount(4);
  // The sort survived the filter.
  await expect(percent).toHaveAttribute("aria-sort", "descending");

  // A section opened to its items, loaded on demand: Ada's first items are done.
  const firstSection = await db.section.findFirstOrThrow({ where: { roadmapId }, orderBy: { position: "asc" } });
  const sectionItems = await db.item.count({ where: { sectionId: firstSection.id, retiredAt: null } });
  await expect(owner.page.getByTestId("item-status")).toHaveCount(0);
  const open = owner.page.getByTestId("open-section").first();
  await expect(open).toHaveAttribute("aria-expanded", "false");
  await open.click();
  await expect(owner.page.getByTestId("item-status")).toHaveCount(4 * sectionItems);
  await expect(ada_.getByTestId("item-status").first()).toHaveAttribute("data-status", "DONE");
  await expect(owner.page.getByTestId("open-section").first()).toHaveAttribute("aria-expanded", "true");
  expect(await seriousViolations(owner.page)).toEqual([]);

  // The CSV, by its link.
  const downloading = owner.page.waitForEvent("download");
  await owner.page.getByTestId("cohort-csv").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await (await owner.context.request.get(`/api/cohorts/${cohortPath.split("/").at(-1)}/export`)).text();
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(5);
  expect(lines[0]).toMatch(/^login,name,role,joined,percent,done,skipped,total,/);
  expect(lines.find((line) => line.startsWith(`${ada.login},`))).toContain("Ada Lovelace,MEMBER");
  // The formula went out as text: a quote first, inside a quoted cell.
  const cydLine = lines.find((line) => line.startsWith(`${cyd.login},`))!;
  expect(cydLine).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
  expect(lines.every((line) => !/(^|,)[=+\-@]/.test(line))).toBe(true);

  for (const person of [owner, ada, bob, cyd]) await person.context.close();
});

test("the owner rotates the link (the old one stops), makes a mentor, removes a member; a member leaves; others get not found", async ({
  browser,
  baseURL,
  db,
  browserErrors,
}) => {
  test.setTimeout(120_000);
  const owner = await cohortPerson(browser, baseURL!, db);
  const [mia, max, noa, zoe, stranger] = await Promise.all(
    Array.from({ length: 5 }, () => cohortPerson(browser, baseURL!, db)),
  );
  const cohort = await apiCohort(owner, db, "Onboarding");
  await apiJoin(mia!, cohort.invitePath);
  await apiJoin(max!, cohort.invitePath);
  const path = `/cohorts/${cohort.id}`;
  const unknown = "/cohorts/c0000000000000000000000000";
  browserErrors.allowFailedLoad(path, 404, "a cohort is not found by those not in it");
  browserErrors.allowFailedLoad(unknown, 404, "no such cohort");

  // The current link, to copy again; rotate: a new link, and the old one stops at once.
  await owner.page.goto(path);
  await expect(owner.page.getByTestId("current-invite-link")).toHaveText(new URL(cohort.invitePath, baseURL).href);
  await expect(owner.page.getByTestId("invite-status")).toContainText("2 joined with it");
  await owner.page.getByLabel("Most joins").fill("1");
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await owner.page.getByLabel("Link works until").fill(until);
  await owner.page.getByRole("button", { name: "Make a new link" }).click();
  await expect(owner.page.getByTestId("new-invite")).toBeFocused();
  const fresh = (await owner.page.getByTestId("invite-link").textContent())!;
  expect(fresh).not.toContain(cohort.invitePath);
  await expect(owner.page.getByTestId("invite-status")).toContainText("0 of 1 joins used");
  await expect(owner.page.getByTestId("invite-status")).toContainText("it works until");
  await owner.page.reload();
  await expect(owner.page.getByTestId("current-invite-link")).toHaveText(fresh);
  await noa!.page.goto(cohort.invitePath);
  await expect(noa!.page.getByTestId("dead-invite")).toContainText("This invite link no longer works");
  await noa!.page.goto(fresh);
  await expect(noa!.page.getByTestId("join-cohort")).toContainText("this link works until");
  await noa!.page.getByRole("button", { name: "Join Onboarding" }).click();
  await expect(noa!.page).toHaveURL(path);
  // One use only: the next learner is told so.
  await zoe!.page.goto(fresh);
  await expect(zoe!.page.getByTestId("dead-invite")).toContainText("used as many times as it may be");

  // A mentor: the owner's choice, and the matrix follows.
  await owner.page.reload();
  const miaRow = owner.page.locator(`[data-testid="member-row"][data-login="${mia!.login}"]`);
  await miaRow.getByRole("button", { name: `Make mentor ${mia!.login}` }).click();
  await expect(miaRow.getByTestId("member-role")).toContainText("mentor");
  await mia!.page.goto(path);
  await expect(mia!.page.getByTestId("cohort-matrix")).toBeVisible();
  await expect(mia!.page.getByTestId("matrix-row")).toHaveCount(4);
  // Members see no matrix.
  await max!.page.goto(path);
  await expect(max!.page.getByRole("heading", { name: "Where the cohort stands" })).toBeVisible();
  await expect(max!.page.getByTestId("cohort-matrix")).toHaveCount(0);
  await expect(max!.page.getByTestId("cohort-csv")).toHaveCount(0);

  // Remove: asked first; gone from every view at once, and to them the cohort does not exist.
  const maxRow = owner.page.locator(`[data-testid="member-row"][data-login="${max!.login}"]`);
  await maxRow.getByRole("button", { name: `Remove ${max!.login}` }).click();
  await owner.page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(maxRow).toHaveCount(0);
  await expect(owner.page.locator(`[data-testid="matrix-row"][data-login="${max!.login}"]`)).toHaveCount(0);
  expect((await max!.page.reload())?.status()).toBe(404);
  await expect(max!.page.getByTestId("not-found")).toBeVisible();

  // Leave: the mentor goes back to the list, without the cohort.
  await mia!.page.getByRole("button", { name: "Leave cohort" }).click();
  await mia!.page.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
  await expect(mia!.page).toHaveURL("/cohorts");
  await expect(mia!.page.getByTestId("toast")).toContainText("You left “Onboarding”.");
  await expect(mia!.page.getByTestId("no-cohorts")).toBeVisible();
  await owner.page.reload();
  await expect(owner.page.getByTestId("matrix-row")).toHaveCount(2);

  // Not in it: the app's not-found page, as for a cohort that does not exist; the CSV too.
  expect((await stranger!.page.goto(path))?.status()).toBe(404);
  await expect(stranger!.page.getByTestId("not-found")).toBeVisible();
  expect((await stranger!.page.goto(unknown))?.status()).toBe(404);
  await expect(stranger!.page.getByTestId("not-found")).toBeVisible();
  expect((await stranger!.context.request.get(`/api/cohorts/${cohort.id}/export`)).status()).toBe(404);

  // Delete: the owner's, after asking.
  await owner.page.getByRole("button", { name: "Delete cohort" }).click();
  await owner.page.getByRole("dialog").getByRole("button", { name: "Delete cohort" }).click();
  await expect(owner.page).toHaveURL("/cohorts");
  await expect(owner.page.getByTestId("no-cohorts")).toBeVisible();
  expect((await noa!.page.reload())?.status()).toBe(404);
  await expect(noa!.page.getByTestId("not-found")).toBeVisible();

  for (const person of [owner, mia, max, noa, zoe, stranger]) await person!.context.close();
});

/** A cohort of five with progress in four bands; Ada shows herself and shares a note, Bob does not. */
async function memberScene(
  browser: Parameters<typeof cohortPerson>[0],
  baseURL: string,
  db: Parameters<typeof cohortPerson>[2],
  backendItems: { id: string }[],
  options: Parameters<typeof cohortPerson>[3] = {},
) {
  const roadmapId = await backendRoadmapId(db);
  const owner = await cohortPerson(browser, baseURL, db, { ...options, name: "Mentor Mo" });
  const ada = await cohortPerson(browser, baseURL, db, { ...options, name: "Ada Lovelace" });
  const bob = await cohortPerson(browser, baseURL, db, { ...options, name: "Bob Hidden" });
  const cyd = await cohortPerson(browser, baseURL, db, { ...options, name: "Cyd Viewer" });
  const dee = await cohortPerson(browser, baseURL, db, { ...options, name: "Dee Quiet" });
  const cohort = await apiCohort(owner, db, "Evening group");
  for (const member of [ada, bob, cyd, dee]) await apiJoin(member, cohort.invitePath);
  const ids = backendItems.map((item) => item.id);
  // steadyPace spreads 14 items over six weeks; the rest of Ada's were done before.
  await seedHistory(db, ada.user.id, roadmapId, [
    ...steadyPace(ids.slice(0, 14)),
    ...ids.slice(14, 30).map((itemId, index) => ({ itemId, daysAgo: 50 + index })),
  ]);
  await seedHistory(db, bob.user.id, roadmapId, steadyPace(ids.slice(0, 12)));
  await seedHistory(db, cyd.user.id, roadmapId, steadyPace(ids.slice(0, 6)));
  await db.note.create({ data: { userId: ada.user.id, itemId: ids[0]!, body: "Read the **whole** chapter first." } });
  await db.note.create({ data: { userId: bob.user.id, itemId: ids[1]!, body: "Bob's private note" } });
  return { owner, ada, bob, cyd, dee, cohort, path: `/cohorts/${cohort.id}` };
}

test("a member sees the distribution, their own place, and names only of members who show them; notes only when shared", async ({
  browser,
  baseURL,
  db,
  backendItems,
}) => {
  test.setTimeout(120_000);
  const scene = await memberScene(browser, baseURL!, db, backendItems);
  const { ada, bob, cyd, path } = scene;

  // Ada shows herself and shares one note, with the form.
  await ada.page.goto(path);
  const sharing = ada.page.getByTestId("sharing-form");
  await sharing.getByLabel("Show my name and figures to the other members").check();
  await sharing.getByLabel("Share one note with the cohort").selectOption({ index: 1 });
  await sharing.getByRole("button", { name: "Save sharing" }).click();
  await expect(sharing.getByRole("status")).toHaveText("Saved.");

  await cyd.page.goto(path);
  // Five members in the bands: 0-10 % (the owner, Dee, Cyd at 13.6 % is in 10-20), and the viewer's own marked.
  const bands = cyd.page.getByTestId("band");
  await expect(bands).toHaveCount(10);
  const counts = await bands.evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-members"))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
  expect(counts[0]).toBe(2);
  await expect(cyd.page.locator('[data-testid="band"][data-mine]')).toHaveText(/10–20%.*\(you\)/);
  await expect(cyd.page.getByTestId("own-percent")).toHaveText(`${Math.round((6 / 44) * 1000) / 10}%`);
  await expect(cyd.page.getByTestId("members-ahead")).toHaveText("2 of 4");
  await expect(cyd.page.getByTestId("median-pace")).toContainText("items a week");

  // Names and figures: Ada (who shows them) and Cyd herself; never Bob, Dee or the mentor.
  const shown = cyd.page.getByTestId("shown-member");
  await expect(shown).toHaveCount(2);
  await expect(cyd.page.getByTestId("shown-members")).toContainText("Ada Lovelace");
  await expect(cyd.page.getByTestId("shown-members")).toContainText("Cyd Viewer (you)");
  await expect(cyd.page.locator("main")).not.toContainText("Bob Hidden");
  await expect(cyd.page.locator("main")).not.toContainText(bob.login);
  await expect(cyd.page.locator("main")).not.toContainText("Mentor Mo");
  await expect(cyd.page.getByText("3 other members keep their name and figures to themselves.")).toBeVisible();
  // Ada's shared note, with her name; Bob's note nowhere.
  await expect(cyd.page.getByTestId("shared-notes")).toContainText("Ada Lovelace on");
  await expect(cyd.page.getByTestId("shared-notes").locator("strong")).toHaveText("whole");
  await expect(cyd.page.locator("main")).not.toContainText("Bob's private note");
  await expect(cyd.page.getByTestId("cohort-matrix")).toHaveCount(0);
  expect(await seriousViolations(cyd.page)).toEqual([]);

  // Ada hides herself again: gone from Cyd's view at once.
  await sharing.getByLabel("Show my name and figures to the other members").uncheck();
  await sharing.getByRole("button", { name: "Save sharing" }).click();
  await expect(sharing.getByRole("status")).toHaveText("Saved.");
  await cyd.page.reload();
  await expect(cyd.page.getByTestId("shown-member")).toHaveCount(1);
  // Her note stays shared, without her name.
  await expect(cyd.page.getByTestId("shared-notes")).toContainText("A member on");

  for (const person of Object.values(scene))
    if (typeof person === "object" && "context" in person) await person.context.close();
});

for (const [variant, options] of [
  ["light", { colorScheme: "light" as const }],
  ["dark", { colorScheme: "dark" as const }],
  ["phone", { colorScheme: "light" as const, viewport: PHONE }],
  ["phone-dark", { colorScheme: "dark" as const, viewport: PHONE }],
] as const) {
  test(`screenshots of the mentor's matrix and the member's view, ${variant}`, async ({
    browser,
    baseURL,
    db,
    backendItems,
  }, testInfo) => {
    test.setTimeout(120_000);
    const scene = await memberScene(browser, baseURL!, db, backendItems, { ...options, timezoneId: "UTC" });
    const roadmapId = await backendRoadmapId(db);
    await seedHistory(db, scene.dee.user.id, roadmapId, [
      { itemId: backendItems[40]!.id, daysAgo: 25, to: "IN_PROGRESS" },
    ]);
    const adaNote = await db.note.findFirstOrThrow({ where: { userId: scene.ada.user.id }, select: { id: true } });
    await db.cohortMember.updateMany({
      where: { userId: scene.ada.user.id },
      data: { showMeToCohort: true, sharedNoteId: adaNote.id },
    });

    const mentor = scene.owner.page;
    const firstSection = await db.section.findFirstOrThrow({ where: { roadmapId }, orderBy: { position: "asc" } });
    await mentor.goto(`${scene.path}?sort=percent&dir=desc&open=${firstSection.id}`);
    await mentor.waitForLoadState("networkidle");
    await expect(mentor.getByTestId("item-status").first()).toBeVisible();
    await shoot(mentor, testInfo, `cohort-mentor-${variant}.png`);
    await expectNoSidewaysScroll(mentor, "/cohorts/[id] (mentor)");
    if (variant.startsWith("phone")) {
      // The matrix scrolls inside its frame; the member column stays put.
      const scroller = mentor.getByTestId("matrix-scroller");
      const widths = await scroller.evaluate((element) => [element.scrollWidth, element.clientWidth]);
      expect(widths[0]!).toBeGreaterThan(widths[1]!);
      const name = mentor.getByTestId("matrix-row").first().getByRole("rowheader");
      const before = (await name.boundingBox())!.x;
      await scroller.evaluate((element) => (element.scrollLeft = 600));
      expect((await name.boundingBox())!.x).toBe(before);
      // The keyboard scrolls it back: the frame takes the focus.
      await scroller.focus();
      await mentor.keyboard.press("Home");
      await mentor.keyboard.press("ArrowLeft");
      await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeLessThan(600);
      await shoot(mentor.getByTestId("matrix-scroller"), testInfo, `cohort-mentor-${variant}-scrolled.png`);
    }
    expect(await seriousViolations(mentor)).toEqual([]);

    const member = scene.cyd.page;
    await member.goto(scene.path);
    await member.waitForLoadState("networkidle");
    await shoot(member, testInfo, `cohort-member-${variant}.png`);
    await expectNoSidewaysScroll(member, "/cohorts/[id] (member)");
    expect(await seriousViolations(member)).toEqual([]);

    for (const person of [scene.owner, scene.ada, scene.bob, scene.cyd, scene.dee]) await person.context.close();
  });
}

test("the cohort pages ask a visitor to sign in, and the list is linked from the header", async ({ page, login }) => {
  await page.goto("/cohorts");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)cohorts$/);
  await login();
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts" })).toBeVisible();
  // On a phone too, and from the dashboard.
  await page.setViewportSize(PHONE);
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" })).toBeVisible();
  await page.getByRole("link", { name: "Your cohorts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts" })).toBeVisible();
});

test("a cohort of 230 shows its matrix a hundred rows a page; sorting and filtering start from the first page", async ({
  browser,
  baseURL,
  db,
}) => {
  test.setTimeout(90_000);
  const owner = await cohortPerson(browser, baseURL!, db, { name: "Aaron Owner" });
  const cohort = await apiCohort(owner, db, "Big cohort");
  // 229 more members, straight into the tables (joining 229 times through the page would add nothing).
  await db.$executeRaw`
    WITH added AS (
      INSERT INTO "User" ("id", "login", "name", "updatedAt")
      SELECT 'paging-' || ${cohort.id} || '-' || k, 'p-' || ${cohort.id} || '-' || lpad(k::text, 3, '0'),
        NULL, now()
      FROM generate_series(1, 229) AS k
      RETURNING "id"
    )
    INSERT INTO "CohortMember" ("cohortId", "userId", "role", "showMeToCohort")
    SELECT ${cohort.id}, "id", 'MEMBER'::"CohortRole", false FROM added`;
  const page = owner.page;
  await page.goto(`/cohorts/${cohort.id}`);
  const rows = page.getByTestId("matrix-row");
  const count = page.getByTestId("matrix-count");
  const pages = page.getByRole("navigation", { name: "Pages of members" });
  await expect(count).toHaveText("Showing 1–100 of 230 members.");
  await expect(rows).toHaveCount(100);
  await expect(pages.locator("[aria-current=page]")).toHaveText("1");

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(count).toHaveText("Showing 101–200 of 230 members.");
  await expect(page).toHaveURL(/[?&]page=2$/);
  await pages.getByRole("link", { name: "Page 3" }).click();
  await expect(count).toHaveText("Showing 201–230 of 230 members.");
  await expect(rows).toHaveCount(30);
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);

  // A new order starts from its top: page 1.
  await page
    .getByRole("columnheader", { name: /^Percent/ })
    .getByRole("link")
    .click();
  await expect(count).toHaveText("Showing 1–100 of 230 members.");
  await expect(page).not.toHaveURL(/page=/);

  // A filter too; with one page of matches there are no page links.
  const filter = page.getByTestId("matrix-filter");
  await filter.getByLabel("Name").fill("-00");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(count).toHaveText("Showing 9 of 230 members.");
  await expect(pages).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
