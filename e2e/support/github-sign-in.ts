import { expect, type Page } from "@playwright/test";

/**
 * The real OAuth round trip through the GitHub stand-in: the header's "Sign in"
 * button, the stand-in's login page, back to Waymark signed in.
 */
export async function signInThroughGithub(page: Page, login: string, button: RegExp = /^Sign in/) {
  await page.getByRole("button", { name: button }).first().click();
  await expect(page.getByRole("heading", { name: "Sign in to GitHub" })).toBeVisible();
  await page.getByLabel("Username").fill(login);
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page.getByTestId("signed-in-login")).toHaveText(login);
}
