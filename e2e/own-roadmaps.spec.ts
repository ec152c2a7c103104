import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { parseRoadmapMarkdown } from "../shared/roadmap-markdown/parse-roadmap-markdown";
import { expectNoSidewaysScroll, shoot } from "./support/screenshot";
import { expect, statusRadio, test } from "./fixtures";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";

/*
 * A learner's own roadmap, end to end in Chromium: written in the editor,
 * ticked, edited with the preview of what the save will do, saved with the
 * progress kept, and exported in all three formats. Screenshots of the editor
 * and its preview are kept in test-results/screenshots/ (light and dark,
 * desktop and a 360 px phone).
 */

const V1 = `# Learning Go

My own plan for Go.

## Basics

- [ ] Install Go <!-- key: install -->
  - official: [Download and install](https://go.dev/doc/install)
- [ ] A Tour of Go [tour](https://go.dev/tour/)
  - [ ] Variables
  - [ ] Functions
- [ ] Effective Go

## Concurrency

- [ ] Goroutines
- [ ] Channels
`;

// Install renamed (its key is pinned), Effective Go moved to Concurrency, Channels retired, Modules added.
const V2 = `# Learning Go

My own plan for Go.

## Basics

- [ ] Install the Go toolchain <!-- key: install -->
  - official: [Download and install](https://go.dev/doc/install)
- [ ] A Tour of Go [tour](https://go.dev/tour/)
  - [ ] Variables
  - [ ] Functions
- [ ] Modules

## Concurrency

- [ ] Goroutines
- [ ] Effective Go
`;

const VIEWPORTS = { desktop: { width: 1280, height: 1000 }, phone: { width: 360, height: 900 } } as const;

async function itemIdByTitle(page: Page, title: string): Promise<string> {
  const picker = page.getByRole("radiogroup", { name: `Status of ${title}`, exact: true });
  await expect(picker).toHaveCount(1);
  return picker.evaluate((element) => element.closest("li[data-item-id]")!.getAttribute("data-item-id")!);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await shoot(page, testInfo, `${name}.png`);
  await expectNoSidewaysScroll(page, name);
}

/** Clicks one of the roadmap page's export links and reads the file it downloads. */
async function download(page: Page, label: string): Promise<string> {
  // Chromium holds a tab's third download in a row for a permission the test cannot give: a tab each.
  const tab = await page.context().newPage();
  try {
    await tab.goto(page.url());
    await tab.getByTestId("roadmap-actions").getByText("Export", { exact: true }).click();
    const [file] = await Promise.all([
      tab.waitForEvent("download"),
      tab.getByRole("link", { name: new RegExp(`^${label}`) }).click(),
    ]);
    return fs.readFileSync((await file.path())!, "utf8");
  } finally {
    await tab.close();
  }
}

test("a learner writes a roadmap, ticks it, edits it with a preview, keeps their progress, and exports it", async ({
  page,
  login,
  db,
}, testInfo) => {
  test.setTimeout(120_000);
  const user = await login();

  // Write it: problems are listed with their line as they are typed, then the preview of a new roadmap.
  await page.goto("/roadmaps/new");
  const editor = page.getByLabel("Markdown", { exact: true });
  await editor.fill(V1.replace("- [ ] Channels", "-[ ] Channels"));
  await expect(page.getByTestId("editor-problems")).toContainText(
    "Line 17: write a space between the list marker and the checkbox",
  );
  await expect(page.getByRole("button", { name: "Create roadmap" })).toBeDisabled();
  await page.getByRole("button", { name: /^Line 17:/ }).click();
  await expect(editor).toBeFocused();
  await editor.fill(V1);
  await expect(page.getByTestId("editor-problems")).toContainText("No problems.");
  await expect(page.getByTestId("preview-summary")).toHaveText("A new roadmap with 7 items.");
  await page.getByRole("button", { name: "Create roadmap" }).click();
  await page.waitForURL(`**/roadmaps/${user.login}/learning-go`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learning Go");
  await expect(page.getByTestId("visibility-badge")).toHaveText("Private");

  // Tick some items.
  const install = await itemIdByTitle(page, "Install Go");
  const variables = await itemIdByTitle(page, "Variables");
  const effective = await itemIdByTitle(page, "Effective Go");
  const channels = await itemIdByTitle(page, "Channels");
  // One at a time, each stored before the next: the history exported below is in the order of the writes.
  const ticks = [
    [install, "Done"],
    [variables, "In progress"],
    [effective, "Skipped"],
    [channels, "Done"],
  ] as const;
  for (const [index, [itemId, status]] of ticks.entries()) {
    await statusRadio(page, itemId, status).click();
    await expect(statusRadio(page, itemId, status)).toHaveAttribute("aria-checked", "true");
    await expect.poll(() => db.progressEvent.count({ where: { userId: user.id } })).toBe(index + 1);
  }
  await expect.poll(() => db.progress.count({ where: { userId: user.id } })).toBe(4);

  // Edit it: the preview says what the save will do, and whose progress it touches.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.waitForURL(`**/roadmaps/${user.login}/learning-go/edit`);
  await expect(editor).toHaveValue(V1);
  await editor.fill(V2);
  const preview = page.getByTestId("save-preview");
  await expect(page.getByTestId("preview-summary")).toContainText(
    "1 added, 1 moved, 1 renamed, 1 retired. 1 learner has progress or notes on items that change",
  );
  await expect(page.getByTestId("preview-renamed")).toContainText("Install Go → Install the Go toolchain");
  await expect(page.getByTestId("preview-retired")).toContainText("Channels");
  await expect(page.getByTestId("preview-moved")).toContainText("Effective Go · line 17");
  for (const scheme of ["light", "dark"] as const) {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport);
      await expect(preview).toBeVisible();
      await screenshot(page, testInfo, `editor-preview-${scheme}-${device}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`**/roadmaps/${user.login}/learning-go`);

  // Progress kept on every item whose key survived, under its new title and place.
  await expect(page.getByRole("radiogroup", { name: "Status of Install the Go toolchain" })).toBeVisible();
  await expect(statusRadio(page, install, "Done")).toHaveAttribute("aria-checked", "true");
  await expect(statusRadio(page, variables, "In progress")).toHaveAttribute("aria-checked", "true");
  await expect(statusRadio(page, effective, "Skipped")).toHaveAttribute("aria-checked", "true");
  await expect(page.locator(`li[data-item-id="${channels}"]`)).toHaveCount(0);
  await expect(page.getByTestId("roadmap-completion")).toContainText("2/7");

  // Export all three formats and read the files.
  const markdown = await download(page, "Markdown");
  expect(markdown).toContain("- [x] Install the Go toolchain <!-- key: install -->");
  expect(markdown).toContain("  - [/] Variables <!-- key: variables -->");
  expect(markdown).toContain("- [-] Effective Go <!-- key: effective-go -->");
  const reimported = parseRoadmapMarkdown(markdown);
  expect(reimported.sections.map((section) => section.title)).toEqual(["Basics", "Concurrency"]);
  expect(reimported.sections[0]!.items[0]).toMatchObject({
    key: "install",
    mark: "DONE",
    resources: [{ kind: "OFFICIAL" }],
  });

  const json = JSON.parse(await download(page, "JSON"));
  expect(json).toMatchObject({
    format: "waymark-roadmap-export",
    roadmap: { title: "Learning Go", owner: user.login },
  });
  expect(json.history.map((event: { itemKey: string; to: string }) => `${event.itemKey} ${event.to}`)).toEqual([
    "install DONE",
    "variables IN_PROGRESS",
    "effective-go SKIPPED",
    "channels DONE",
  ]);

  const csv = (await download(page, "CSV")).trimEnd().split("\r\n");
  expect(csv[0]).toBe("section,item,key,parent_key,status,started_at,finished_at,updated_at,note");
  expect(csv).toHaveLength(8);
  expect(csv[1]).toMatch(/^Basics,Install the Go toolchain,install,,DONE,/);
  expect(csv).toContainEqual(expect.stringMatching(/^Basics,Variables,variables,a-tour-of-go-tour,IN_PROGRESS,/));
});

test("the new-roadmap page takes an uploaded file, and restores the statuses of an exported one", async ({
  page,
  login,
}) => {
  const user = await login();
  await page.goto("/roadmaps/new");
  const file = path.join(test.info().outputDir, "upload.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "# Uploaded\r\n\r\n* [x] done already\r\n\t* [/] half way\r\n* [-] not for me\r\n");
  await page.getByLabel("Start from a file (optional)").setInputFiles(file);
  await expect(page.getByLabel("Markdown", { exact: true })).toHaveValue(/^# Uploaded/);
  await page.getByLabel("Address (optional)").fill("from-a-file");
  await page.getByLabel("Who can see it").selectOption("UNLISTED");
  await page.getByLabel(/Restore my statuses/).check();
  await expect(page.getByTestId("preview-summary")).toHaveText("A new roadmap with 3 items.");
  await page.getByRole("button", { name: "Create roadmap" }).click();
  await page.waitForURL(`**/roadmaps/${user.login}/from-a-file`);
  await expect(page.getByTestId("visibility-badge")).toHaveText("Unlisted");
  await expect(page.getByTestId("roadmap-completion")).toContainText("2/3");
});

test("a roadmap.sh file pastes as it is: its other link types are kept, shown and exported as written", async ({
  page,
  login,
}) => {
  const user = await login();
  await page.goto("/roadmaps/new");
  await page
    .getByLabel("Markdown", { exact: true })
    .fill(
      [
        "# Reading list",
        "",
        "## Papers",
        "",
        "- [ ] Transformers",
        "  - [@paper@Attention Is All You Need](https://arxiv.org/abs/1706.03762)",
        "  - [@paper@BERT](https://arxiv.org/abs/1810.04805)",
        "  - [@tool@The Annotated Transformer](https://github.com)",
        "  - [@video@A talk](https://example.com/talk)",
      ].join("\n"),
    );
  await expect(page.getByTestId("editor-problems")).toContainText("No problems.");
  const types = page.getByTestId("preview-written-types");
  await expect(types).toContainText("@paper@ → article (2 links)");
  await expect(types).toContainText("@tool@ → interactive (1 link)");
  await expect(types).not.toContainText("@video@");
  await page.getByRole("button", { name: "Create roadmap" }).click();
  await page.waitForURL(`**/roadmaps/${user.login}/reading-list`);

  // The written type beside each link; the address as written (no slash added).
  const paper = page.getByRole("link", { name: /Attention Is All You Need/ });
  await expect(paper.getByTestId("resource-kind")).toHaveText("Paper (article)");
  await expect(page.getByRole("link", { name: /The Annotated Transformer/ })).toHaveAttribute(
    "href",
    "https://github.com",
  );
  await expect(page.getByRole("link", { name: /A talk/ }).getByTestId("resource-kind")).toHaveText("Video");
});

test("a visitor ticks a learner's public roadmap as a guest and finds it on their dashboard", async ({
  page,
  login,
  browser,
  baseURL,
}) => {
  await login();
  const roadmap = await createOwnRoadmap(page.request, { visibility: "PUBLIC" });
  const guest = await browser.newContext({ baseURL });
  try {
    const visitor = await guest.newPage();
    await visitor.goto(roadmap.path);
    await expect(
      visitor.getByRole("region", { name: "Guest mode" }).or(visitor.getByLabel("Guest mode")),
    ).toBeVisible();
    const first = await itemIdByTitle(visitor, "First step");
    await statusRadio(visitor, first, "In progress").click();
    await expect(statusRadio(visitor, first, "In progress")).toHaveAttribute("aria-checked", "true");
    await visitor.goto("/dashboard");
    const slug = roadmap.path.replace("/roadmaps/", "");
    await expect(visitor.getByTestId(`dashboard-roadmap-${slug}`)).toContainText("Sample plan");
    await expect(visitor.getByTestId("continue-items")).toContainText("First step");
  } finally {
    await guest.close();
  }
});
