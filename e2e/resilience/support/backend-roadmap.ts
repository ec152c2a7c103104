import { postGraphql } from "../../support/graphql-over-http";

/** The seeded backend roadmap's id, its sections' ids and every item id (nested ones too), read over HTTP. */
export async function backendRoadmap(
  baseUrl: string,
): Promise<{ roadmapId: string; sectionIds: string[]; itemIds: string[] }> {
  const answer = await postGraphql<{ roadmap: { id: string; sections: { id: string }[]; items: { id: string }[] } }>(
    baseUrl,
    `{ roadmap(slug: "backend") { id sections { id } items { id } } }`,
  );
  if (!answer.data?.roadmap)
    throw new Error(`no backend roadmap: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  const { roadmap } = answer.data;
  return {
    roadmapId: roadmap.id,
    sectionIds: roadmap.sections.map((section) => section.id),
    itemIds: roadmap.items.map((item) => item.id),
  };
}
