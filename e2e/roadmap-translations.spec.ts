import { expect, statusRadio, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { createOwnRoadmap } from "./support/own-roadmap-over-http";
import { shoot } from "./support/screenshot";

/*
 * Roadmaps in several languages (issue 25, point 4): a learner reading in
 * Spanish sees the built-in roadmap's Spanish translation, with a note and a link
 * to the original, links in another language tagged; their progress is the
 * items', the same in every language; an owner adds a translation of their own
 * roadmap, and one whose keys do not match is refused with the keys and lines.
 */

const OWN = `# Sample plan

A roadmap of a learner's own.

## Start

- [ ] First step <!-- key: first -->
  - official: [Docs](https://example.com/docs)
  - [ ] A smaller step <!-- key: smaller -->
- [ ] Second step <!-- key: second -->
`;

test("a learner reading in Spanish gets the Spanish translation, and the original one click away", async ({
  page,
  context,
  baseURL,
  login,
  db,
}) => {
  // axe over the whole built-in roadmap, twice, on a shared machine.
  test.slow();
  await context.addCookies([{ name: "locale", value: "es", url: baseURL! }]);
  await login();
  await page.goto("/roadmaps/backend");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ruta de desarrollo backend");
  await expect(page.getByTestId("roadmap-language-note")).toContainText("Traducida del inglés");
  // A link to an English page is tagged, and says so to a screen reader.
  const english = page.getByRole("link", { name: /Node\.js: Introduction to Node\.js/ });
  await expect(english.getByTestId("resource-language")).toHaveText("ENen inglés");
  await expect(english).toHaveAttribute("hreflang", "en");
  // A Spanish one is not.
  await expect(page.getByRole("link", { name: /El tutorial de Python/ }).getByTestId("resource-language")).toHaveCount(
    0,
  );
  expect(await seriousViolations(page)).toEqual([]);

  // Progress is the item's: marked here, done in the original too.
  const item = await db.item.findFirstOrThrow({
    where: { roadmap: { slug: "backend" }, key: "learn-git-and-github-or-other-version-control-systems" },
  });
  await statusRadio(page, item.id, "Hecho").check();
  await expect(statusRadio(page, item.id, "Hecho")).toBeChecked();
  await page.getByRole("link", { name: "Leer el original" }).click();
  await expect(page).toHaveURL(/\/roadmaps\/backend\?language=en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Development Roadmap");
  await expect(page.getByTestId("roadmap-language-note")).toContainText("Estás leyendo el original, en inglés.");
  await expect(statusRadio(page, item.id, "Hecho")).toBeChecked();
  await page.getByRole("link", { name: "Leerla en español" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ruta de desarrollo backend");
});

test("Arabic and Japanese readers get their translations, right to left in Arabic", async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [locale, title, dir] of [
    ["ja", "バックエンド開発ロードマップ", "ltr"],
    ["ar", null, "rtl"],
  ] as const) {
    await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    await page.goto("/roadmaps/backend");
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    const heading = page.getByRole("heading", { level: 1 });
    if (title) await expect(heading).toHaveText(title);
    else await expect(heading).not.toHaveText("Backend Development Roadmap");
    await expect(page.getByTestId("roadmap-language-note")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, testInfo, `roadmap-translation-${locale}-1280.png`);
  }
});

test("an owner adds a translation; one whose keys do not match is refused with the keys and lines", async ({
  page,
  login,
}) => {
  await login();
  const own = await createOwnRoadmap(page.request, { markdown: OWN, visibility: "PUBLIC" });
  await page.goto(`${own.path}/edit`);
  await page.getByRole("link", { name: "Translations" }).click();
  await expect(page).toHaveURL(new RegExp(`${own.path}/edit/translations$`));
  await expect(page.getByText("No translations yet.")).toBeVisible();
  await page.locator("form").getByLabel("Language").selectOption("es");
  const editor = page.getByLabel("Markdown in Español");
  // It starts from the original, every key pinned.
  await expect(editor).toHaveValue(/- \[ \] Second step <!-- key: second -->/);

  // A translation that lost an item and renamed a key.
  await editor.fill(
    OWN.replace("# Sample plan", "# Plan de ejemplo")
      .replace("First step <!-- key: first -->", "Primer paso <!-- key: primero -->")
      .replace("- [ ] Second step <!-- key: second -->\n", ""),
  );
  await page.getByRole("button", { name: "Save the Español translation" }).click();
  const problems = page.getByTestId("translation-problems");
  await expect(problems).toContainText(
    "Keys of the original missing here: first (line 7 of the original), second (line 10 of the original)",
  );
  await expect(problems).toContainText("Keys that are not in the original: primero (Line 7)");
  expect(await seriousViolations(page)).toEqual([]);

  await editor.fill(
    OWN.replace("# Sample plan", "# Plan de ejemplo")
      .replace("## Start", "## Inicio")
      .replace("First step", "Primer paso")
      .replace(
        "  - official: [Docs](https://example.com/docs)",
        "  - official: [Documentación](https://example.com/es/docs)",
      ),
  );
  await page.getByRole("button", { name: "Save the Español translation" }).click();
  await expect(problems).toContainText("The Español translation is saved.");
  await expect(page.getByTestId("translation-list")).toContainText("Plan de ejemplo");

  await page.getByRole("link", { name: "View" }).click();
  await expect(page).toHaveURL(new RegExp(`${own.path}\\?language=es$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan de ejemplo");
  await expect(page.getByRole("link", { name: /Documentación/ })).toHaveAttribute(
    "href",
    "https://example.com/es/docs",
  );
  // Not translated: shown as in the original.
  await expect(page.getByRole("radiogroup", { name: "Status of Second step" })).toBeVisible();
});
