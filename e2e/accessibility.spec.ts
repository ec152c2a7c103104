import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, statusRadio, test } from "./fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

const PAGES = [
  { name: "home", path: "/", signedIn: false },
  { name: "roadmap (guest)", path: "/roadmaps/backend", signedIn: false },
  { name: "roadmap (learner)", path: "/roadmaps/backend", signedIn: true },
  { name: "dashboard", path: "/dashboard", signedIn: true },
  { name: "dashboard (signed out)", path: "/dashboard", signedIn: false },
  { name: "sign in", path: "/signin", signedIn: false },
  { name: "tokens", path: "/settings/tokens", signedIn: true },
  { name: "playground", path: "/playground", signedIn: true },
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const target of PAGES) {
      test(`${target.name} has no serious or critical violations`, async ({ page, login, backendItems }) => {
        if (target.signedIn) {
          await login();
          if (target.path === "/roadmaps/backend" || target.path === "/dashboard") {
            // Some progress and a note, so charts, bars and notes are on the page.
            await page.goto("/roadmaps/backend");
            await statusRadio(page, backendItems[0]!.id, "Done").click();
            await statusRadio(page, backendItems[1]!.id, "In progress").click();
            await page.waitForLoadState("networkidle");
          }
        }
        await page.goto(target.path);
        // The playground's editor keeps web workers busy: wait for it instead of an idle network.
        // (and for its syntax colouring, which is what the contrast check must see).
        if (target.path === "/playground")
          await page.locator(".graphiql-container .view-line span[class^=mtk]").first().waitFor();
        else await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /light/);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}
