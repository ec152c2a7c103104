import { postGraphql } from "../../support/graphql-over-http";

/** The seeded backend roadmap's id and every item id (nested ones too), read over HTTP. */
export async function backendRoadmap(baseUrl: string): Promise<{ roadmapId: string; itemIds: string[] }> {
  const answer = await postGraphql<{ roadmap: { id: string; items: { id: string }[] } }>(
    baseUrl,
    `{ roadmap(slug: "backend") { id items { id } } }`,
  );
  if (!answer.data?.roadmap)
    throw new Error(`no backend roadmap: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  return { roadmapId: answer.data.roadmap.id, itemIds: answer.data.roadmap.items.map((item) => item.id) };
}
