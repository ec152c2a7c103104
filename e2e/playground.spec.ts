import { expect, test } from "./fixtures";

test("the playground runs the examples with the signed-in session, offline, with the schema docs", async ({
  page,
  login,
  baseURL,
}) => {
  const user = await login();
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });

  await page.goto("/playground");
  await page.locator(".graphiql-container .monaco-editor").first().waitFor();
  const tabs = page.getByRole("toolbar", { name: "Select active operation" });
  for (const name of ["Roadmaps", "Roadmap", "Viewer", "SetStatus"]) {
    await expect(tabs.getByRole("button", { name, exact: true })).toBeVisible();
  }

  await tabs.getByRole("button", { name: "Viewer", exact: true }).click();
  await expect(tabs.getByRole("button", { name: "Viewer", exact: true })).toHaveAttribute("aria-current", "true");
  // Monaco is slow under load: run only once the Viewer operation is in the editor.
  await expect(page.locator(".graphiql-query-editor .view-lines")).toContainText("followedRoadmaps", {
    timeout: 20_000,
  });
  await page.getByRole("button", { name: /Execute query/ }).click();
  const response = page.locator(".graphiql-response");
  await expect(response).toContainText(`"login": "${user.login}"`, { timeout: 20_000 });
  await expect(response).toContainText('"role": "LEARNER"');

  await page.getByRole("button", { name: /Show Documentation Explorer/ }).click();
  await expect(page.locator(".graphiql-doc-explorer")).toContainText("Query");

  expect(foreign).toEqual([]);
});
