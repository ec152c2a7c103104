import type { APIRequestContext } from "@playwright/test";

export const SAMPLE_ROADMAP = `# Sample plan

A roadmap of a learner's own.

## Start

- [ ] First step <!-- key: first -->
  - official: [Docs](https://example.com/docs)
  - [ ] A smaller step
- [ ] Second step

## Then

- [ ] Third step
`;

/**
 * Creates a roadmap as the signed-in learner of `request` (a page's request
 * context shares its cookies), through the API as the New roadmap page does.
 * Returns its id and path.
 */
export async function createOwnRoadmap(
  request: APIRequestContext,
  { markdown = SAMPLE_ROADMAP, visibility = "PRIVATE" }: { markdown?: string; visibility?: string } = {},
): Promise<{ id: string; path: string }> {
  const response = await request.post("/api/graphql", {
    headers: { "content-type": "application/json" },
    data: {
      query: `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id path } } }`,
      variables: { input: { markdown, visibility } },
    },
  });
  const body = (await response.json()) as {
    data?: { saveRoadmap: { roadmap: { id: string; path: string } } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`saveRoadmap failed: ${JSON.stringify(body.errors)}`);
  return body.data.saveRoadmap.roadmap;
}
