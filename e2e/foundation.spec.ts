import { expect, test } from "./fixtures";
import { readChecklistLines } from "./support/roadmap-source";

test("the home page lists the Backend roadmap with its item count", async ({ page }) => {
  await page.goto("/");
  const card = page.getByTestId("roadmap-card-backend");
  await expect(card.getByRole("heading", { name: "Backend Development Roadmap" })).toBeVisible();
  await expect(card.getByTestId("item-count")).toHaveText("44");
});

test("the roadmap page shows every section and item of the seed, in order, with resource links", async ({ page }) => {
  await page.goto("/roadmaps/backend");
  await expect(page.getByRole("heading", { level: 1, name: "Backend Development Roadmap" })).toBeVisible();
  const source = readChecklistLines();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(source.map((section) => section.title));
  await expect(page.getByTestId("item-title")).toHaveText(
    source.flatMap((section) =>
      section.items.map((item) => new RegExp(`^${item.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
    ),
  );
  const postgres = page.getByRole("link", { name: /PostgreSQL Documentation/ });
  await expect(postgres).toHaveAttribute("href", "https://www.postgresql.org/docs/current/");
  await expect(postgres).toHaveAttribute("target", "_blank");
  await expect(postgres).toHaveAttribute("rel", "noopener noreferrer");
  await expect(postgres).toContainText("Official docs");
});

test("the Frontend and DevOps roadmaps are listed beside Backend, and their pages show every item", async ({
  page,
}) => {
  const roadmaps = [
    { slug: "frontend", title: "Frontend Development Roadmap", items: 50 },
    { slug: "devops", title: "DevOps Roadmap", items: 49 },
  ];
  await page.goto("/");
  for (const { slug, title, items } of roadmaps) {
    const card = page.getByTestId(`roadmap-card-${slug}`);
    await expect(card.getByRole("heading", { name: title })).toBeVisible();
    await expect(card.getByTestId("item-count")).toHaveText(String(items));
  }
  for (const { slug, title, items } of roadmaps) {
    await page.goto(`/roadmaps/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("item-title")).toHaveCount(items);
  }
  // Official documentation first, opened like every resource link.
  const git = page.getByRole("link", { name: /Git documentation/ });
  await expect(git).toHaveAttribute("href", "https://git-scm.com/doc");
  await expect(git).toContainText("Official docs");
});

test("an unknown roadmap is a 404 page", async ({ page, browserErrors }) => {
  browserErrors.allowFailedLoad("/roadmaps/does-not-exist", 404, "the roadmap does not exist");
  const response = await page.goto("/roadmaps/does-not-exist");
  expect(response?.status()).toBe(404);
});

test("public/ serves the icons, robots.txt, the manifest and the link-preview image the pages point to", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(new URL(ogImage!).pathname).toBe("/og-image.png");
  const manifest = (await (await request.get(manifestHref!)).json()) as { icons: { src: string }[] };
  for (const path of [
    "/robots.txt",
    "/og-image.png",
    "/apple-touch-icon.png",
    ...manifest.icons.map((icon) => icon.src),
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect((await response.body()).length, path).toBeGreaterThan(100);
  }
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /api/");
});
