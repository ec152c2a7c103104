import "server-only";

import { db } from "../../../db/client";
import type { MaybeViewer } from "../../viewer";
import { visibleRoadmapWhere } from "../visibility/roadmap-access";

/**
 * The markdown of translations of roadmaps the viewer may see, as last saved
 * (null for the others, as for a translation that does not exist). One statement.
 */
export async function loadTranslationMarkdown(
  viewer: MaybeViewer,
  keys: readonly { roadmapId: string; language: string }[],
): Promise<(string | null)[]> {
  const rows = await db().roadmapTranslation.findMany({
    where: {
      OR: keys.map(({ roadmapId, language }) => ({ roadmapId, language })),
      roadmap: visibleRoadmapWhere(viewer),
    },
    select: { roadmapId: true, language: true, markdown: true },
  });
  const byKey = new Map(rows.map((row) => [`${row.roadmapId}\u0000${row.language}`, row.markdown]));
  return keys.map(({ roadmapId, language }) => byKey.get(`${roadmapId}\u0000${language}`) ?? null);
}
