import "server-only";

import { directRead } from "../../../db/direct-read";
import { Prisma } from "../../../db/generated/client";
import type {
  ItemNode,
  ItemRow,
  ResourceNode,
  RoadmapContent,
  RoadmapSummary,
  SectionNode,
  TranslationSummary,
} from "./roadmap-content-types";
import { LIVE_ITEM_SQL } from "./live-item";

/** A roadmap's rows as stored (and cached as JSON): everything its tree is built from. */
export interface RoadmapRows {
  roadmap: Omit<RoadmapSummary, "updatedAt"> & { updatedAt: string };
  sections: { id: string; roadmapId: string; key: string; title: string; position: number }[];
  items: ItemRow[];
  resources: (ResourceNode & { itemId: string | null })[];
  translations: (Omit<TranslationSummary, "updatedAt"> & { updatedAt: string })[];
}

/**
 * The rows of several roadmaps in four statements, whatever their size. Read
 * without Prisma's runtime (direct-read.ts): after every save the answer and the
 * next reader build the tree again, and mapping a large roadmap's items and
 * resources through Prisma cost more CPU than the statements themselves.
 */
export async function fetchRoadmapRows(roadmapIds: readonly string[]): Promise<Map<string, RoadmapRows>> {
  const ids = [...roadmapIds];
  const [roadmaps, sections, items, resources] = await Promise.all([
    fetchRoadmapRowsOnly(ids),
    directRead<RoadmapRows["sections"][number]>(Prisma.sql`
      SELECT s."id", s."roadmapId", s."key", s."title", s."position" FROM "Section" s
      WHERE s."roadmapId" = ANY(${ids}::text[]) AND s."retiredAt" IS NULL
      ORDER BY s."position"`),
    directRead<ItemRow>(Prisma.sql`
      SELECT i."id", i."roadmapId", i."sectionId", i."parentId", i."key", i."title", i."position", i."skill"
      FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
      WHERE i."roadmapId" = ANY(${ids}::text[]) AND ${LIVE_ITEM_SQL}
      ORDER BY i."position"`),
    directRead<ResourceNode & { roadmapId: string; itemId: string | null }>(Prisma.sql`
      SELECT r."id", r."roadmapId", r."itemId", r."title", r."url", r."kind"::text AS "kind", r."writtenType",
        r."language"
      FROM "Resource" r WHERE r."roadmapId" = ANY(${ids}::text[])
      ORDER BY r."position"`),
  ]);
  return new Map(
    roadmaps.map(({ translations, ...roadmap }) => [
      roadmap.id,
      {
        roadmap: { ...roadmap, updatedAt: roadmap.updatedAt.toISOString() },
        sections: sections.filter((row) => row.roadmapId === roadmap.id),
        items: items.filter((row) => row.roadmapId === roadmap.id),
        resources: resources
          .filter((row) => row.roadmapId === roadmap.id)
          .map(({ roadmapId: _roadmapId, ...resource }) => resource),
        translations,
      },
    ]),
  );
}

type RoadmapRow = RoadmapSummary & { translations: RoadmapRows["translations"] };

/** The roadmaps' own rows (with the owner's login and their translations' list), in one statement. */
export function fetchRoadmapRowsOnly(ids: string[]): Promise<RoadmapRow[]> {
  return directRead<RoadmapRow>(Prisma.sql`
      SELECT r."id", r."slug", r."title", r."description", r."updatedAt", r."visibility"::text AS "visibility",
        r."ownerId", r."forkedFromId", r."forkedAt" IS NOT NULL AS "isFork", u."login" AS "ownerLogin",
        r."language", r."language" AS "originalLanguage",
        -- Their list only: a translation's texts are read when a page asks for its language
        -- (translated-content.ts).
        coalesce((SELECT json_agg(json_build_object('language', t."language", 'title', t."title",
            'missingItems', t."missingItems",
            'updatedAt', to_char(t."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY t."language")
          FROM "RoadmapTranslation" t WHERE t."roadmapId" = r."id"), '[]'::json) AS "translations"
      FROM "Roadmap" r LEFT JOIN "User" u ON u."id" = r."ownerId"
      WHERE r."id" = ANY(${ids}::text[])`);
}

/** A roadmap's summary as its content tree carries it (buildRoadmapContent), from its row alone. */
export function summaryOfRow({ translations: _translations, ...roadmap }: RoadmapRow): RoadmapSummary {
  return roadmap;
}

const bySiblingOrder = (a: { position: number }, b: { position: number }) => a.position - b.position;

function withDescendants(item: ItemNode): ItemNode[] {
  return [item, ...item.children.flatMap(withDescendants)];
}

/** The tree: sections in order, items nested under their parents, resources on their owners. */
export function buildRoadmapContent(rows: RoadmapRows): RoadmapContent {
  const itemById = new Map<string, ItemNode>();
  for (const row of rows.items) itemById.set(row.id, { ...row, children: [], resources: [] });
  const roadmapResources: ResourceNode[] = [];
  for (const { itemId, ...resource } of rows.resources) {
    if (itemId === null) roadmapResources.push(resource);
    else itemById.get(itemId)?.resources.push(resource);
  }
  const topLevel = new Map<string, ItemNode[]>();
  for (const item of itemById.values()) {
    const parent = item.parentId ? itemById.get(item.parentId) : undefined;
    if (parent) parent.children.push(item);
    else if (!item.parentId) topLevel.set(item.sectionId, [...(topLevel.get(item.sectionId) ?? []), item]);
    // An item whose parent was retired is retired with it: left out.
  }
  for (const item of itemById.values()) item.children.sort(bySiblingOrder);

  const sections: SectionNode[] = rows.sections.map((section) => {
    const top = (topLevel.get(section.id) ?? []).sort(bySiblingOrder);
    return { ...section, items: top, allItems: top.flatMap(withDescendants) };
  });
  const ordered = sections.flatMap((section) => section.allItems);
  return {
    roadmap: { ...rows.roadmap, updatedAt: new Date(rows.roadmap.updatedAt) },
    sections,
    items: ordered,
    itemById: new Map(ordered.map((item) => [item.id, item])),
    resources: roadmapResources,
    translations: rows.translations.map((row) => ({ ...row, updatedAt: new Date(row.updatedAt) })),
  };
}
